import { MONTH_NAMES, quarterName } from './date-words.js';
import { getImpliedPrecision, toPartialDateParts, type Precision } from './partial-date.js';
import type { EventDate } from './schema.js';
import type { Language } from './vocabulary.js';

const SEASONS: Record<Language, Record<number, string>> = {
  de: { 3: 'Frühjahr', 6: 'Sommer', 9: 'Herbst', 12: 'Winter' },
  en: { 3: 'spring', 6: 'summer', 9: 'autumn', 12: 'winter' },
};

const APPROXIMATE: Record<Language, string> = { de: 'ca.', en: 'approx.' };

// Dates are written from their parts, so that no Date, and so no time zone, is involved at
// all: "27 June" stays 27 June everywhere.
function monthName(lang: Language, month: number): string {
  return MONTH_NAMES[lang][month - 1] ?? String(month);
}

function dayMonth(lang: Language, day: number, month: number): string {
  return lang === 'de' ? `${day}. ${monthName(lang, month)}` : `${day} ${monthName(lang, month)}`;
}

/**
 * Formats a partial date at a precision the way readers write it.
 *
 * | precision | de | en |
 * |---|---|---|
 * | day | 11. Juli 2023 | 11 July 2023 |
 * | month | Juli 2023 | July 2023 |
 * | quarter | 2. Quartal 2024 | Q2 2024 |
 * | season | Frühjahr 2024, Winter 2024/25 | spring 2024, winter 2024/25 |
 * | year | 2022 | 2022 |
 *
 * @throws TypeError when `value` is not a real partial date.
 */
export function formatPartialDate(options: {
  value: string;
  precision: Precision;
  lang: Language;
}): string {
  const { value, precision, lang } = options;
  const result = toPartialDateParts(value);
  if (!result.ok) throw new TypeError(`formatPartialDate: ${result.message} (${result.fix})`);
  const { year, month = 1, day = 1 } = result.parts;
  switch (precision) {
    case 'day':
      return `${dayMonth(lang, day, month)} ${year}`;
    case 'month':
      return `${monthName(lang, month)} ${year}`;
    case 'quarter': {
      const quarter = (Math.floor((month - 1) / 3) + 1) as 1 | 2 | 3 | 4;
      return quarterName(quarter, year, lang);
    }
    case 'season': {
      const name = SEASONS[lang][month] ?? monthName(lang, month);
      // Winter runs from December into the next year: "Winter 2024/25".
      const years =
        month === 12 ? `${year}/${String((year + 1) % 100).padStart(2, '0')}` : `${year}`;
      return `${name} ${years}`;
    }
    case 'year':
      return String(year);
  }
}

/**
 * Formats an event's date for readers, honouring its precision, its end and whether it is
 * approximate. Ranges inside one month or one year are shortened the way people write them.
 *
 * @example
 * formatEventDate({ start: '2023-07-11', precision: 'day' }, { lang: 'de' }) // '11. Juli 2023'
 * formatEventDate({ start: '2022', precision: 'year', approximate: true }, { lang: 'de' }) // 'ca. 2022'
 * formatEventDate({ start: '2024-03-04', end: '2024-03-08', precision: 'day' }, { lang: 'en' })
 * // '4–8 March 2024'
 */
export function formatEventDate(date: EventDate, options: { lang: Language }): string {
  const { lang } = options;
  const text =
    date.end === undefined ? formatSingle(date, lang) : formatRange(date, date.end, lang);
  return date.approximate ? `${APPROXIMATE[lang]} ${text}` : text;
}

function formatSingle(date: EventDate, lang: Language): string {
  return formatPartialDate({ value: date.start, precision: date.precision, lang });
}

function formatRange(date: EventDate, endValue: string, lang: Language): string {
  const endPrecision = getImpliedPrecision(endValue);
  const start = toPartialDateParts(date.start);
  const end = toPartialDateParts(endValue);
  if (start.ok && end.ok && start.parts.year === end.parts.year) {
    const a = start.parts;
    const b = end.parts;
    const coarse = date.precision === 'season' || date.precision === 'quarter';
    if (
      coarse &&
      endPrecision === 'month' &&
      b.month !== undefined &&
      a.month !== undefined &&
      b.month < a.month + 3
    ) {
      // An end inside a season or quarter narrows it: "Frühjahr 2024 (März–April)".
      const months =
        b.month === a.month
          ? monthName(lang, a.month)
          : `${monthName(lang, a.month)}–${monthName(lang, b.month)}`;
      return `${formatSingle(date, lang)} (${months})`;
    }
    if (
      date.precision === 'day' &&
      endPrecision === 'day' &&
      a.month &&
      b.month &&
      a.day &&
      b.day
    ) {
      if (a.month === b.month) {
        // "11.–14. Juli 2023" / "11–14 July 2023"
        const first = lang === 'de' ? `${a.day}.` : `${a.day}`;
        return `${first}–${dayMonth(lang, b.day, b.month)} ${b.year}`;
      }
      // "30. Juni – 2. Juli 2023" / "30 June – 2 July 2023"
      return `${dayMonth(lang, a.day, a.month)} – ${dayMonth(lang, b.day, b.month)} ${b.year}`;
    }
    if (endPrecision === 'month' && date.precision === 'month' && a.month && b.month) {
      // "März–April 2024" / "March–April 2024"
      return `${monthName(lang, a.month)}–${monthName(lang, b.month)} ${b.year}`;
    }
  }
  const from = formatSingle(date, lang);
  const to = formatPartialDate({ value: endValue, precision: endPrecision, lang });
  return `${from} – ${to}`;
}
