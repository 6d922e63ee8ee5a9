import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { event } from './__fixtures__/events.js';
import type { Precision } from './partial-date.js';
import { compareEvents, sortEvents } from './sort.js';

const at = (id: string, start: string, precision: Precision, end?: string) =>
  event({ id, date: end ? { start, precision, end } : { start, precision } });

describe('sortEvents', () => {
  it('orders mixed precisions: earlier start first, then the longer period, then id', () => {
    const events = [
      at('day-2024-06-27', '2024-06-27', 'day'),
      at('day-2024-06-01', '2024-06-01', 'day'),
      at('month-2024-06', '2024-06', 'month'),
      at('season-summer-2024', '2024-06', 'season'),
      at('quarter-q2-2024', '2024-04', 'quarter'),
      at('month-2024-04', '2024-04', 'month'),
      at('year-2024', '2024', 'year'),
      at('b-same-day', '2024-06-27', 'day'),
      at('a-same-day', '2024-06-27', 'day'),
      at('span-june', '2024-06-01', 'day', '2024-06-30'),
      at('year-2023', '2023', 'year'),
    ];
    expect(sortEvents(events).map((e) => e.id)).toEqual([
      'year-2023',
      'year-2024',
      'quarter-q2-2024',
      'month-2024-04',
      'season-summer-2024',
      'month-2024-06',
      'span-june',
      'day-2024-06-01',
      'a-same-day',
      'b-same-day',
      'day-2024-06-27',
    ]);
  });

  it('does not change its input', () => {
    const events = [at('b', '2024', 'year'), at('a', '2023', 'year')];
    sortEvents(events);
    expect(events.map((e) => e.id)).toEqual(['b', 'a']);
  });

  it('gives the same order for any input order (property)', () => {
    const precisions: [Precision, (y: number, m: number, d: number) => string][] = [
      ['day', (y, m, d) => `${y}-${pad(m)}-${pad(d)}`],
      ['month', (y, m) => `${y}-${pad(m)}`],
      ['quarter', (y, m) => `${y}-${pad(1 + 3 * ((m - 1) % 4))}`],
      ['season', (y, m) => `${y}-${pad(3 * (1 + ((m - 1) % 4)))}`],
      ['year', (y) => `${y}`],
    ];
    const arbitraryEvent = fc
      .record({
        id: fc.stringMatching(/^[a-z]{1,6}$/),
        year: fc.integer({ min: 2020, max: 2026 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 28 }),
        kind: fc.integer({ min: 0, max: 4 }),
      })
      .map(({ id, year, month, day, kind }) => {
        const [precision, write] = precisions[kind]!;
        return at(id, write(year, month, day), precision);
      });
    fc.assert(
      fc.property(
        fc.uniqueArray(arbitraryEvent, { selector: (e) => e.id, maxLength: 30 }),
        (events) => {
          const once = sortEvents(events).map((e) => e.id);
          const reversed = sortEvents([...events].reverse()).map((e) => e.id);
          expect(reversed).toEqual(once);
          const sorted = sortEvents(events);
          for (let i = 1; i < sorted.length; i++) {
            expect(compareEvents(sorted[i - 1]!, sorted[i]!)).toBeLessThan(0);
          }
        },
      ),
    );
  });
});

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
