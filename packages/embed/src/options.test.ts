import { EMPTY_VIEW_STATE, isPartialDate, toDayRange, type KnownIds } from '@chronik/events';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  WIDGET_ATTRIBUTES,
  parseWidgetOptions,
  type ParsedWidgetOptions,
  type WidgetAttributes,
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

/**
 * Values a page author, a content system or an attacker might put into an attribute: script
 * and data addresses, broken URLs, markup, template syntax, names of Object's own properties,
 * numbers in every spelling, dates that do not exist, lists with holes, and text that breaks
 * naive string handling (control characters, bidi overrides, lone surrogates, emoji).
 */
const CRAFTED = [
  ...['', ' ', '\t\n ', '\u0000', '\u0007', '\u007f', '\u00a0', '\u2028', '\u200b', '\ufeff'],
  ...['\u202eevil', '\ud800', '\udfff', 'a\ud800b', '🇪🇺👍🏽', 'e\u0301', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', 'İ', 'ß'],
  ...['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'JAVASCRIPT:x'],
  ...['&#106;avascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x'],
  ...['blob:https://news.example/0d1e', 'file:///etc/passwd', 'about:blank', 'ftp://x.example/'],
  ...['http://[', 'http://[::1', 'https://', 'http://', '//', '///', '\\\\evil.example'],
  ...['http:\\\\evil.example', 'https://user:pass@evil.example/', 'http://%zz', '%', '%00'],
  ...['https://chronik.example.org', '/data/events.json', '../../etc', '?q=1#x', '#'],
  ...['<script>alert(1)</script>', '"><svg onload=alert(1)>', "'; alert(1); '", '${alert(1)}'],
  ...['{{constructor.constructor("alert(1)")()}}', '__proto__', 'constructor', 'toString'],
  ...['de', 'en', 'DE', 'en-GB', 'e', 'fr', 'light', 'dark', 'auto', 'Dark', ' dark '],
  ...['200', '4000', '199', '4001', '200px', ' 480px ', '480 px', '480pxpx', '1e3', '0x1F4'],
  ...['-0', 'NaN', 'Infinity', '-Infinity', '4000.0000001', '3e2px', '.5e3'],
  ...['2024', '2024-06', '2024-06-31', '2024-02-29', '2023-02-29', '0000', '0999', '9999-12-31'],
  ...['+002024', '2024-1', '2024-W01', '2024..2025', '2024-01-01..2023-01-01', '..', '...'],
  ...['2024-01-01..2024-01-01', '2024-01-01..2024-12-31', '2024-01-01..2024-12-31..2025-01-01'],
  ...['all', 'any', 'single', 'category', 'both', 'list', 'timeline', '1', 'true', '0', 'false'],
  ...['security', 'legal', 'storm', 'microsoft', 'DE', 'delos-cloud', 'weather', 'yes'],
  ...[',', ',,,', 'security,,legal', ' security , legal ', 'security,security', 'security,x'],
];
/**
 * Values far longer than any attribute holds (the grammar reads at most 500 characters). Tens
 * of thousands of characters, not millions: quoting one in a notice segments it whole
 * (`Intl.Segmenter`), some milliseconds each, which thousands of runs add up.
 */
const HUGE = [
  'a'.repeat(20_000),
  '🇪🇺'.repeat(5_000),
  ','.repeat(20_000),
  'security,'.repeat(2_000),
  `${' '.repeat(20_000)}x`,
  'x'.repeat(501),
  's'.repeat(201),
  'security,'.repeat(55),
];
const attributeValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...CRAFTED) },
  fc.constantFrom(...HUGE),
  fc.tuple(fc.constantFrom(...CRAFTED), fc.constantFrom(...CRAFTED)).map(([a, b]) => a + b),
  fc.string({ maxLength: 80, unit: 'grapheme' }),
  fc.string({ maxLength: 300, unit: 'binary' }),
  fc.string({
    maxLength: 30,
    unit: fc.constantFrom(...'\u0000\u001f\n\r\t ,.:/\\%-_0129abz\u00a0\u200b\u202e\ud800'),
  }),
  fc.double().map(String),
  fc.integer().map(String),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
);
/** A set attribute, one removed (`null`, as the element sees it) or one never set. */
const maybeValue = fc.option(attributeValue, { nil: null, freq: 4 });
const attributesArbitrary: fc.Arbitrary<WidgetAttributes> = fc.record(
  Object.fromEntries(WIDGET_ATTRIBUTES.map((name) => [name, maybeValue])),
  { requiredKeys: [] },
);
const knownArbitrary = fc.constantFrom(undefined, KNOWN);
const baseArbitrary = fc.constantFrom(
  undefined,
  'https://news.example/2024/article.html',
  'http://127.0.0.1:8080/',
  'file:///home/reader/saved.html',
);
const graphemes = new Intl.Segmenter();
const LISTS = {
  categories: ['categories', 'category'],
  actors: ['actors', 'actor'],
  jurisdictions: ['jurisdictions', 'jurisdiction'],
  storylines: ['storylines', 'thread', 'threads'],
} as const;

/** Whether a single-valued attribute's value shows in the options read. */
const APPLIED: Record<string, (read: ParsedWidgetOptions, value: string) => boolean> = {
  lang: (read, value) => read.display.lang === value.slice(0, 2).toLowerCase(),
  theme: (read, value) => read.display.theme === value,
  height: (read) => read.display.height !== undefined,
  site: (read) => read.site !== undefined,
  src: () => true,
  match: (read, value) => read.state.categoryMatch === value,
  from: (read, value) => read.state.from === value,
  to: (read, value) => read.state.to === value,
  q: (read, value) => read.state.q === value,
  verified: (read, value) => ['1', 'true', '0', 'false'].includes(value),
  event: (read, value) => read.state.event === value,
  window: (read, value) => read.state.window?.join('..') === value,
  lanes: (read, value) => read.state.lanes === value,
  view: (read, value) => read.state.view === value,
};

/**
 * What the element relies on, whatever its attributes: options it can render, and for every
 * value it did not use, a notice that names the attribute (and quotes the value short).
 */
function expectUsable(
  read: ParsedWidgetOptions,
  attributes: WidgetAttributes,
  known: KnownIds | undefined,
  base: string | undefined,
) {
  const { state, display, notices } = read;
  expect(['de', 'en']).toContain(display.lang);
  expect(['light', 'dark', 'auto']).toContain(display.theme);
  if (display.height !== undefined) {
    expect(display.height).toBeGreaterThanOrEqual(200);
    expect(display.height).toBeLessThanOrEqual(4000);
  }
  if (read.site !== undefined) {
    expect(base).toBeDefined();
    expect(['http:', 'https:']).toContain(new URL(read.site).protocol);
    expect(read.site.endsWith('/')).toBe(true);
  }
  for (const list of Object.keys(LISTS) as (keyof typeof LISTS)[]) {
    expect(new Set(state[list]).size).toBe(state[list].length);
    for (const id of state[list]) {
      expect(id).not.toBe('');
      expect(id).toBe(id.trim());
      if (known) expect(known[list].has(id)).toBe(true);
    }
  }
  for (const bound of [state.from, state.to]) {
    if (bound !== undefined) expect(isPartialDate(bound)).toBe(true);
  }
  if (state.from && state.to) {
    expect(toDayRange(state.from)[0] <= toDayRange(state.to)[1]).toBe(true);
  }
  if (state.window) expect(state.window[0] < state.window[1]).toBe(true);
  if (state.q !== undefined) expect(state.q.length).toBeLessThanOrEqual(200);
  if (state.event !== undefined && known) expect(known.events.has(state.event)).toBe(true);
  expect(['any', 'all']).toContain(state.categoryMatch);
  expect(['category', 'single']).toContain(state.lanes);
  expect(['both', 'timeline', 'list']).toContain(state.view);
  for (const notice of notices) {
    expect(WIDGET_ATTRIBUTES).toContain(notice.param);
    expect(notice.fix).not.toBe('');
    expect([...graphemes.segment(notice.value)].length).toBeLessThanOrEqual(40);
  }

  // Every value given is used or named in a notice.
  const named = (name: string) => notices.some((notice) => notice.param === name);
  for (const [name, raw] of Object.entries(attributes)) {
    const value = raw?.trim();
    if (!value || (name === 'site' && base === undefined)) continue;
    const list = Object.entries(LISTS).find(([, names]) =>
      (names as readonly string[]).includes(name),
    )?.[0] as keyof typeof LISTS | undefined;
    if (list) {
      if (raw!.length > 8_000) {
        expect(named(name), `${name}: too long`).toBe(true);
        continue;
      }
      for (const id of raw!.split(',').map((part) => part.trim())) {
        if (!id) continue;
        const noticed = notices.some(
          (notice) => notice.param === name && notice.value === toNoticeValue(id),
        );
        expect(state[list].includes(id) || noticed, `${name}: ${id}`).toBe(true);
      }
      continue;
    }
    expect(APPLIED[name]!(read, value) || named(name), `${name}="${value}"`).toBe(true);
  }
}

describe('parseWidgetOptions, given anything (property-based)', () => {
  it('reads options it can render and names every value it leaves out, for all attributes at once', () => {
    fc.assert(
      fc.property(attributesArbitrary, knownArbitrary, baseArbitrary, (attributes, known, base) => {
        const read = parseWidgetOptions(attributes, known, base);
        expectUsable(read, attributes, known, base);
      }),
      { numRuns: 1000 },
    );
    // A thousand elements of up to 21 hostile attributes each take seconds, more on a busy machine.
  }, 60_000);

  it.each(WIDGET_ATTRIBUTES)('does so for any value of %s alone', (name) => {
    fc.assert(
      fc.property(attributeValue, knownArbitrary, baseArbitrary, (value, known, base) => {
        const attributes = { [name]: value };
        expectUsable(parseWidgetOptions(attributes, known, base), attributes, known, base);
      }),
      { numRuns: 200 },
    );
  });

  it('writes what it read as an iframe query that reads back the same, without notices', () => {
    fc.assert(
      fc.property(attributesArbitrary, knownArbitrary, (attributes, known) => {
        const read = parseWidgetOptions(attributes, known);
        // A URL carries text as UTF-8, where half a surrogate pair has no place.
        fc.pre(
          Object.values(read.state)
            .flat()
            .every((value) => typeof value !== 'string' || !/\p{Cs}/u.test(value)),
        );
        const query = new URLSearchParams(toEmbedQuery(read));
        // Lists of ids from two attributes (`categories` and `category`) can join to more than
        // the 8,000 characters the grammar reads in a list (500 in any other value).
        fc.pre([...query.values()].every((value) => value.length <= 8_000));
        const back = parseWidgetOptions(Object.fromEntries(query), known);
        expect(back.notices).toEqual([]);
        expect({ state: back.state, display: back.display }).toEqual({
          state: read.state,
          display: read.display,
        });
      }),
      { numRuns: 500 },
    );
  });
});

describe('toHttpUrl, given anything (property-based)', () => {
  it('gives an http(s) address that reads back as itself, or nothing, and never throws', () => {
    fc.assert(
      fc.property(
        attributeValue,
        fc.constantFrom(
          'https://news.example/2024/article.html',
          'http://127.0.0.1:8080/',
          'file:///home/reader/saved.html',
          'about:blank',
        ),
        (value, base) => {
          const url = toHttpUrl(value, base);
          if (url === undefined) return;
          expect(['http:', 'https:']).toContain(new URL(url).protocol);
          expect(toHttpUrl(url, base)).toBe(url);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
