import { describe, expect, it } from 'vitest';
import {
  EMPTY_VIEW_STATE,
  countActiveFilters,
  toEventFilter,
  toKnownIds,
  toWindowDays,
  toWindowInstants,
  type ViewState,
} from './view-state.js';

describe('toEventFilter and countActiveFilters', () => {
  it('turns the filters into an event filter and counts them', () => {
    const state: ViewState = {
      ...EMPTY_VIEW_STATE,
      categories: ['security', 'legal'],
      storylines: ['delos-cloud'],
      from: '2023',
      q: 'key',
      verifiedOnly: true,
      event: 'storm',
    };
    expect(toEventFilter(state)).toEqual({
      categories: ['security', 'legal'],
      categoryMatch: 'any',
      actors: [],
      jurisdictions: [],
      threads: ['delos-cloud'],
      from: '2023',
      verified: true,
    });
    expect(countActiveFilters(state)).toBe(6);
  });
});

describe('toKnownIds', () => {
  it("collects a dataset's ids, storylines from its threads", () => {
    const known = toKnownIds({
      categories: [{ id: 'security' }],
      actors: [{ id: 'osba' }],
      jurisdictions: [{ id: 'DE' }],
      threads: [{ id: 'delos-cloud' }],
      events: [{ id: 'storm' }],
    });
    const lists = Object.fromEntries(
      Object.entries(known).map(([k, v]: [string, ReadonlySet<string>]) => [k, [...v]]),
    );
    expect(lists).toEqual({
      categories: ['security'],
      actors: ['osba'],
      jurisdictions: ['DE'],
      storylines: ['delos-cloud'],
      events: ['storm'],
    });
  });
});

describe('window adapters', () => {
  it('turns days into midnight UTC instants and back', () => {
    const instants = toWindowInstants(['2024-01-01', '2024-07-01']);
    expect(instants.map((d) => d.toISOString())).toEqual([
      '2024-01-01T00:00:00.000Z',
      '2024-07-01T00:00:00.000Z',
    ]);
    expect(toWindowDays(instants)).toEqual(['2024-01-01', '2024-07-01']);
    expect(
      toWindowDays([new Date('2024-01-01T03:00Z'), new Date('2024-01-01T20:00Z')]),
    ).toBeUndefined();
  });
});
