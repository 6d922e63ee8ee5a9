/**
 * Calendar steps in UTC for the axis: days, weeks from Monday, months and years, and every
 * n-th of them. They do what d3-time's `utcDay`, `utcMonday`, `utcMonth`, `utcYear` and
 * `.every(n)` do for the timeline (a test holds them to d3-time), without the top-level tick
 * tables of d3-time and d3-array that would cost the embed widget about 1.5 KB gzip.
 *
 * @module
 */

/** A calendar step. */
export interface TimeInterval {
  /** The start of the step an instant lies in (a new `Date`). */
  floor(date: Date): Date;
  /** The first step start at or after an instant (a new `Date`). */
  ceil(date: Date): Date;
  /** The starts of the steps from `start` (rounded up to a step) up to, not including, `stop`. */
  range(start: Date, stop: Date): Date[];
}

/** A step that can be taken n at a time. */
export interface CountableTimeInterval extends TimeInterval {
  /** Every n-th step: the steps whose number (year, month index) is a multiple of `n`. */
  every(n: number): TimeInterval;
}

function createInterval(
  floor: (date: Date) => void,
  offset: (date: Date, steps: number) => void,
  test: (date: Date) => boolean = () => true,
): TimeInterval {
  const floorTo = (value: Date) => {
    const date = new Date(value);
    floor(date);
    // Back to the nearest step that passes the test (every n-th), as d3-time's `filter` does.
    while (!test(date)) {
      date.setTime(date.getTime() - 1);
      floor(date);
    }
    return date;
  };
  const next = (date: Date) => {
    do offset(date, 1);
    while (!test(date));
  };
  const ceil = (value: Date) => {
    const date = floorTo(value);
    if (date < value) next(date);
    return date;
  };
  return {
    floor: floorTo,
    ceil,
    range(start, stop) {
      const dates: Date[] = [];
      const date = ceil(start);
      while (date < stop) {
        dates.push(new Date(date));
        next(date);
      }
      return dates;
    },
  };
}

function countable(
  floor: (date: Date) => void,
  offset: (date: Date, steps: number) => void,
  field: (date: Date) => number,
): CountableTimeInterval {
  return {
    ...createInterval(floor, offset),
    every: (n) => createInterval(floor, offset, (date) => field(date) % n === 0),
  };
}

const midnight = (date: Date) => date.setUTCHours(0, 0, 0, 0);

/** Calendar days. */
export const utcDay = createInterval(midnight, (date, steps) =>
  date.setUTCDate(date.getUTCDate() + steps),
);

/** Weeks, starting on Monday. */
export const utcMonday = createInterval(
  (date) => {
    date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
    midnight(date);
  },
  (date, steps) => date.setUTCDate(date.getUTCDate() + steps * 7),
);

/** Months. */
export const utcMonth = countable(
  (date) => {
    date.setUTCDate(1);
    midnight(date);
  },
  (date, steps) => date.setUTCMonth(date.getUTCMonth() + steps),
  (date) => date.getUTCMonth(),
);

/** Years. */
export const utcYear = countable(
  (date) => {
    date.setUTCMonth(0, 1);
    midnight(date);
  },
  (date, steps) => date.setUTCFullYear(date.getUTCFullYear() + steps),
  (date) => date.getUTCFullYear(),
);
