import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VIEW_PARAMS, parseViewState, toViewQuery } from './view-query.js';
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
      [{ param: 'to', value: '2024-05-31', reason: 'bad-date' }],
    ],
    ['from=2024-06&to=2024-06', { from: '2024-06', to: '2024-06' }, []],
    ['event=nonexistent', {}, [{ param: 'event', value: 'nonexistent', reason: 'unknown-event' }]],
    [
      'window=2024-12-31..2023-01-01',
      {},
      [{ param: 'window', value: '2024-12-31..2023-01-01', reason: 'bad-date' }],
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
    expect(brief(`categories=${'x'.repeat(501)}`)).toHaveLength(1);
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

  it('never throws, and every notice names its parameter, for any query', () => {
    const names = [...Object.keys(VIEW_PARAMS), 'category', 'thread', 'nope'];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...names), fc.string({ maxLength: 60 })), {
          maxLength: 12,
        }),
        (pairs) => {
          const { state, notices } = parseViewState(pairs, { known: KNOWN });
          expect(Array.isArray(state.categories)).toBe(true);
          for (const notice of notices) expect(notice.param).not.toBe('');
        },
      ),
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
