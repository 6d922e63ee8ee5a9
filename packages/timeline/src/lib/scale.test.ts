import { scaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { createTimeScale } from './scale.js';
import { ZoomTransform } from './transform.js';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('createTimeScale', () => {
  const scale = createTimeScale({ domain: [d('2024-01-01'), d('2025-01-01')], width: 366 });

  it.each([
    ['2024-01-01', 0],
    ['2024-03-01', 60],
    ['2024-12-31', 365],
    ['2025-01-01', 366],
    ['2023-12-31', -1],
  ])('puts %s at %d px', (day, x) => {
    expect(scale(d(day))).toBeCloseTo(x, 9);
    expect(scale(d(day).getTime())).toBe(scale(d(day)));
  });

  it('inverts pixels to instants', () => {
    expect(scale.invert(60).toISOString()).toBe('2024-03-01T00:00:00.000Z');
    expect(scale.invert(60.5).toISOString()).toBe('2024-03-01T12:00:00.000Z');
  });

  it('keeps a copy of its domain and a range of at least one pixel', () => {
    const domain: [Date, Date] = [d('2024-01-01'), d('2024-01-02')];
    const narrow = createTimeScale({ domain, width: 0 });
    domain[0].setTime(0);
    expect(narrow.domain[0].toISOString()).toBe('2024-01-01T00:00:00.000Z');
    expect(narrow.range).toEqual([0, 1]);
  });

  it("gives d3-scale's scaleUtc numbers to the last bit", () => {
    const domain: [Date, Date] = [new Date(Date.UTC(2019, 6, 2, 8, 24)), d('2030-07-02')];
    const d3 = scaleUtc().domain(domain).range([0, 1234.5]);
    const ours = createTimeScale({ domain, width: 1234.5 });
    for (const day of ['2019-07-03', '2021-02-28', '2024-06-24', '2030-07-01']) {
      expect(ours(d(day))).toBe(d3(d(day)));
    }
    for (const x of [0, 0.25, 617.3, 1234.5]) {
      expect(ours.invert(x).getTime()).toBe(d3.invert(x).getTime());
    }
  });
});

describe('ZoomTransform', () => {
  const base = createTimeScale({ domain: [d('2024-01-01'), d('2025-01-01')], width: 366 });

  it('maps pixels both ways', () => {
    const t = new ZoomTransform(2, -100);
    expect(t.applyX(60)).toBe(20);
    expect(t.invertX(20)).toBe(60);
  });

  it('rescales: the screen shows the domain between the inverted ends', () => {
    const zoomed = new ZoomTransform(2, -366).rescaleX(base);
    expect(zoomed.domain.map((date) => date.toISOString())).toEqual([
      '2024-07-02T00:00:00.000Z',
      '2025-01-01T00:00:00.000Z',
    ]);
    expect(zoomed.range).toEqual([0, 366]);
    // 1 October is 91 days after 2 July; two pixels a day at k = 2.
    expect(zoomed(d('2024-10-01'))).toBeCloseTo(182, 9);
  });

  it('compares by value', () => {
    expect(new ZoomTransform(2, 1).equals(new ZoomTransform(2, 1))).toBe(true);
    expect(new ZoomTransform(2, 1).equals(new ZoomTransform(2, 0))).toBe(false);
  });
});
