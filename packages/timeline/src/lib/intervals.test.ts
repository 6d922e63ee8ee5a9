import * as d3 from 'd3-time';
import { describe, expect, it } from 'vitest';
import { utcDay, utcMonday, utcMonth, utcYear, type TimeInterval } from './intervals.js';

const iso = (dates: Date[]) => dates.map((date) => date.toISOString());
const SPANS: [string, string][] = [
  ['2019-07-02T08:24:00Z', '2030-07-02T15:36:00Z'],
  ['2024-02-27T13:00:00Z', '2024-03-12T00:00:00Z'],
  ['2023-12-31T23:59:59Z', '2024-01-08T00:00:00Z'],
  ['2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'],
  ['1999-11-30T00:00:00Z', '2001-02-01T00:00:00Z'],
];

describe("the axis's calendar steps", () => {
  it.each<[string, TimeInterval, d3.TimeInterval]>([
    ['day', utcDay, d3.utcDay],
    ['Monday', utcMonday, d3.utcMonday],
    ['month', utcMonth, d3.utcMonth],
    ['quarter', utcMonth.every(3), d3.utcMonth.every(3)!],
    ['year', utcYear, d3.utcYear],
    ['five years', utcYear.every(5), d3.utcYear.every(5)!],
    ['decade', utcYear.every(10), d3.utcYear.every(10)!],
  ])("%s: floor and range as d3-time's", (_, ours, theirs) => {
    for (const [a, b] of SPANS) {
      const start = new Date(a);
      const stop = new Date(b);
      expect(ours.floor(start).toISOString()).toBe(theirs.floor(start).toISOString());
      expect(ours.ceil(start).toISOString()).toBe(theirs.ceil(start).toISOString());
      expect(iso(ours.range(start, stop))).toEqual(iso(theirs.range(start, stop)));
      const floored = ours.floor(start);
      expect(iso(ours.range(floored, stop))).toEqual(iso(theirs.range(floored, stop)));
    }
  });

  it('does not change the date it is given', () => {
    const date = new Date('2024-05-17T10:00:00Z');
    utcMonth.floor(date);
    expect(date.toISOString()).toBe('2024-05-17T10:00:00.000Z');
  });
});
