import { parseWidgetOptions, toExplorerQuery } from '@chronik/embed';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_STATE,
  countActiveFilters,
  parseExplorerState,
  serialiseExplorerState,
  type ExplorerState,
  type KnownValues,
} from './url-state';

const KNOWN: KnownValues = {
  categories: new Set(['security', 'legal', 'politics', 'data-protection']),
  actors: new Set(['microsoft', 'osba', 'edps']),
  jurisdictions: new Set(['DE', 'EU', 'US']),
  threads: new Set(['delos-cloud', 'microsoft-security']),
  events: new Set(['2024-06-24-osba-open-letter-delos', 'storm']),
};

const parse = (query: string) => parseExplorerState(new URLSearchParams(query), KNOWN);

describe('parseExplorerState', () => {
  it('reads every parameter', () => {
    const { state, notices } = parse(
      'category=security,legal&match=all&actor=osba&jurisdiction=DE,EU&thread=delos-cloud&from=2023&to=2024-06&q=Schl%C3%BCssel&verified=1&event=storm&window=2023-01-01..2024-12-31&lanes=single',
    );
    expect(notices).toEqual([]);
    expect(state).toEqual({
      categories: ['security', 'legal'],
      categoryMatch: 'all',
      actors: ['osba'],
      jurisdictions: ['DE', 'EU'],
      threads: ['delos-cloud'],
      from: '2023',
      to: '2024-06',
      q: 'Schlüssel',
      verifiedOnly: true,
      event: 'storm',
      window: ['2023-01-01', '2024-12-31'],
      lanes: 'single',
    });
  });

  it('gives the empty state for an empty query', () => {
    expect(parse('')).toEqual({ state: EMPTY_STATE, notices: [] });
  });

  it.each([
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
    ['event=nonexistent', {}, [{ param: 'event', value: 'nonexistent', reason: 'unknown-event' }]],
    [
      'window=2024-12-31..2023-01-01',
      {},
      [{ param: 'window', value: '2024-12-31..2023-01-01', reason: 'bad-date' }],
    ],
    ['window=2023..2024', {}, [{ param: 'window', value: '2023..2024', reason: 'bad-date' }]],
    [
      'utm_source=x&category=legal',
      { categories: ['legal'] },
      [{ param: 'utm_source', value: '', reason: 'unknown-parameter' }],
    ],
    [
      'verified=maybe&lanes=spiral&match=some',
      {},
      [
        { param: 'match', value: 'some', reason: 'unknown-value' },
        { param: 'verified', value: 'maybe', reason: 'unknown-value' },
        { param: 'lanes', value: 'spiral', reason: 'unknown-value' },
      ],
    ],
  ])('ignores bad values in %s and reports them', (query, expected, notices) => {
    const result = parse(query);
    expect(result.state).toEqual({ ...EMPTY_STATE, ...expected });
    expect(result.notices).toEqual(notices);
  });

  it('ignores huge values without choking, and shortens them in the notice', () => {
    const huge = 'x'.repeat(100_000);
    const result = parse(`q=${huge}&category=${huge}&actor=osba`);
    expect(result.state.actors).toEqual(['osba']);
    expect(result.state.q).toBeUndefined();
    expect(result.notices.map((n) => [n.param, n.reason, n.value.length])).toEqual([
      ['category', 'too-long', 40],
      ['q', 'too-long', 40],
    ]);
  });
});

describe('serialiseExplorerState', () => {
  it('leaves out defaults and writes a fixed order', () => {
    expect(serialiseExplorerState(EMPTY_STATE).toString()).toBe('');
    expect(
      serialiseExplorerState({
        ...EMPTY_STATE,
        event: 'storm',
        categories: ['legal', 'security'],
        q: 'a b',
      }).toString(),
    ).toBe('category=legal%2Csecurity&q=a+b&event=storm');
  });

  it('round-trips any valid state (property)', () => {
    const ids = (set: ReadonlySet<string>) => fc.uniqueArray(fc.constantFrom(...set));
    const day = fc
      .date({
        min: new Date('2000-01-01T00:00:00Z'),
        max: new Date('2030-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((date) => date.toISOString().slice(0, 10));
    const partial = fc.oneof(
      day,
      day.map((d) => d.slice(0, 7)),
      day.map((d) => d.slice(0, 4)),
    );
    const state: fc.Arbitrary<ExplorerState> = fc.record(
      {
        categories: ids(KNOWN.categories),
        categoryMatch: fc.constantFrom('any' as const, 'all' as const),
        actors: ids(KNOWN.actors),
        jurisdictions: ids(KNOWN.jurisdictions),
        threads: ids(KNOWN.threads),
        from: partial,
        to: partial,
        q: fc.string({ minLength: 1, maxLength: 50 }).filter((s) => s.trim() === s && s.length > 0),
        verifiedOnly: fc.boolean(),
        event: fc.constantFrom(...KNOWN.events),
        window: fc.tuple(day, day).filter(([a, b]) => a < b),
        lanes: fc.constantFrom('category' as const, 'single' as const),
      },
      {
        requiredKeys: [
          'categories',
          'categoryMatch',
          'actors',
          'jurisdictions',
          'threads',
          'verifiedOnly',
          'lanes',
        ],
      },
    );
    fc.assert(
      fc.property(state, (original) => {
        const params = new URLSearchParams(serialiseExplorerState(original).toString());
        const { state: parsed, notices } = parseExplorerState(params, KNOWN);
        expect(notices).toEqual([]);
        expect(parsed).toEqual(original);
      }),
    );
  });
});

describe('countActiveFilters', () => {
  it('counts filters, not the selection or the view', () => {
    expect(
      countActiveFilters({
        ...EMPTY_STATE,
        categories: ['a', 'b'],
        q: 'x',
        event: 'e',
        window: ['2024-01-01', '2024-02-01'],
      }),
    ).toBe(3);
  });
});

describe("the widget's link to the explorer", () => {
  it('opens the explorer with the same filters and the selected event', () => {
    const { options } = parseWidgetOptions({
      categories: 'security,legal',
      actors: 'osba',
      jurisdictions: 'DE',
      from: '2023',
      to: '2024-06',
      q: 'Schlüssel',
    });
    const { state, notices } = parse(toExplorerQuery(options, 'storm'));
    expect(notices).toEqual([]);
    expect(state).toEqual({
      ...EMPTY_STATE,
      categories: ['security', 'legal'],
      actors: ['osba'],
      jurisdictions: ['DE'],
      from: '2023',
      to: '2024-06',
      q: 'Schlüssel',
      event: 'storm',
    });
  });
});
