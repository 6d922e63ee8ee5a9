import { describe, expect, it } from 'vitest';
import { getRowWindow } from './rows.js';

describe('getRowWindow', () => {
  it.each([
    [
      { count: 10_000, scrollTop: 0, viewport: 520 },
      { start: 0, end: 18, before: 0, after: 519_064 },
    ],
    [
      { count: 10_000, scrollTop: 5200, viewport: 520 },
      { start: 92, end: 118, before: 4784, after: 513_864 },
    ],
    [
      { count: 10_000, scrollTop: 10_000 * 52, viewport: 520 },
      { start: 9992, end: 10_000, before: 519_584, after: 0 },
    ],
    [
      { count: 5, scrollTop: 0, viewport: 520 },
      { start: 0, end: 5, before: 0, after: 0 },
    ],
    [
      { count: 0, scrollTop: 100, viewport: 520 },
      { start: 0, end: 0, before: 0, after: 0 },
    ],
  ])('%j → %j', (options, window) => {
    const result = getRowWindow({ ...options, rowHeight: 52 });
    expect(result).toEqual(window);
    // The rendered rows and the space around them always make the whole list.
    expect(result.before + (result.end - result.start) * 52 + result.after).toBe(
      options.count * 52,
    );
  });
});
