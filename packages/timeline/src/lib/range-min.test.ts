import { describe, expect, it } from 'vitest';
import { createRangeMin } from './range-min.js';

describe('createRangeMin', () => {
  it('gives the positions of the smallest values in a stretch, smallest first', () => {
    const ranks = createRangeMin(new Float64Array([5, 1, 4, 2, 3, 0, 6]));
    const out: number[] = [];
    expect(ranks.smallest(0, 7, 3, out)).toBe(3);
    expect(out).toEqual([5, 1, 3]);
    expect(ranks.smallest(2, 5, 2, out)).toBe(2);
    expect(out.slice(0, 2)).toEqual([3, 4]);
    expect(ranks.smallest(6, 7, 4, out)).toBe(1);
    expect(out[0]).toBe(6);
  });

  it('writes fewer when the stretch is shorter, none when it is empty or out of range', () => {
    const ranks = createRangeMin(new Float64Array([3, 2, 1]));
    const out = new Int32Array(5);
    expect(ranks.smallest(0, 3, 5, out)).toBe(3);
    expect([...out.slice(0, 3)]).toEqual([2, 1, 0]);
    expect(ranks.smallest(2, 2, 1, out)).toBe(0);
    expect(ranks.smallest(-4, 1, 2, out)).toBe(1);
    expect(out[0]).toBe(0);
    expect(ranks.smallest(1, 99, 1, out)).toBe(1);
    expect(out[0]).toBe(2);
    expect(createRangeMin(new Float64Array(0)).smallest(0, 1, 1, out)).toBe(0);
  });

  it('takes equal values in position order', () => {
    const ranks = createRangeMin(new Float64Array([2, 1, 1, 2, 1]));
    const out: number[] = [];
    ranks.smallest(0, 5, 5, out);
    expect(out).toEqual([1, 2, 4, 0, 3]);
  });

  it('agrees with sorting every stretch of 300 random values', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const values = Float64Array.from({ length: 300 }, () => Math.floor(random() * 50));
    const ranks = createRangeMin(values);
    const out: number[] = [];
    for (let trial = 0; trial < 2000; trial++) {
      const lo = Math.floor(random() * 300);
      const hi = lo + 1 + Math.floor(random() * (300 - lo));
      const k = 1 + Math.floor(random() * 4);
      const expected = Array.from({ length: hi - lo }, (_, i) => lo + i)
        .sort((a, b) => values[a]! - values[b]! || a - b)
        .slice(0, k);
      const found = ranks.smallest(lo, hi, k, out);
      expect(out.slice(0, found)).toEqual(expected);
    }
  });
});
