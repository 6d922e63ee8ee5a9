import { describe, expect, it } from 'vitest';
import { EventSchema, type ChronikEvent } from '@chronik/events';
import { indexInLane, indexMarks, pickLaneMarks, type LaneMarks } from './lane-index.js';
import { layoutMarks } from './layout.js';
import { getLanes, prepareMarks } from './marks.js';
import { createTimeScale } from './scale.js';
import { TEST_CATEGORIES } from './test-fixtures.js';

const CATEGORIES = TEST_CATEGORIES;

// 600 events through 2024, in chronological order: some a month long, every third a
// landmark, in one, two or three categories.
const EVENTS: ChronikEvent[] = Array.from({ length: 600 }, (_, i) => {
  const day = new Date(Date.UTC(2024, 0, 1 + Math.floor(i * 0.6)));
  const iso = day.toISOString().slice(0, 10);
  return EventSchema.parse({
    id: `e${String(i).padStart(3, '0')}`,
    date:
      i % 7 === 0
        ? { start: iso.slice(0, 7), precision: 'month' }
        : { start: iso, precision: 'day' },
    title: { de: `Titel ${i}`, en: `Title ${i}` },
    summary: { de: 'x', en: 'x' },
    categories: CATEGORIES.slice(i % 3, (i % 3) + 1 + (i % 2)).map((c) => c.id),
    importance: i % 3 === 0 ? 1 : 2,
    sources: [{ url: 'https://example.org/', title: 'x', publisher: 'x', lang: 'en' }],
  });
});

function indexed(events: readonly ChronikEvent[]): LaneMarks[] {
  const lanes = getLanes({ mode: 'category', categories: CATEGORIES, events });
  return indexMarks(prepareMarks({ events, categories: CATEGORIES, lanes, lang: 'en' }), lanes);
}

/** What a layout shows, without the numbers that only order (ranks, positions in a list). */
function picture(lanes: LaneMarks[], width: number, days: [string, string]) {
  const scale = createTimeScale({
    domain: [new Date(`${days[0]}T00:00:00Z`), new Date(`${days[1]}T00:00:00Z`)],
    width,
  });
  const { marks, bins, hidden } = layoutMarks(lanes, { scale, width, rows: 2 });
  return {
    marks: marks.map((m) => [m.key, m.x0, m.x1, m.labelX, m.row]),
    bins: bins.map((b) => [b.key, b.count]),
    hidden,
  };
}

describe('pickLaneMarks', () => {
  const all = indexed(EVENTS);
  const legal = EVENTS.filter((e) => e.categories.includes('legal'));
  const someDays = EVENTS.filter((e, i) => i % 5 === 1 || e.importance === 1);

  it('gives a filter the lanes that preparing its events anew gives', () => {
    for (const shown of [legal, someDays, EVENTS.slice(100, 140), [EVENTS[3]!]]) {
      const lanes = getLanes({ mode: 'category', categories: CATEGORIES, events: shown });
      const picked = pickLaneMarks(all, EVENTS, shown, lanes)!;
      const fresh = indexed(shown);
      expect(picked.map((lane) => lane.laneId)).toEqual(fresh.map((lane) => lane.laneId));
      picked.forEach((lane, n) => {
        const again = fresh[n]!;
        expect(lane.marks.map((m) => m.key)).toEqual(again.marks.map((m) => m.key));
        expect([...lane.starts]).toEqual([...again.starts]);
        expect([...lane.ends]).toEqual([...again.ends]);
        expect([...lane.centres]).toEqual([...again.centres]);
        expect([...lane.anchors]).toEqual([...again.anchors]);
        expect(lane.maxSpan).toBe(again.maxSpan);
      });
      // The ranks differ (they count in the longer list) but order the same way, so every
      // zoom lays the marks out alike: whole year, and two weeks of June.
      expect(picture(picked, 800, ['2024-01-01', '2025-01-01'])).toEqual(
        picture(fresh, 800, ['2024-01-01', '2025-01-01']),
      );
      expect(picture(picked, 800, ['2024-06-01', '2024-06-15'])).toEqual(
        picture(fresh, 800, ['2024-06-01', '2024-06-15']),
      );
    }
  });

  it('hands back a lane whose every mark is shown as it is', () => {
    const lanes = getLanes({ mode: 'category', categories: CATEGORIES, events: EVENTS });
    const picked = pickLaneMarks(all, EVENTS, EVENTS, lanes)!;
    picked.forEach((lane, n) => expect(lane).toBe(all[n]));
  });

  it('refuses events that are not a selection of the list, in its order', () => {
    const lanes = getLanes({ mode: 'category', categories: CATEGORIES, events: EVENTS });
    // The same events in another order, copies of them, and one that is not there.
    expect(pickLaneMarks(all, EVENTS, [EVENTS[5]!, EVENTS[2]!], lanes)).toBeUndefined();
    expect(pickLaneMarks(all, EVENTS, [{ ...EVENTS[2]! }], lanes)).toBeUndefined();
    const other = EventSchema.parse({ ...EVENTS[0]!, id: 'other' });
    expect(pickLaneMarks(all, EVENTS, [EVENTS[0]!, other], lanes)).toBeUndefined();
    // A lane the list has no marks for.
    expect(pickLaneMarks(all, EVENTS, [EVENTS[0]!], [{ id: 'elsewhere' }])).toBeUndefined();
  });
});

describe('indexInLane', () => {
  it('finds an event by id in a lane, and only there', () => {
    const [security] = indexed(EVENTS);
    const i = indexInLane(security!, 'e003');
    expect(security!.marks[i!]!.event.id).toBe('e003');
    expect(indexInLane(security!, 'e001')).toBeUndefined(); // e001 is politics and legal
    expect(indexInLane(security!, 'nothing')).toBeUndefined();
  });
});
