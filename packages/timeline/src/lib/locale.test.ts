import { describe, expect, it } from 'vitest';
import { formatUtcDate } from './locale.js';

describe('formatUtcDate', () => {
  const date = new Date('2024-09-03T00:00:00Z');

  it('writes German axis labels with German abbreviations', () => {
    expect(formatUtcDate(date, 'de', { day: true, month: true, year: true })).toBe('3. Sept. 2024');
    expect(formatUtcDate(date, 'de', { month: true, year: true })).toBe('Sept. 2024');
    expect(formatUtcDate(date, 'de', { day: true })).toBe('3.');
    expect(formatUtcDate(new Date('2024-03-01'), 'de', { month: true })).toBe('März');
  });

  it('writes English axis labels day-first', () => {
    expect(formatUtcDate(date, 'en', { day: true, month: true, year: true })).toBe('3 Sep 2024');
    expect(formatUtcDate(date, 'en', { day: true, month: true })).toBe('3 Sep');
    expect(formatUtcDate(date, 'en', { year: true })).toBe('2024');
  });

  it('reads the UTC calendar day whatever the local time zone', () => {
    // 23:30 UTC on 31 December is already 1 January in Kiritimati, where the tests run.
    expect(formatUtcDate(new Date('2023-12-31T23:30:00Z'), 'en', { day: true, month: true })).toBe(
      '31 Dec',
    );
  });
});
