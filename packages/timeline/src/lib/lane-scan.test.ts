import { describe, expect, it } from 'vitest';
import type { ListedEvent } from '@chronik/events';
import { DAY_HALF, indexMarks, laneTables, type LaneMarks } from './lane-index.js';
import { lowerBound } from './cells.js';
import { countLane, frameOf, type Frame, type LaneScan } from './lane-scan.js';
import type { PreparedMark } from './marks.js';
import { createTimeScale } from './scale.js';
import { TEST_CATEGORIES } from './test-fixtures.js';

const DAY = 2 * DAY_HALF;
const T0 = Date.UTC(2010, 0, 1);

/**
 * A lane of `count` marks over 15 years with what real and hostile data have: days, periods
 * of days to years, a crowd on one day, and one period of ten years (the best-ranked).
 */
function lane(count: number, seed: number): LaneMarks {
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const marks: PreparedMark[] = [];
  for (let order = 0; order < count; order++) {
    const crowd = order % 10 === 0;
    const start = crowd
      ? T0 + 2000 * DAY
      : order === 5
        ? T0 + 100 * DAY
        : T0 + Math.floor(random() * 15 * 365) * DAY;
    const kind = random();
    const span =
      order === 5
        ? 3650 * DAY
        : kind < 0.6
          ? DAY
          : kind < 0.8
            ? (2 + Math.floor(random() * 6)) * DAY
            : kind < 0.95
              ? 30 * DAY
              : 365 * DAY;
    const point = span === DAY && kind < 0.6;
    marks.push({
      key: `all:e${order}`,
      event: { id: `e${order}` } as ListedEvent,
      laneId: 'all',
      category: TEST_CATEGORIES[0]!,
      primary: true,
      start,
      end: start + span,
      point,
      approximate: false,
      label: `e${order}`,
      labelWidth: 40,
      rank: order === 5 ? -1 : (random() < 0.1 ? 0 : count) + order,
      order,
    });
  }
  marks.sort((a, b) => a.start - b.start);
  return indexMarks(marks, [{ id: 'all' }])[0]!;
}

/** Puts event `i` into a slot's short list (`rows` entries from `at`), kept in rank order. */
function propose(best: Int32Array, at: number, rows: number, i: number, ranks: Float64Array) {
  const list = [...best.slice(at, at + rows)].filter((j) => j >= 0);
  list.push(i);
  list.sort((a, b) => ranks[a]! - ranks[b]!);
  for (let j = 0; j < rows; j++) best[at + j] = list[j] ?? -1;
}

/**
 * The oracle: counts a lane by looking at each of its events in view, as the layout did before
 * it had sorted tables (see `propose` there for the short lists).
 */
function scanLane(lane: LaneMarks, frame: Frame, maxMarks: number): LaneScan {
  const { tMin, tMax, tLeft, tRight, px, rows, slots, bins, regions } = frame;
  const { starts, ends, centres, anchors, ranks } = lane;
  const best = new Int32Array(slots.count * rows).fill(-1);
  const perBin = new Uint32Array(bins.count);
  const perRegion = new Uint32Array(regions.count);
  const sumRegion = new Float64Array(regions.count);
  const few: number[] = [];
  let inView = 0;
  const to = lowerBound(starts, tMax);
  for (let i = lowerBound(starts, tMin - lane.maxSpan); i < to; i++) {
    if (ends[i]! <= tMin) continue;
    inView++;
    if (inView <= maxMarks) few.push(i);
    // A period that began before the view offers its label where the view begins.
    propose(best, slots.of(Math.max(anchors[i]!, tMin)) * rows, rows, i, ranks);
    const centre = centres[i]!;
    perBin[bins.of(centre)]! += 1;
    if (centre >= tLeft && centre <= tRight) {
      const r = regions.of(centre);
      perRegion[r]! += 1;
      sumRegion[r]! += px(centre);
    }
  }
  if (inView > maxMarks) few.length = 0;
  return { lane, best, perBin, perRegion, sumRegion, few, inView };
}

/**
 * The scan in plain arrays: the bins on screen (the only ones drawn), the sums of pixels
 * rounded (they are added in another order).
 */
function plain(scan: LaneScan, { bins, width }: Frame) {
  return {
    inView: scan.inView,
    few: scan.few,
    best: [...scan.best],
    perBin: [...scan.perBin].map((count, b) =>
      bins.start(b + 1) < 0 || bins.start(b) > width ? 'off screen' : count,
    ),
    perRegion: [...scan.perRegion],
    sumRegion: [...scan.sumRegion].map((x) => Math.round(x * 1e4) / 1e4),
  };
}

describe('laneTables', () => {
  it('sorts ends, centres and anchors, and ranks by anchor', () => {
    const marks = lane(2000, 3);
    const tables = laneTables(marks);
    const sorted = (values: Float64Array) => [...values].sort((a, b) => a - b);
    expect([...tables.ends]).toEqual(sorted(marks.ends));
    expect([...tables.centres]).toEqual(sorted(marks.centres));
    expect([...tables.anchors]).toEqual(sorted(marks.anchors));
    expect(new Set(tables.byAnchor).size).toBe(2000);
    for (let i = 0; i < 2000; i++) {
      expect(tables.anchors[i]).toBe(marks.anchors[tables.byAnchor[i]!]);
    }
    // Running sums of the centres, less the first one each.
    expect(tables.sums[2000]! + 2000 * tables.base).toBeCloseTo(
      marks.centres.reduce((sum, c) => sum + c, 0),
      -3,
    );
    expect(laneTables(marks)).toBe(tables);
  });
});

describe('countLane', () => {
  const marks = lane(3000, 11);

  it('counts as looking at every event in view does, at every zoom and pan', () => {
    let seed = 5;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    let counted = 0;
    for (let trial = 0; trial < 300; trial++) {
      const days = 2 ** (random() * 13); // from a day to 22 years in view
      const middle = T0 + (random() * 17 - 1) * 365 * DAY;
      const width = 200 + Math.floor(random() * 1400);
      const scale = createTimeScale({
        domain: [new Date(middle - (days / 2) * DAY), new Date(middle + (days / 2) * DAY)],
        width,
      });
      // Every tenth with cells wider than the view's margins: one or two cells per grid.
      const coarse = trial % 10 === 0 ? { binWidth: 700, slot: 900, bucket: 2000 } : {};
      const frame = frameOf({ scale, width, rows: 1 + (trial % 4), ...coarse });
      const maxMarks = trial % 3 === 0 ? 0 : trial % 3 === 1 ? 40 : 400;
      const fast = countLane(marks, frame, maxMarks);
      const slow = scanLane(marks, frame, maxMarks);
      if (fast.inView > maxMarks) counted++;
      expect(plain(fast, frame), `trial ${trial}: ${days.toFixed(1)} days in ${width} px`).toEqual(
        plain(slow, frame),
      );
    }
    // Most trials had too many events in view to draw them one by one.
    expect(counted).toBeGreaterThan(150);
  });

  it('finds the period that began before the view and the crowd on one day', () => {
    // Day 2000 in view, across 1,000 pixels: the crowd of 300, the ten-year period.
    const crowd = T0 + 2000 * DAY;
    const scale = createTimeScale({
      domain: [new Date(crowd - 20 * DAY), new Date(crowd + 20 * DAY)],
      width: 1000,
    });
    const frame = frameOf({ scale, width: 1000, rows: 2 });
    const scan = countLane(marks, frame, 10);
    expect(plain(scan, frame)).toEqual(plain(scanLane(marks, frame, 10), frame));
    const inCrowd = marks.marks.filter((m) => m.start === crowd).length;
    expect(inCrowd).toBe(300);
    expect(scan.inView).toBeGreaterThanOrEqual(300);
    // The ten-year period offers its label where the view begins: first in the first slot.
    expect(marks.marks[scan.best[0]!]!.key).toBe('all:e5');
  });
});
