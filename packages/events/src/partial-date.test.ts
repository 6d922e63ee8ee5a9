import { describe, expect, it } from 'vitest';
import {
  getImpliedPrecision,
  getPeriod,
  toDayRange,
  toIsoDay,
  toLastDay,
  toPartialDateParts,
  type Precision,
} from './partial-date.js';

describe('toPartialDateParts', () => {
  it.each([
    ['2024', { year: 2024, form: 'year' }],
    ['2024-06', { year: 2024, month: 6, form: 'month' }],
    ['2024-02-29', { year: 2024, month: 2, day: 29, form: 'day' }],
  ])('reads %s', (value, parts) => {
    expect(toPartialDateParts(value)).toEqual({ ok: true, parts });
  });

  it.each([
    ['2023-13-01', 'month 13, which does not exist', 'use a month from 01 to 12'],
    ['2023-02-30', 'February 2023 has days 01 to 28', 'use a day from 01 to 28'],
    ['2023-04-31', 'April 2023 has days 01 to 30', 'use a day from 01 to 30'],
    ['23-07-11', 'not a date in the form YYYY, YYYY-MM or YYYY-MM-DD', 'four-digit year'],
    ['2023-7-11', 'not a date in the form', 'two-digit month'],
    ['0999', 'before 1000', 'four-digit year'],
    ['11.07.2023', 'not a date in the form', 'e.g. 2023-07-11'],
  ])('rejects %s and says why', (value, message, fix) => {
    const result = toPartialDateParts(value);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain(message);
      expect(result.fix).toContain(fix);
    }
  });
});

describe('getPeriod', () => {
  it.each<[string, Precision, string, string]>([
    ['2024-06-27', 'day', '2024-06-27', '2024-06-28'],
    ['2024-12-31', 'day', '2024-12-31', '2025-01-01'],
    ['2024-02', 'month', '2024-02-01', '2024-03-01'],
    ['2024-04', 'quarter', '2024-04-01', '2024-07-01'],
    ['2024-03', 'season', '2024-03-01', '2024-06-01'],
    ['2024-12', 'season', '2024-12-01', '2025-03-01'],
    ['2022', 'year', '2022-01-01', '2023-01-01'],
  ])('%s at %s precision covers [%s, %s)', (value, precision, start, end) => {
    const period = getPeriod(value, precision);
    expect([toIsoDay(period.start), toIsoDay(period.end)]).toEqual([start, end]);
    expect(period.start.getUTCHours()).toBe(0);
  });

  it('throws a TypeError naming the bad value', () => {
    expect(() => getPeriod('2023-02-30', 'day')).toThrow(/getPeriod: "2023-02-30" does not exist/);
  });
});

describe('toLastDay and toDayRange', () => {
  it.each<[string, string, string]>([
    ['2024-06-27', '2024-06-27', '2024-06-27'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2023-02', '2023-02-01', '2023-02-28'],
    ['2024', '2024-01-01', '2024-12-31'],
  ])('%s covers the days %s to %s', (value, first, last) => {
    expect(toDayRange(value)).toEqual([first, last]);
    expect(toLastDay(getPeriod(value, getImpliedPrecision(value)))).toBe(last);
  });

  it('throws for a date that does not exist', () => {
    expect(() => toDayRange('2023-02-30')).toThrow(TypeError);
  });
});

describe('days in a month, as Date counts them', () => {
  it('agrees with Date for every month of four centuries', () => {
    const wrong: string[] = [];
    for (let year = 1600; year < 2400; year++) {
      for (let month = 1; month <= 12; month++) {
        const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
        const day = String(last).padStart(2, '0');
        const date = `${year}-${String(month).padStart(2, '0')}`;
        if (
          !toPartialDateParts(`${date}-${day}`).ok ||
          toPartialDateParts(`${date}-${last + 1}`).ok
        )
          wrong.push(date);
      }
    }
    expect(wrong).toEqual([]);
  });
});
