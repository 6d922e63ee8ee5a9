import { describe, expect, it } from 'vitest';
import { parseWidgetOptions, toEmbedQuery, toExplorerQuery, type KnownIds } from './options.js';

const KNOWN: KnownIds = {
  categories: new Set(['security', 'legal']),
  actors: new Set(['microsoft']),
  jurisdictions: new Set(['DE', 'EU']),
  events: new Set(['storm']),
};

describe('parseWidgetOptions', () => {
  it('has defaults for a bare element', () => {
    expect(parseWidgetOptions({})).toEqual({
      options: {
        lang: 'de',
        categories: [],
        actors: [],
        jurisdictions: [],
        view: 'both',
        lanes: 'category',
        theme: 'auto',
      },
      problems: [],
    });
  });

  it('reads every attribute', () => {
    const { options, problems } = parseWidgetOptions(
      {
        lang: 'en-GB',
        categories: 'security, legal,security',
        actors: 'microsoft',
        jurisdictions: 'DE',
        from: '2023',
        to: '2024-06',
        q: ' signing key ',
        event: 'storm',
        view: 'list',
        lanes: 'single',
        theme: 'dark',
        height: '480px',
      },
      KNOWN,
    );
    expect(problems).toEqual([]);
    expect(options).toEqual({
      lang: 'en',
      categories: ['security', 'legal'],
      actors: ['microsoft'],
      jurisdictions: ['DE'],
      from: '2023',
      to: '2024-06',
      q: 'signing key',
      event: 'storm',
      view: 'list',
      lanes: 'single',
      theme: 'dark',
      height: 480,
    });
  });

  it('drops what it cannot use and says how to fix it', () => {
    const { options, problems } = parseWidgetOptions(
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
    expect(options).toMatchObject({ lang: 'de', categories: ['security'], view: 'both' });
    expect(options.from).toBeUndefined();
    expect(options.event).toBeUndefined();
    expect(problems.map((p) => [p.attribute, p.value, p.kind])).toEqual([
      ['lang', 'fr', 'bad-value'],
      ['categories', 'weather', 'unknown'],
      ['view', 'grid', 'bad-value'],
      ['from', 'banana', 'bad-date'],
      ['to', '2024-02-30', 'bad-date'],
      ['event', 'nope', 'unknown'],
      ['height', '12', 'bad-value'],
    ]);
    expect(problems[1]?.fix).toBe(
      'use ids from the data\'s "categories" list, e.g. security, legal',
    );
  });

  it('refuses a window that ends before it starts', () => {
    const { options, problems } = parseWidgetOptions({ from: '2024', to: '2023' });
    expect(options.to).toBeUndefined();
    expect(problems[0]).toMatchObject({
      attribute: 'to',
      kind: 'bad-date',
      fix: 'use a date after from (2024)',
    });
  });

  it('takes ids as given before the data is known', () => {
    expect(parseWidgetOptions({ categories: 'anything', event: 'x' }).options).toMatchObject({
      categories: ['anything'],
      event: 'x',
    });
  });
});

describe('toEmbedQuery', () => {
  it('writes the options as the iframe page reads them, defaults left out', () => {
    const { options } = parseWidgetOptions(
      { lang: 'en', categories: 'security', view: 'timeline', height: '500' },
      KNOWN,
    );
    expect(toEmbedQuery(options)).toBe('lang=en&categories=security&view=timeline&height=500');
    const back = parseWidgetOptions(
      Object.fromEntries(new URLSearchParams(toEmbedQuery(options))),
      KNOWN,
    );
    expect(back.options).toEqual(options);
  });
});

describe('toExplorerQuery', () => {
  it("writes the widget's filters and selection with the explorer's parameter names", () => {
    const { options } = parseWidgetOptions(
      { lang: 'en', categories: 'security,legal', actors: 'microsoft', from: '2023', q: 'key' },
      KNOWN,
    );
    expect(toExplorerQuery(options, 'storm')).toBe(
      'category=security%2Clegal&actor=microsoft&from=2023&q=key&event=storm',
    );
    expect(toExplorerQuery(parseWidgetOptions({}).options)).toBe('');
  });
});
