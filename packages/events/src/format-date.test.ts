import { afterEach, describe, expect, it } from 'vitest';
import { formatEventDate, formatPartialDate } from './format-date.js';
import type { Precision } from './partial-date.js';
import type { EventDate } from './schema.js';

describe('formatPartialDate', () => {
  it.each<[string, Precision, string, string]>([
    ['2023-07-11', 'day', '11. Juli 2023', '11 July 2023'],
    ['2024-03-01', 'day', '1. März 2024', '1 March 2024'],
    ['2023-07', 'month', 'Juli 2023', 'July 2023'],
    ['2024-04', 'quarter', '2. Quartal 2024', 'Q2 2024'],
    ['2024-10', 'quarter', '4. Quartal 2024', 'Q4 2024'],
    ['2024-03', 'season', 'Frühjahr 2024', 'spring 2024'],
    ['2024-06', 'season', 'Sommer 2024', 'summer 2024'],
    ['2024-09', 'season', 'Herbst 2024', 'autumn 2024'],
    ['2024-12', 'season', 'Winter 2024/25', 'winter 2024/25'],
    ['2099-12', 'season', 'Winter 2099/00', 'winter 2099/00'],
    ['2022', 'year', '2022', '2022'],
  ])('%s at %s precision: %s / %s', (value, precision, de, en) => {
    expect(formatPartialDate({ value, precision, lang: 'de' })).toBe(de);
    expect(formatPartialDate({ value, precision, lang: 'en' })).toBe(en);
  });

  it('throws on a date that does not exist', () => {
    expect(() => formatPartialDate({ value: '2023-02-30', precision: 'day', lang: 'de' })).toThrow(
      /formatPartialDate: "2023-02-30" does not exist/,
    );
  });
});

describe('formatEventDate', () => {
  it.each<[EventDate, string, string]>([
    [{ start: '2022', precision: 'year', approximate: true }, 'ca. 2022', 'approx. 2022'],
    [
      { start: '2024-03', precision: 'month', approximate: true },
      'ca. März 2024',
      'approx. March 2024',
    ],
    [
      { start: '2024-03-04', precision: 'day', end: '2024-03-08' },
      '4.–8. März 2024',
      '4–8 March 2024',
    ],
    [
      { start: '2024-06-30', precision: 'day', end: '2024-07-02' },
      '30. Juni – 2. Juli 2024',
      '30 June – 2 July 2024',
    ],
    [
      { start: '2024-12-30', precision: 'day', end: '2025-01-02' },
      '30. Dezember 2024 – 2. Januar 2025',
      '30 December 2024 – 2 January 2025',
    ],
    [
      { start: '2024-03', precision: 'month', end: '2024-04' },
      'März–April 2024',
      'March–April 2024',
    ],
    [
      { start: '2024-03', precision: 'season', end: '2024-04' },
      'Frühjahr 2024 (März–April)',
      'spring 2024 (March–April)',
    ],
    [
      { start: '2024-04', precision: 'quarter', end: '2024-04' },
      '2. Quartal 2024 (April)',
      'Q2 2024 (April)',
    ],
    [
      { start: '2024-03', precision: 'season', end: '2024-07' },
      'Frühjahr 2024 – Juli 2024',
      'spring 2024 – July 2024',
    ],
    [{ start: '2021', precision: 'year', end: '2024' }, '2021 – 2024', '2021 – 2024'],
  ])('%j: %s / %s', (date, de, en) => {
    expect(formatEventDate(date, { lang: 'de' })).toBe(de);
    expect(formatEventDate(date, { lang: 'en' })).toBe(en);
  });

  describe('in any time zone', () => {
    const original = process.env.TZ;
    afterEach(() => {
      process.env.TZ = original;
    });

    it.each(['America/Los_Angeles', 'UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'])(
      'keeps the calendar day in %s',
      (zone) => {
        process.env.TZ = zone;
        expect(formatEventDate({ start: '2024-01-01', precision: 'day' }, { lang: 'en' })).toBe(
          '1 January 2024',
        );
        expect(formatEventDate({ start: '2024-06', precision: 'month' }, { lang: 'de' })).toBe(
          'Juni 2024',
        );
      },
    );
  });
});
