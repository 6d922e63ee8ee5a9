import { EMPTY_VIEW_STATE, type KnownIds } from '@chronik/events';
import { describe, expect, it } from 'vitest';
import {
  WIDGET_ATTRIBUTES,
  parseWidgetOptions,
  toEmbedQuery,
  toHttpUrl,
  toNoticeValue,
} from './options.js';

const KNOWN: KnownIds = {
  categories: new Set(['security', 'legal']),
  actors: new Set(['microsoft']),
  jurisdictions: new Set(['DE', 'EU']),
  storylines: new Set(['delos-cloud']),
  events: new Set(['storm']),
};

describe('parseWidgetOptions', () => {
  it('has defaults for a bare element', () => {
    expect(parseWidgetOptions({})).toEqual({
      state: EMPTY_VIEW_STATE,
      display: { lang: 'de', theme: 'auto' },
      notices: [],
    });
  });

  it('reads every attribute, the view in the grammar the explorer speaks', () => {
    const { state, display, notices } = parseWidgetOptions(
      {
        lang: 'en-GB',
        categories: 'security, legal,security',
        actors: 'microsoft',
        jurisdictions: 'DE',
        storylines: 'delos-cloud',
        from: '2023',
        to: '2024-06',
        q: ' signing key ',
        verified: '1',
        event: 'storm',
        window: '2023-01-01..2024-01-01',
        view: 'list',
        lanes: 'single',
        theme: 'dark',
        height: '480px',
        src: 'https://example.org/data.json',
      },
      KNOWN,
    );
    expect(notices).toEqual([]);
    expect(display).toEqual({ lang: 'en', theme: 'dark', height: 480 });
    expect(state).toEqual({
      ...EMPTY_VIEW_STATE,
      categories: ['security', 'legal'],
      actors: ['microsoft'],
      jurisdictions: ['DE'],
      storylines: ['delos-cloud'],
      from: '2023',
      to: '2024-06',
      q: 'signing key',
      verifiedOnly: true,
      event: 'storm',
      window: ['2023-01-01', '2024-01-01'],
      view: 'list',
      lanes: 'single',
    });
  });

  it("reads the explorer's older names too", () => {
    expect(
      parseWidgetOptions({ category: 'security', thread: 'delos-cloud' }, KNOWN).state,
    ).toMatchObject({
      categories: ['security'],
      storylines: ['delos-cloud'],
    });
  });

  it('drops what it cannot use and says how to fix it', () => {
    const { state, display, notices } = parseWidgetOptions(
      {
        categories: 'security,weather',
        from: 'banana',
        to: '2024-02-30',
        event: 'nope',
        view: 'grid',
        height: '12',
        lang: 'fr',
      },
      KNOWN,
    );
    expect(display.lang).toBe('de');
    expect(state).toMatchObject({ categories: ['security'], view: 'both' });
    expect(state.from).toBeUndefined();
    expect(state.event).toBeUndefined();
    expect(notices.map((n) => [n.param, n.value, n.reason])).toEqual([
      ['categories', 'weather', 'unknown-value'],
      ['from', 'banana', 'bad-date'],
      ['to', '2024-02-30', 'bad-date'],
      ['event', 'nope', 'unknown-event'],
      ['view', 'grid', 'bad-value'],
      ['lang', 'fr', 'bad-value'],
      ['height', '12', 'bad-value'],
    ]);
    expect(notices[0]?.fix).toBe('use ids the data knows, e.g. security, legal');
  });

  it('quotes a value it ignores cut to 40 graphemes, as the explorer does, never half an emoji', () => {
    const { notices } = parseWidgetOptions({ theme: '🇪🇺'.repeat(50), lang: `x${'👍🏽'.repeat(45)}` });
    expect(notices.map((n) => [n.param, n.value])).toEqual([
      ['lang', `x${'👍🏽'.repeat(38)}…`],
      ['theme', `${'🇪🇺'.repeat(39)}…`],
    ]);
    expect(toNoticeValue('short')).toBe('short');
  });

  it('reads site as an http(s) address against the page, and refuses any other', () => {
    const base = 'https://news.example/2024/article.html';
    expect(parseWidgetOptions({ site: 'https://chronik.example.org' }, undefined, base).site).toBe(
      'https://chronik.example.org/',
    );
    expect(parseWidgetOptions({ site: '/chronik' }, undefined, base).site).toBe(
      'https://news.example/chronik/',
    );
    for (const site of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'http://[']) {
      const { site: read, notices } = parseWidgetOptions({ site }, undefined, base);
      expect(read, site).toBeUndefined();
      expect(notices).toEqual([
        {
          param: 'site',
          value: site,
          reason: 'bad-value',
          fix: expect.stringContaining('http') as string,
        },
      ]);
    }
    // Without the page's address (the iframe page, which has no site), site is not read.
    expect(parseWidgetOptions({ site: 'javascript:alert(1)' }).notices).toEqual([]);
  });

  it('takes ids as given before the data is known', () => {
    expect(parseWidgetOptions({ categories: 'anything', event: 'x' }).state).toMatchObject({
      categories: ['anything'],
      event: 'x',
    });
  });
});

describe('toHttpUrl', () => {
  const base = 'https://news.example/2024/article.html';
  it.each([
    [
      'https://chronik.example.org/data/events.json',
      'https://chronik.example.org/data/events.json',
    ],
    ['HTTP://Chronik.Example.org', 'http://chronik.example.org/'],
    ['/data/event-list.json', 'https://news.example/data/event-list.json'],
    ['data.json', 'https://news.example/2024/data.json'],
    ['//chronik.example.org/x', 'https://chronik.example.org/x'],
    [' https://chronik.example.org ', 'https://chronik.example.org/'],
  ])('reads %s as %s', (value, url) => {
    expect(toHttpUrl(value, base)).toBe(url);
  });

  it.each([
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:application/json,[]',
    'vbscript:msgbox(1)',
    'blob:https://news.example/0d1e',
    'file:///etc/passwd',
    'ftp://chronik.example.org/',
    'http://[',
    'https://',
  ])('refuses %s', (value) => {
    expect(toHttpUrl(value, base)).toBeUndefined();
  });
});

describe('toEmbedQuery', () => {
  it('writes the options as the iframe page reads them, defaults left out', () => {
    const options = parseWidgetOptions(
      { lang: 'en', category: 'security', view: 'timeline', height: '500' },
      KNOWN,
    );
    const query = toEmbedQuery(options);
    expect(query).toBe('lang=en&categories=security&view=timeline&height=500');
    const back = parseWidgetOptions(Object.fromEntries(new URLSearchParams(query)), KNOWN);
    expect({ state: back.state, display: back.display }).toEqual({
      state: options.state,
      display: options.display,
    });
  });
});

describe('the custom element', () => {
  it('declares every attribute of the grammar (Element.svelte lists them for Svelte)', async () => {
    const { readFile } = await import('node:fs/promises');
    const source = await readFile(new URL('./Element.svelte', import.meta.url), 'utf8');
    const block = /props:\s*\{([\s\S]*?)\n\s{4}\},/.exec(source)?.[1] ?? '';
    const declared = [...block.matchAll(/^\s*'?([a-z]+)'?: \{ type: 'String' \}/gm)].map(
      (m) => m[1],
    );
    expect(declared.sort()).toEqual([...WIDGET_ATTRIBUTES].sort());
  });
});
