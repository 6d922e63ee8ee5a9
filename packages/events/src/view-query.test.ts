import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPartialDate, toDayRange } from './partial-date.js';
import { VIEW_PARAM_NAMES, parseViewState, toViewQuery } from './view-query.js';
import { EMPTY_VIEW_STATE, type KnownIds, type ViewState } from './view-state.js';

const KNOWN: KnownIds = {
  categories: new Set(['security', 'legal', 'politics', 'data-protection']),
  actors: new Set(['microsoft', 'osba', 'edps']),
  jurisdictions: new Set(['DE', 'EU', 'US']),
  storylines: new Set(['delos-cloud', 'microsoft-security']),
  events: new Set(['2024-06-24-osba-open-letter-delos', 'storm']),
};

const parse = (query: string, known: KnownIds | null = KNOWN) =>
  parseViewState(new URLSearchParams(query), known ? { known } : {});
const brief = (query: string) =>
  parse(query).notices.map(({ param, value, reason }) => ({ param, value, reason }));

describe('parseViewState', () => {
  it('reads every parameter', () => {
    const { state, notices } = parse(
      'categories=security,legal&match=all&actors=osba&jurisdictions=DE,EU&storylines=delos-cloud&from=2023&to=2024-06&q=Schl%C3%BCssel&verified=1&event=storm&window=2023-01-01..2024-12-31&lanes=single&view=list',
    );
    expect(notices).toEqual([]);
    expect(state).toEqual({
      categories: ['security', 'legal'],
      categoryMatch: 'all',
      actors: ['osba'],
      jurisdictions: ['DE', 'EU'],
      storylines: ['delos-cloud'],
      from: '2023',
      to: '2024-06',
      q: 'Schlüssel',
      verifiedOnly: true,
      event: 'storm',
      window: ['2023-01-01', '2024-12-31'],
      lanes: 'single',
      view: 'list',
    });
  });

  it('reads the older names (the explorer wrote category=, actor=, thread=)', () => {
    const { state, notices } = parse(
      'category=security&actor=osba&jurisdiction=DE&thread=delos-cloud&categories=legal',
    );
    expect(notices).toEqual([]);
    expect(state).toMatchObject({
      categories: ['security', 'legal'],
      actors: ['osba'],
      jurisdictions: ['DE'],
      storylines: ['delos-cloud'],
    });
  });

  it('gives the empty state for an empty query', () => {
    expect(parse('')).toEqual({ state: EMPTY_VIEW_STATE, notices: [] });
  });

  it.each<[string, Partial<ViewState>, { param: string; value: string; reason: string }[]]>([
    [
      'category=security,weather',
      { categories: ['security'] },
      [{ param: 'category', value: 'weather', reason: 'unknown-value' }],
    ],
    [
      'from=banana&to=2024-02-30',
      {},
      [
        { param: 'from', value: 'banana', reason: 'bad-date' },
        { param: 'to', value: '2024-02-30', reason: 'bad-date' },
      ],
    ],
    [
      'from=2024-06&to=2024-05-31',
      { from: '2024-06' },
      [{ param: 'to', value: '2024-05-31', reason: 'start-after-end' }],
    ],
    ['from=2024-06&to=2024-06', { from: '2024-06', to: '2024-06' }, []],
    // Periods, not strings: "2024" runs to the end of 2024, "2024-06" from the start of June.
    ['from=2024-06&to=2024', { from: '2024-06', to: '2024' }, []],
    ['from=2024&to=2024-06', { from: '2024', to: '2024-06' }, []],
    ['from=2024-06-15&to=2024-06', { from: '2024-06-15', to: '2024-06' }, []],
    ['from=2024-12-31&to=2024', { from: '2024-12-31', to: '2024' }, []],
    [
      'from=2025&to=2024',
      { from: '2025' },
      [{ param: 'to', value: '2024', reason: 'start-after-end' }],
    ],
    [
      'from=2024-07&to=2024-06-30',
      { from: '2024-07' },
      [{ param: 'to', value: '2024-06-30', reason: 'start-after-end' }],
    ],
    [
      'from=2024-06-15&to=2024-06-14',
      { from: '2024-06-15' },
      [{ param: 'to', value: '2024-06-14', reason: 'start-after-end' }],
    ],
    ['event=nonexistent', {}, [{ param: 'event', value: 'nonexistent', reason: 'unknown-event' }]],
    [
      'window=2024-12-31..2023-01-01',
      {},
      [{ param: 'window', value: '2024-12-31..2023-01-01', reason: 'start-after-end' }],
    ],
    [
      'window=2024-01-01..2024-01-01',
      {},
      [{ param: 'window', value: '2024-01-01..2024-01-01', reason: 'bad-date' }],
    ],
    [
      'from=2024-02-30&to=2023',
      { to: '2023' },
      [{ param: 'from', value: '2024-02-30', reason: 'bad-date' }],
    ],
    ['window=2023..2024', {}, [{ param: 'window', value: '2023..2024', reason: 'bad-date' }]],
    [
      'utm_source=x&categories=legal',
      { categories: ['legal'] },
      [{ param: 'utm_source', value: '', reason: 'unknown-parameter' }],
    ],
    [
      'verified=maybe&lanes=spiral&match=some&view=grid',
      {},
      [
        { param: 'match', value: 'some', reason: 'bad-value' },
        { param: 'verified', value: 'maybe', reason: 'bad-value' },
        { param: 'lanes', value: 'spiral', reason: 'bad-value' },
        { param: 'view', value: 'grid', reason: 'bad-value' },
      ],
    ],
  ])('%s: keeps what it can and reports the rest', (query, state, notices) => {
    const result = parse(query);
    expect(result.state).toEqual({ ...EMPTY_VIEW_STATE, ...state });
    expect(brief(query)).toEqual(notices);
    for (const notice of result.notices) expect(notice.fix).not.toBe('');
  });

  it('refuses values that are too long, and says so once', () => {
    expect(brief(`q=${'x'.repeat(201)}`)).toEqual([
      { param: 'q', value: `${'x'.repeat(39)}…`, reason: 'too-long' },
    ]);
    expect(parse(`q=${'x'.repeat(200)}`).state.q).toHaveLength(200);
    // An id longer than any id can be: refused alone, the rest of its list applies.
    expect(brief(`categories=${'x'.repeat(121)},legal`)).toEqual([
      { param: 'categories', value: `${'x'.repeat(39)}…`, reason: 'too-long' },
    ]);
    expect(parse(`categories=${'x'.repeat(121)},legal`).state.categories).toEqual(['legal']);
    expect(brief(`categories=${'x,'.repeat(4_001)}`)).toHaveLength(1);
  });

  it('reads a list of every id of a large registry, as toViewQuery writes it', () => {
    // Found by the widget fuzz run: 45 of the site's 121 actors made a list of 535
    // characters, which a 500-character limit for the whole list dropped.
    const actors = Array.from({ length: 400 }, (_, i) => `actor-number-${i}`);
    const query = toViewQuery({ ...EMPTY_VIEW_STATE, actors });
    expect(query.toString().length).toBeGreaterThan(6_000);
    const { state, notices } = parseViewState(query);
    expect(notices).toEqual([]);
    expect(state.actors).toEqual(actors);
  });

  it('says that a period starts after it ends, and how to write it instead', () => {
    expect(parse('from=2025&to=2024').notices).toEqual([
      {
        param: 'to',
        value: '2024',
        reason: 'start-after-end',
        fix: 'the period starts (from=2025) after it ends (to=2024); swap from and to, or use a to that ends after from begins',
      },
    ]);
    expect(parse('window=2024-12-31..2023-01-01').notices[0]?.fix).toBe(
      'the window starts (2024-12-31) after it ends (2023-01-01); swap the two days',
    );
  });

  it('quotes a long value cut to 40 graphemes, never half an emoji', () => {
    const family = '👨‍👩‍👧';
    const [notice] = parse(`categories=x${family.repeat(60)}`).notices;
    expect(notice?.value).toBe(`x${family.repeat(38)}…`);
    const [flags] = parse(`event=${'🇪🇺'.repeat(41)}`).notices;
    expect(flags?.value).toBe(`${'🇪🇺'.repeat(39)}…`);
    // Exactly 40 graphemes are quoted whole.
    expect(parse(`event=${'é'.repeat(40)}`).notices[0]?.value).toBe('é'.repeat(40));
  });

  it('cuts by code point where the browser has no Intl.Segmenter', () => {
    const segmenter = Object.getOwnPropertyDescriptor(Intl, 'Segmenter')!;
    Reflect.deleteProperty(Intl, 'Segmenter');
    try {
      expect(parse(`event=${'😀'.repeat(41)}`).notices[0]?.value).toBe(`${'😀'.repeat(39)}…`);
    } finally {
      Object.defineProperty(Intl, 'Segmenter', segmenter);
    }
  });

  it('takes ids as given without a dataset, and the first value of a repeated parameter', () => {
    const { state, notices } = parse('categories=anything&event=any&from=2020&from=2021', null);
    expect(notices).toEqual([]);
    expect(state).toMatchObject({ categories: ['anything'], event: 'any', from: '2020' });
  });

  it('leaves alone the names the caller reads itself', () => {
    const { notices } = parseViewState(new URLSearchParams('lang=en&theme=dark&x=1'), {
      accept: ['lang', 'theme'],
    });
    expect(notices.map((n) => n.param)).toEqual(['x']);
  });

  it('gives a valid state and notices, never an exception, for any values of any parameter', () => {
    const value = fc.oneof(
      fc.string({ maxLength: 60, unit: 'grapheme' }),
      fc.string({ maxLength: 600, unit: 'binary' }),
      fc.constantFrom('2024', '2024-06', '2024-06-31', '2023-02-29', '0999', '9999-12-31'),
      fc.tuple(day, day).map(([a, b]) => `${a}..${b}`),
      fc.constantFrom(...KNOWN.categories, ...KNOWN.events, 'all', 'single', 'list', '1'),
    );
    const name = fc.oneof(fc.constantFrom(...VIEW_PARAM_NAMES), fc.string({ maxLength: 60 }));
    const graphemes = new Intl.Segmenter();
    fc.assert(
      fc.property(
        fc.array(fc.tuple(name, value), { maxLength: 16 }),
        fc.boolean(),
        (pairs, withKnown) => {
          const { state, notices } = parseViewState(pairs, withKnown ? { known: KNOWN } : {});
          for (const list of ['categories', 'actors', 'jurisdictions', 'storylines'] as const) {
            expect(new Set(state[list]).size).toBe(state[list].length);
            for (const id of state[list]) {
              expect(id).not.toBe('');
              if (withKnown) expect(KNOWN[list].has(id)).toBe(true);
            }
          }
          for (const bound of [state.from, state.to]) {
            if (bound !== undefined) expect(isPartialDate(bound)).toBe(true);
          }
          // Only a period that starts after the other ends is a conflict.
          if (state.from && state.to) {
            expect(toDayRange(state.from)[0] <= toDayRange(state.to)[1]).toBe(true);
          }
          if (state.window) expect(state.window[0] < state.window[1]).toBe(true);
          if (state.q !== undefined) expect(state.q.length).toBeLessThanOrEqual(200);
          expect(['any', 'all']).toContain(state.categoryMatch);
          expect(['category', 'single']).toContain(state.lanes);
          expect(['both', 'timeline', 'list']).toContain(state.view);
          for (const notice of notices) {
            expect(notice.param).not.toBe('');
            expect(notice.fix).not.toBe('');
            expect([...graphemes.segment(notice.value)].length).toBeLessThanOrEqual(40);
          }
        },
      ),
    );
  });

  it('cuts a quoted value only between graphemes', () => {
    const graphemes = (text: string) =>
      Array.from(new Intl.Segmenter().segment(text), ({ segment }) => segment);
    fc.assert(
      fc.property(fc.string({ minLength: 41, maxLength: 120, unit: 'grapheme' }), (text) => {
        const [notice] = parseViewState([['event', text]], { known: KNOWN }).notices;
        if (!notice) return;
        const kept = notice.value.endsWith('…') ? notice.value.slice(0, -1) : notice.value;
        expect(graphemes(text.trim()).slice(0, graphemes(kept).length).join('')).toBe(kept);
      }),
    );
  });
});

const id = (ids: ReadonlySet<string>) => fc.constantFrom(...ids);
const day = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2040-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));
const stateArbitrary: fc.Arbitrary<ViewState> = fc.record(
  {
    categories: fc.uniqueArray(id(KNOWN.categories)),
    categoryMatch: fc.constantFrom('any' as const, 'all' as const),
    actors: fc.uniqueArray(id(KNOWN.actors)),
    jurisdictions: fc.uniqueArray(id(KNOWN.jurisdictions)),
    storylines: fc.uniqueArray(id(KNOWN.storylines)),
    from: fc.constantFrom('2020', '2021-03', '2022-02-28'),
    to: fc.constantFrom('2024', '2024-06', '2024-12-31'),
    q: fc.string({ minLength: 1, maxLength: 30 }).filter((q) => q.trim() === q && q !== ''),
    verifiedOnly: fc.boolean(),
    event: id(KNOWN.events),
    window: fc
      .tuple(day, day)
      .filter(([a, b]) => a !== b)
      .map(([a, b]) => (a < b ? [a, b] : [b, a])),
    lanes: fc.constantFrom('category' as const, 'single' as const),
    view: fc.constantFrom('both' as const, 'timeline' as const, 'list' as const),
  },
  {
    requiredKeys: [
      'categories',
      'categoryMatch',
      'actors',
      'jurisdictions',
      'storylines',
      'verifiedOnly',
      'lanes',
      'view',
    ],
  },
);

describe('toViewQuery', () => {
  it('round-trips any state through the query string', () => {
    fc.assert(
      fc.property(stateArbitrary, (state) => {
        const query = toViewQuery(state).toString();
        const read = parseViewState(new URLSearchParams(query), { known: KNOWN });
        expect(read.notices).toEqual([]);
        expect(read.state).toEqual(state);
      }),
    );
  });

  it('leaves out defaults and writes a fixed order under the current names', () => {
    expect(toViewQuery(EMPTY_VIEW_STATE).toString()).toBe('');
    expect(
      toViewQuery({
        ...EMPTY_VIEW_STATE,
        event: 'storm',
        storylines: ['delos-cloud'],
        categories: ['security', 'legal'],
        view: 'list',
      }).toString(),
    ).toBe('categories=security%2Clegal&storylines=delos-cloud&event=storm&view=list');
  });

  it('leaves out what it is told to', () => {
    const state = {
      ...EMPTY_VIEW_STATE,
      window: ['2024-01-01', '2024-02-01'] as [string, string],
      q: 'x',
    };
    expect(toViewQuery(state, { omit: ['window'] }).toString()).toBe('q=x');
  });
});
