import { describe, expect, it } from 'vitest';
import { findBin, findMark } from './hit-test.js';
import type { PositionedMark } from './layout.js';

describe('findBin', () => {
  const bins = [
    { key: 'a:1', laneId: 'a', x0: 4, x1: 8, count: 3 },
    { key: 'a:2', laneId: 'a', x0: 8, x1: 12, count: 5 },
    { key: 'b:1', laneId: 'b', x0: 4, x1: 8, count: 9 },
  ];
  it.each([
    ['a', 5, 'a:1'],
    ['a', 11, 'a:2'],
    ['a', 13.5, 'a:2'],
    ['a', 20, undefined],
    ['b', 9, 'b:1'],
    ['c', 5, undefined],
  ])('lane %s at %d px → %s', (laneId, x, key) => {
    expect(findBin(bins, { laneId, x })?.key).toBe(key);
  });
});

describe('findMark', () => {
  // Only the fields hit-testing reads; the rest of a mark does not matter here.
  const mark = (key: string, laneId: string, x0: number, x1: number) =>
    ({ key, laneId, x0, x1, cx: (x0 + x1) / 2, point: x0 === x1 }) as PositionedMark;
  const marks = [
    mark('a:p', 'a', 100, 100), // a point at 100
    mark('a:q', 'a', 118, 118), // a point at 118: targets overlap from 106 to 112
    mark('a:bar', 'a', 200, 400), // a bar, middle at 300
    mark('a:p2', 'a', 250, 250), // a point on the bar
    mark('a:short', 'a', 500, 502), // a bar of 2 px, middle at 501
    mark('b:p', 'b', 100, 100),
  ];
  it.each([
    ['a', 100, 0, 'a:p'],
    ['a', 88, 0, 'a:p'], // the edge of the 24 px target
    ['a', 87.5, 0, undefined],
    ['a', 108, 0, 'a:p'], // both reach; 100 is nearer than 118
    ['a', 110, 0, 'a:q'],
    ['a', 100, 12, 'a:p'],
    ['a', 100, -12.5, undefined], // above the target
    ['a', 210, 0, 'a:bar'], // anywhere along the bar
    ['a', 399, 0, 'a:bar'],
    ['a', 405, 0, undefined],
    ['a', 255, 0, 'a:p2'], // the symbol on the bar is nearer than the bar's middle
    ['a', 512, 0, 'a:short'], // a short bar is hit within 12 px of its middle
    ['a', 514, 0, undefined],
    ['b', 100, 0, 'b:p'],
    ['c', 100, 0, undefined],
  ])('lane %s at x %d, dy %d → %s', (laneId, x, dy, key) => {
    expect(findMark(marks, { laneId, x, dy })?.key).toBe(key);
  });
});
