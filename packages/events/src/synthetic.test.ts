import { describe, expect, it } from 'vitest';
import { parseDataset } from './dataset.js';
import { PRECISIONS } from './partial-date.js';
import { createSyntheticDataset } from './synthetic.js';

describe('createSyntheticDataset', { timeout: 30_000 }, () => {
  const files = createSyntheticDataset({ count: 600, seed: 3 });
  const result = parseDataset({ files, now: new Date('2026-12-01T00:00:00Z') });

  it('writes a dataset that passes every check', () => {
    expect(result.problems).toEqual([]);
    expect(result.dataset?.events).toHaveLength(600);
  });

  it('uses every precision and category, ranges, approximate and unconfirmed dates, links and notes', () => {
    const events = result.dataset?.events ?? [];
    expect(new Set(events.map((e) => e.date.precision))).toEqual(new Set(PRECISIONS));
    expect(new Set(events.flatMap((e) => e.categories)).size).toBe(6);
    expect(events.some((e) => e.date.end !== undefined)).toBe(true);
    expect(events.some((e) => e.date.approximate)).toBe(true);
    expect(events.some((e) => !e.verified)).toBe(true);
    expect(events.some((e) => e.related.length > 0)).toBe(true);
    expect(events.some((e) => e.notes !== undefined)).toBe(true);
    const years = events.map((e) => Number(e.date.start.slice(0, 4)));
    // 2011 to 2025; a winter that begins in January 2011 is dated December 2010.
    expect(Math.min(...years)).toBeGreaterThanOrEqual(2010);
    expect(Math.min(...years)).toBeLessThanOrEqual(2011);
    expect(Math.max(...years)).toBe(2025);
  });

  it('gives the same bytes for the same seed and others for another', () => {
    expect(createSyntheticDataset({ count: 600, seed: 3 })).toEqual(files);
    expect(createSyntheticDataset({ count: 600, seed: 4 })).not.toEqual(files);
  });

  it('refuses a count that is not a whole number', () => {
    expect(() => createSyntheticDataset({ count: 1.5 })).toThrow(/count is 1.5/);
  });
});
