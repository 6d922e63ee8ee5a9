/**
 * Dates in the data: partial dates, full days, precisions, and an event's date with the
 * checks that bind its start to its precision and its end to its start.
 *
 * @module
 */
import { z } from 'zod';
import {
  PARTIAL_DATE_PATTERN,
  PRECISIONS,
  QUARTER_START_MONTHS,
  SEASON_START_MONTHS,
  getFormForPrecision,
  getPeriod,
  toPartialDateParts,
  type Precision,
} from '../partial-date.js';
import { noControlCharacters, rule, type IssueParams } from './rules.js';

/**
 * A calendar date written as `YYYY`, `YYYY-MM` or `YYYY-MM-DD` that exists (no 30 February).
 */
export const PartialDateSchema = z
  .string()
  .superRefine(noControlCharacters())
  .superRefine(
    rule((value) => {
      const result = toPartialDateParts(value);
      return result.ok ? undefined : result;
    }),
  )
  .meta({ pattern: PARTIAL_DATE_PATTERN, description: 'A date as YYYY, YYYY-MM or YYYY-MM-DD' });

/** A full calendar day, `YYYY-MM-DD`. */
export const IsoDaySchema = z
  .string()
  .superRefine(noControlCharacters())
  .superRefine(
    rule((value) => {
      const result = toPartialDateParts(value);
      if (!result.ok) return result;
      return result.parts.form === 'day'
        ? undefined
        : { message: `"${value}" is not a full day`, fix: 'write the day as YYYY-MM-DD' };
    }),
  )
  .meta({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'A calendar day as YYYY-MM-DD' });

/** How precisely an event's start is known. */
export const PrecisionSchema = z.enum(PRECISIONS).meta({
  description:
    'How precisely the start is known: `day` (YYYY-MM-DD), `month` (YYYY-MM), `quarter` (YYYY-MM, first month of the quarter), `season` (YYYY-MM, first month of a meteorological season: 03, 06, 09, 12) or `year` (YYYY).',
});

function precisionProblem(
  start: string,
  precision: Precision,
): (IssueParams & { message: string }) | undefined {
  const parts = toPartialDateParts(start);
  if (!parts.ok) return undefined; // reported on `start` itself
  const { form, year, month } = parts.parts;
  const expected = getFormForPrecision(precision);
  if (form !== expected) {
    const example = {
      year: `${year}`,
      month: `${year}-${String(month ?? 1).padStart(2, '0')}`,
      day: `${year}-${String(month ?? 1).padStart(2, '0')}-01`,
    }[expected];
    return {
      message: `precision "${precision}" needs a start written as ${expected === 'year' ? 'YYYY' : expected === 'month' ? 'YYYY-MM' : 'YYYY-MM-DD'}, but start is "${start}"`,
      fix: `write start as "${example}" or set precision: ${form}`,
    };
  }
  if (
    precision === 'quarter' &&
    !(QUARTER_START_MONTHS as readonly number[]).includes(month ?? 0)
  ) {
    return {
      message: `a quarter starts in January, April, July or October, but start is "${start}"`,
      fix: `use the quarter's first month (${QUARTER_START_MONTHS.map((m) => `${year}-${String(m).padStart(2, '0')}`).join(', ')}) or set precision: month`,
    };
  }
  if (precision === 'season' && !(SEASON_START_MONTHS as readonly number[]).includes(month ?? 0)) {
    return {
      message: `a season starts in March (spring), June (summer), September (autumn) or December (winter), but start is "${start}"`,
      fix: "use the season's first month, e.g. 2024-03 for spring 2024, or set precision: month",
    };
  }
  return undefined;
}

/** When an event happened, and how precisely that is known. */
export const EventDateSchema = z
  .strictObject({
    start: PartialDateSchema.meta({
      description: 'When the event started; its form must match `precision`.',
    }),
    precision: PrecisionSchema,
    end: PartialDateSchema.optional().meta({
      description:
        'For events that span time: when it ended (YYYY, YYYY-MM or YYYY-MM-DD, at the precision its form implies). Never before `start`.',
    }),
    approximate: z
      .boolean()
      .optional()
      .meta({ description: 'True when the date is only approximately known ("ca.").' }),
  })
  .superRefine((date, ctx) => {
    const problem = precisionProblem(date.start, date.precision);
    if (problem) {
      ctx.addIssue({
        code: 'custom',
        path: ['precision'],
        input: date.precision,
        message: problem.message,
        params: { fix: problem.fix } satisfies IssueParams,
      });
    }
    if (date.end === undefined || problem) return;
    const endParts = toPartialDateParts(date.end);
    if (!endParts.ok) return;
    const start = getPeriod(date.start, date.precision).start;
    const end = getPeriod(date.end, endParts.parts.form).end;
    if (end <= start) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        input: date.end,
        message: `end "${date.end}" is before start "${date.start}"`,
        params: { fix: 'swap start and end, or correct the end date' } satisfies IssueParams,
      });
    }
  })
  .meta({ description: 'When the event happened, and how precisely that is known.' });
