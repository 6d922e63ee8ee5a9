import { describe, expect, it } from 'vitest';
import {
  EventSchema,
  type Category,
  type ChronikEvent,
  type ChronikEventInput,
} from '@chronik/events';
import { getLanes, layoutMarks, prepareMarks, truncateLabel } from './layout.js';
import { createTimeScale } from './scale.js';

const CATEGORIES: Category[] = ['security', 'politics', 'legal'].map((id, i) => ({
  id,
  label: { de: id, en: id },
  description: { de: id, en: id },
  color: '#000000',
  colorDark: '#ffffff',
  shape: (['triangle', 'hexagon', 'star'] as const)[i]!,
}));

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
// 2024 across 366 px: one pixel per day.
const scale = createTimeScale({ domain: [d('2024-01-01'), d('2025-01-01')], width: 366 });

describe('truncateLabel', () => {
  it.each([
    ['Short', 10, 'Short'],
    ['Sondersitzung des IT-Planungsrats', 20, 'Sondersitzung des…'],
    ['Datenschutzkonferenz', 10, 'Datenschu…'],
  ])('%s at %i characters → %s', (text, max, expected) => {
    expect(truncateLabel(text, max)).toBe(expected);
  });
});

describe('getLanes', () => {
  const events = [
    event('a', { start: '2024-03', precision: 'month' }, { categories: ['legal', 'security'] }),
  ];
  it('has one lane per used category, in registry order, or a single lane', () => {
    expect(getLanes({ mode: 'category', categories: CATEGORIES, events }).map((l) => l.id)).toEqual(
      ['security', 'legal'],
    );
    expect(getLanes({ mode: 'single', categories: CATEGORIES, events })).toEqual([{ id: 'all' }]);
  });
});

describe('prepareMarks', () => {
  it('marks an event with two categories in both lanes, the first one primary', () => {
    const events = [
      event(
        'a',
        { start: '2024-06-27', precision: 'day' },
        { categories: ['legal', 'security'], importance: 1 },
      ),
    ];
    const lanes = getLanes({ mode: 'category', categories: CATEGORIES, events });
    const marks = prepareMarks({ events, categories: CATEGORIES, lanes, lang: 'de' });
    expect(
      marks.map((m) => [m.key, m.laneId, m.category.id, m.primary, m.point, m.label, m.labelWidth]),
    ).toEqual([
      ['legal:a', 'legal', 'legal', true, true, 'Titel a', 49],
      ['security:a', 'security', 'security', false, true, 'Titel a', 49],
    ]);
  });

  it('ranks landmarks before other events, then by date', () => {
    const events = [
      event('early-detail', { start: '2024-01-05', precision: 'day' }, { importance: 3 }),
      event('landmark', { start: '2024-02-05', precision: 'day' }, { importance: 1 }),
      event('notable', { start: '2024-03-05', precision: 'day' }),
    ];
    const marks = prepareMarks({
      events,
      categories: CATEGORIES,
      lanes: [{ id: 'all' }],
      lang: 'en',
    });
    expect(marks.map((m) => m.rank)).toEqual([6, 1, 5]);
  });
});

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
    const { marks } = layoutMarks(prepared, { scale, width: 366, rows: 2 });
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
    const [mark] = layoutMarks(prepared, { scale, width: 366, rows: 2 }).marks;
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
    const { marks, hidden } = layoutMarks(prepared, { scale, width: 366, rows: 2 });
    // The landmark d takes row 0, a takes row 1; b and c are hidden and counted at their mean
    // x: the centres of 21 and 22 June, days 172 and 173 of the year.
    expect(marks.map((m) => [m.event.id, m.row])).toEqual([
      ['a', 1],
      ['b', undefined],
      ['c', undefined],
      ['d', 0],
    ]);
    expect(hidden).toEqual([{ key: 'all:1', laneId: 'all', x: 173, count: 2 }]);
    // A selected event's label is placed before all others.
    const selected = layoutMarks(prepared, { scale, width: 366, rows: 2, include: new Set(['c']) });
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
    const { marks } = layoutMarks(prepared, { scale, width: 366, rows: 1 });
    expect(marks.map((m) => [m.event.id, m.x0, m.x1])).toEqual([['in', 151.5, 153.5]]);
    const kept = layoutMarks(prepared, { scale, width: 366, rows: 1, include: new Set(['far']) });
    expect(kept.marks.map((m) => [m.event.id, m.x0])).toEqual([
      ['in', 151.5],
      ['far', 731.5],
    ]);
  });
});
