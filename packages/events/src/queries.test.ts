import { describe, expect, it } from 'vitest';
import { event } from './__fixtures__/events.js';
import { getEventPeriod } from './event-period.js';
import { getExtent } from './extent.js';
import { groupEvents } from './group.js';
import { getNeighbours } from './neighbours.js';
import { toIsoDay } from './partial-date.js';
import { sortEvents } from './sort.js';

const EVENTS = sortEvents([
  event({ id: 'a', date: { start: '2022-11-24', precision: 'day' }, categories: ['legal'] }),
  event({ id: 'b', date: { start: '2023-07', precision: 'month' }, categories: ['security'] }),
  event({
    id: 'c',
    date: { start: '2024-03', precision: 'season' },
    categories: ['legal', 'politics'],
  }),
  event({ id: 'd', date: { start: '2024-06-27', precision: 'day' }, categories: ['politics'] }),
  event({
    id: 'e',
    date: { start: '2024-12', precision: 'month', end: '2025-02' },
    categories: ['security'],
  }),
]);

describe('getEventPeriod', () => {
  it.each([
    [{ start: '2024-04', precision: 'month' as const }, '2024-04-01', '2024-05-01'],
    [{ start: '2024-12', precision: 'month' as const, end: '2025-02' }, '2024-12-01', '2025-03-01'],
    [
      { start: '2024-06-27', precision: 'day' as const, end: '2024-06-28' },
      '2024-06-27',
      '2024-06-29',
    ],
    [
      { start: '2024-03', precision: 'season' as const, end: '2024-04' },
      '2024-03-01',
      '2024-06-01',
    ],
  ])('%j covers [%s, %s)', (date, start, end) => {
    const period = getEventPeriod(date);
    expect([toIsoDay(period.start), toIsoDay(period.end)]).toEqual([start, end]);
  });
});

describe('getNeighbours', () => {
  it('finds previous and next in chronological order', () => {
    const { previous, next } = getNeighbours(EVENTS, { id: 'c' });
    expect([previous?.id, next?.id]).toEqual(['b', 'd']);
  });

  it('has no previous for the first and no next for the last', () => {
    expect(getNeighbours(EVENTS, { id: 'a' }).previous).toBeUndefined();
    expect(getNeighbours(EVENTS, { id: 'e' }).next).toBeUndefined();
  });

  it('steps within a filter, also from an event outside it', () => {
    const security = { categories: ['security'] };
    expect(getNeighbours(EVENTS, { id: 'b', filter: security })).toEqual({ next: EVENTS[4] });
    const fromOutside = getNeighbours(EVENTS, { id: 'c', filter: security });
    expect([fromOutside.previous?.id, fromOutside.next?.id]).toEqual(['b', 'e']);
  });

  it('does not depend on the order of the input', () => {
    const { previous, next } = getNeighbours([...EVENTS].reverse(), { id: 'd' });
    expect([previous?.id, next?.id]).toEqual(['c', 'e']);
  });

  it('returns nothing for an unknown id', () => {
    expect(getNeighbours(EVENTS, { id: 'nope' })).toEqual({});
  });
});

describe('getExtent', () => {
  it('spans from the first start to the last end, whole periods included', () => {
    const extent = getExtent(EVENTS);
    expect(extent && [toIsoDay(extent.start), toIsoDay(extent.end)]).toEqual([
      '2022-11-24',
      '2025-03-01',
    ]);
  });

  it('is undefined for no events', () => {
    expect(getExtent([])).toBeUndefined();
  });
});

describe('groupEvents', () => {
  const keys = (groups: { key: string; events: { id: string }[] }[]) =>
    groups.map((group) => `${group.key}: ${group.events.map((e) => e.id).join(' ')}`);

  it('groups by year in chronological order', () => {
    expect(keys(groupEvents(EVENTS, { by: 'year' }))).toEqual([
      '2022: a',
      '2023: b',
      '2024: c d e',
    ]);
  });

  it('groups by month', () => {
    expect(keys(groupEvents([...EVENTS].reverse(), { by: 'month' }))).toEqual([
      '2022-11: a',
      '2023-07: b',
      '2024-03: c',
      '2024-06: d',
      '2024-12: e',
    ]);
  });

  it('puts a whole year in its first month, and agrees with the periods', () => {
    const year = event({ id: 'y', date: { start: '2021', precision: 'year' } });
    expect(keys(groupEvents([year, ...EVENTS], { by: 'month' }))[0]).toBe('2021-01: y');
    for (const e of [year, ...EVENTS]) {
      const first = toIsoDay(getEventPeriod(e.date).start);
      expect(groupEvents([e], { by: 'month' })[0]!.key).toBe(first.slice(0, 7));
      expect(groupEvents([e], { by: 'year' })[0]!.key).toBe(first.slice(0, 4));
    }
  });

  it('groups by category in the given order, listing an event in each of its categories', () => {
    expect(
      keys(
        groupEvents(EVENTS, { by: 'category', order: ['politics', 'security', 'legal', 'empty'] }),
      ),
    ).toEqual(['politics: c d', 'security: b e', 'legal: a c']);
    expect(keys(groupEvents(EVENTS, { by: 'category' }))).toEqual([
      'legal: a c',
      'security: b e',
      'politics: c d',
    ]);
  });
});
