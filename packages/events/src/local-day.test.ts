import { describe, expect, it } from 'vitest';
import { toLocalDay } from './local-day.js';

describe('toLocalDay', () => {
  it('is the day on the local clock, not in UTC', () => {
    // The tests run at UTC+14 (TZ=Pacific/Kiritimati, package.json): 23:30 local is 09:30 UTC
    // the same day, 00:30 local the day before in UTC.
    expect(toLocalDay(new Date(2026, 11, 3, 23, 30))).toBe('2026-12-03');
    expect(toLocalDay(new Date(2026, 0, 1, 0, 30))).toBe('2026-01-01');
    expect(new Date(2026, 0, 1, 0, 30).toISOString().slice(0, 10)).toBe('2025-12-31');
  });
});
