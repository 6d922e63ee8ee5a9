import { describe, expect, it } from 'vitest';
import { EventSchema, type ChronikEvent, type ChronikEventInput } from '@chronik/events';
import { getLanes, prepareMarks, truncateLabel } from './marks.js';
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

  it('counts only registered categories towards "every lane is used"', () => {
    // As many unknown ids as there are categories must not end the scan before `legal`.
    const unknown = CATEGORIES.map((_, i) => `unknown-${i}`);
    const mixed = [
      event('a', { start: '2024', precision: 'year' }, { categories: unknown }),
      event('b', { start: '2024', precision: 'year' }, { categories: ['legal'] }),
    ];
    expect(getLanes({ mode: 'category', categories: CATEGORIES, events: mixed })).toEqual([
      { id: 'legal', category: CATEGORIES.find((c) => c.id === 'legal') },
    ]);
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
