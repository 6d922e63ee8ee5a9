import { describe, expect, it } from 'vitest';
import { EventSchema, type ChronikEvent, type ChronikEventInput } from '@chronik/events';
import { indexMarks } from './lane-index.js';
import { layoutMarks } from './layout.js';
import { prepareMarks } from './marks.js';
import { createTimeScale } from './scale.js';
import { TEST_CATEGORIES } from './test-fixtures.js';

const CATEGORIES = TEST_CATEGORIES;

function event(
  id: string,
  date: ChronikEventInput['date'],
  extra: Partial<ChronikEventInput> = {},
): ChronikEvent {
  return EventSchema.parse({
    id,
    date,
    title: { de: `Titel ${id}`, en: `Title ${id}` },
    summary: { de: 'x', en: 'x' },
    categories: ['politics'],
    sources: [{ url: 'https://example.org/', title: 'x', publisher: 'x', lang: 'en' }],
    ...extra,
  });
}

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const DAY = 86_400_000;
// 2024 across 366 px: one pixel per day.
const scale = createTimeScale({ domain: [d('2024-01-01'), d('2025-01-01')], width: 366 });

const LANE = [{ id: 'all' }];

describe('layoutMarks', () => {
  it('draws a day as a point at the day’s centre and a month as a bar over the month', () => {
    const events = [
      event('day', { start: '2024-03-10', precision: 'day' }),
      event('month', { start: '2024-04', precision: 'month', approximate: true }),
    ];
    const prepared = prepareMarks({
      events,
      categories: CATEGORIES,
      lanes: [{ id: 'all' }],
      lang: 'en',
    });
    const { marks } = layoutMarks(indexMarks(prepared, LANE), { scale, width: 366, rows: 2 });
    const r = (x: number) => Math.round(x * 1000) / 1000;
    expect(
      marks.map((m) => [m.key, r(m.x0), r(m.x1), r(m.cx), r(m.labelX), m.point, m.approximate]),
    ).toEqual([
      ['all:day', 69.5, 69.5, 69.5, 65.5, true, false],
      ['all:month', 91, 121, 106, 91, false, true],
    ]);
  });

  it('moves a label left at the right edge, keeping it under its mark', () => {
    const prepared = prepareMarks({
      events: [event('late', { start: '2024-12-20', precision: 'day' })],
      categories: CATEGORIES,
      lanes: [{ id: 'all' }],
      lang: 'en',
    });
    const [mark] = layoutMarks(indexMarks(prepared, LANE), { scale, width: 366, rows: 2 }).marks;
    // 20 December is day 355 of 2024, its centre at 354.5 px on the 366 px scale.
    expect(mark!.cx).toBe(354.5);
    expect(mark!.labelX).toBe(366 - mark!.labelWidth);
    expect(mark!.labelX).toBeLessThan(mark!.cx);
    expect(mark!.labelX + mark!.labelWidth).toBeGreaterThan(mark!.cx);
  });

  it('stacks overlapping labels into rows and counts those that do not fit', () => {
    const events = ['a', 'b', 'c', 'd'].map((id, i) =>
      event(
        id,
        { start: `2024-06-${String(20 + i).padStart(2, '0')}`, precision: 'day' },
        { importance: id === 'd' ? 1 : 2 },
      ),
    );
    const prepared = prepareMarks({
      events,
      categories: CATEGORIES,
      lanes: [{ id: 'all' }],
      lang: 'en',
    });
    const { marks, hidden } = layoutMarks(indexMarks(prepared, LANE), {
      scale,
      width: 366,
      rows: 2,
    });
    // The landmark d takes row 0, a takes row 1; b and c are hidden and counted at their mean
    // x: the centres of 21 and 22 June, days 172 and 173 of the year.
    expect(marks.map((m) => [m.event.id, m.row])).toEqual([
      ['a', 1],
      ['b', undefined],
      ['c', undefined],
      ['d', 0],
    ]);
    // Regions last a power of two of milliseconds from the epoch: 2^33 ms (99.4 days) is
    // nearest to 96 px (days). x 173 is 22 June 2024, 1,719,014,400,000 ms: region 200.
    expect(hidden).toEqual([{ key: 'all:200', laneId: 'all', x: 173, count: 2 }]);
    // A selected event's label is placed before all others.
    const selected = layoutMarks(indexMarks(prepared, LANE), {
      scale,
      width: 366,
      rows: 2,
      include: new Set(['c']),
    });
    expect(selected.marks.map((m) => [m.event.id, m.row])).toEqual([
      ['a', undefined],
      ['b', undefined],
      ['c', 0],
      ['d', 1],
    ]);
  });

  it('leaves out marks far outside the view and keeps bars at least 2 px wide', () => {
    const events = [
      event('in', { start: '2024-06-01', precision: 'day', end: '2024-06-01' }),
      event('far', { start: '2026-01-01', precision: 'day' }),
    ];
    const prepared = prepareMarks({
      events,
      categories: CATEGORIES,
      lanes: [{ id: 'all' }],
      lang: 'en',
    });
    const { marks } = layoutMarks(indexMarks(prepared, LANE), { scale, width: 366, rows: 1 });
    expect(marks.map((m) => [m.event.id, m.x0, m.x1])).toEqual([['in', 151.5, 153.5]]);
    const kept = layoutMarks(indexMarks(prepared, LANE), {
      scale,
      width: 366,
      rows: 1,
      include: new Set(['far']),
    });
    expect(kept.marks.map((m) => [m.event.id, m.x0])).toEqual([
      ['in', 151.5],
      ['far', 731.5],
    ]);
  });
});

describe('layoutMarks at scale', () => {
  // 3,660 events, ten a day through 2024 (one pixel per day on the 366 px scale).
  const many = Array.from({ length: 3660 }, (_, i) => {
    const day = new Date(Date.UTC(2024, 0, 1 + Math.floor(i / 10))).toISOString().slice(0, 10);
    return event(
      `e${String(i).padStart(4, '0')}`,
      { start: day, precision: 'day' },
      {
        importance: i % 1200 === 0 ? 1 : 2,
      },
    );
  });
  const lanes = indexMarks(
    prepareMarks({ events: many, categories: CATEGORIES, lanes: LANE, lang: 'en' }),
    LANE,
  );

  it('counts events into density bins when there are too many to draw one by one', () => {
    const { marks, bins, hidden } = layoutMarks(lanes, { scale, width: 366, rows: 2 });
    expect(bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(3660);
    // Bins last 2^28 ms (3.107 days), the power of two nearest to 4 px (days), counted from
    // the epoch: bin n holds the events whose middle is in [n·2^28, (n+1)·2^28) ms.
    const size = 2 ** 28 / DAY;
    expect(bins.every((bin) => Math.abs(bin.x1 - bin.x0 - size) < 1e-9)).toBe(true);
    expect(bins).toHaveLength(118);
    // 1–3 January (their middles are in bin 6348, which starts 0.45 px before 2024) …
    expect(bins[0]).toMatchObject({ key: 'all:6348', count: 30 });
    expect(bins[0]!.x0).toBeCloseTo(-0.450524, 6);
    // … to 29–31 December.
    expect(bins.at(-1)).toMatchObject({ key: 'all:6465', count: 30 });
    expect(bins.at(-1)!.x0).toBeCloseTo(363.055822, 6);
    // Every bin's count, counted again by brute force.
    for (const bin of bins) {
      const n = Number(bin.key.split(':')[1]);
      const inBin = many.filter((e) => {
        const middle = Date.parse(`${e.date.start}T12:00:00Z`);
        return middle >= n * 2 ** 28 && middle < (n + 1) * 2 ** 28;
      });
      expect(bin.count).toBe(inBin.length);
    }
    // Only labelled marks are drawn on their own: at most two per 48 px slot.
    expect(marks.length).toBeLessThanOrEqual(2 * Math.ceil((366 + 480) / 48));
    expect(marks.every((mark) => mark.row !== undefined)).toBe(true);
    // Landmarks get their labels first.
    expect(
      marks.filter((mark) => mark.event.importance === 1 && mark.row !== undefined),
    ).toHaveLength(4);
    // Every event in view is either labelled or counted in a "+N".
    const inView = marks.filter((mark) => mark.cx >= 0 && mark.cx <= 366).length;
    expect(inView + hidden.reduce((sum, h) => sum + h.count, 0)).toBe(3660);
  });

  it('keeps bins, labels and counts with their events while panning', () => {
    const before = layoutMarks(lanes, { scale, width: 366, rows: 2 });
    // The same zoom, panned 57 days (57 px) later.
    const panned = createTimeScale({ domain: [d('2024-02-27'), d('2025-02-27')], width: 366 });
    const after = layoutMarks(lanes, { scale: panned, width: 366, rows: 2 });
    // A bin inside both views (28–30 December) has the same key and count, 57 px further left.
    const bin = before.bins.find((b) => b.key === 'all:6460')!;
    const moved = after.bins.find((b) => b.key === 'all:6460')!;
    expect([bin.count, moved.count]).toEqual([30, 30]);
    expect(bin.x0).toBeCloseTo(347.521363, 6);
    expect(moved.x0).toBeCloseTo(347.521363 - 57, 6);
    // Away from the edges (where labels move to stay in view), the same events keep their
    // labels in the same rows.
    const labelled = (layout: typeof before, from: string, to: string) =>
      layout.marks
        .filter((m) => m.row !== undefined && m.event.date.start >= from && m.event.date.start < to)
        .map((m) => [m.event.id, m.row]);
    expect(labelled(before, '2024-04-01', '2024-07-15')).toHaveLength(2);
    expect(labelled(after, '2024-04-01', '2024-07-15')).toEqual(
      labelled(before, '2024-04-01', '2024-07-15'),
    );
  });

  it('draws events one by one once zoomed in far enough', () => {
    const week = createTimeScale({ domain: [d('2024-06-01'), d('2024-06-08')], width: 366 });
    const { marks, bins } = layoutMarks(lanes, { scale: week, width: 366, rows: 2, maxMarks: 200 });
    expect(bins).toEqual([]);
    // The week itself and the 240 px margin on each side: about 5 + 7 + 5 days of ten events.
    expect(marks.length).toBeGreaterThan(70);
    expect(marks.length).toBeLessThanOrEqual(200);
  });

  it('keeps a selected event on its own and labels it first, even among thousands', () => {
    const { marks } = layoutMarks(lanes, {
      scale,
      width: 366,
      rows: 2,
      include: new Set(['e1234']),
    });
    const kept = marks.find((mark) => mark.event.id === 'e1234');
    expect(kept?.row).toBe(0);
  });
});

describe('layoutMarks: the budget of marks drawn one by one', () => {
  it('goes to the lanes with the fewest events in view; the others draw density bins', () => {
    const quiet = ['q1', 'q2', 'q3'].map((id, i) =>
      event(id, { start: `2024-0${i + 2}-01`, precision: 'day' }, { categories: ['legal'] }),
    );
    const busy = Array.from({ length: 300 }, (_, i) =>
      event(
        `b${i}`,
        { start: new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10), precision: 'day' },
        { categories: ['security'] },
      ),
    );
    const lanes = CATEGORIES.filter((c) => c.id !== 'politics').map((c) => ({
      id: c.id,
      category: c,
    }));
    const indexed = indexMarks(
      prepareMarks({ events: [...quiet, ...busy], categories: CATEGORIES, lanes, lang: 'en' }),
      lanes,
    );
    const { marks, bins } = layoutMarks(indexed, { scale, width: 366, rows: 2, maxMarks: 50 });
    expect(marks.filter((m) => m.laneId === 'legal').map((m) => m.event.id)).toEqual([
      'q1',
      'q2',
      'q3',
    ]);
    expect(new Set(bins.map((bin) => bin.laneId))).toEqual(new Set(['security']));
  });
});
