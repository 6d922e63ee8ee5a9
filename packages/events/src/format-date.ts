import { format, type Locale } from 'date-fns';
import { de } from 'date-fns/locale/de';
import { enUS } from 'date-fns/locale/en-US';
import { getImpliedPrecision, toPartialDateParts, type Precision } from './partial-date.js';
import type { EventDate } from './schema.js';
import type { Language } from './vocabulary.js';

const LOCALES: Record<Language, Locale> = { de, en: enUS };

const SEASONS: Record<Language, Record<number, string>> = {
  de: { 3: 'Frühjahr', 6: 'Sommer', 9: 'Herbst', 12: 'Winter' },
  en: { 3: 'spring', 6: 'summer', 9: 'autumn', 12: 'winter' },
};

const APPROXIMATE: Record<Language, string> = { de: 'ca.', en: 'approx.' };

/**
 * The calendar day of a partial date as a *local* `Date`, for date-fns, which formats in the
 * local time zone. Building it from the parts (rather than from a UTC instant) keeps
 * "27 June" on 27 June in every time zone.
 */
function toLocalDate(year: number, month = 1, day = 1): Date {
  const date = new Date(2000, month - 1, day);
  date.setFullYear(year);
  return date;
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
  const locale = LOCALES[lang];
  const date = toLocalDate(year, month, day);
  switch (precision) {
    case 'day':
      return format(date, lang === 'de' ? 'd. MMMM yyyy' : 'd MMMM yyyy', { locale });
    case 'month':
      return format(date, 'MMMM yyyy', { locale });
    case 'quarter':
      return lang === 'de'
        ? format(date, "Qo 'Quartal' yyyy", { locale })
        : format(date, 'QQQ yyyy', { locale });
    case 'season': {
      const name = SEASONS[lang][month] ?? format(date, 'MMMM', { locale });
      // Winter runs from December into the next year: "Winter 2024/25".
      const years =
        month === 12 ? `${year}/${String((year + 1) % 100).padStart(2, '0')}` : `${year}`;
      return `${name} ${years}`;
    }
    case 'year':
      return format(date, 'yyyy', { locale });
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
  const locale = LOCALES[lang];
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
      const first = toLocalDate(a.year, a.month);
      const last = toLocalDate(b.year, b.month);
      const months =
        b.month === a.month
          ? format(first, 'MMMM', { locale })
          : `${format(first, 'MMMM', { locale })}–${format(last, 'MMMM', { locale })}`;
      return `${formatSingle(date, lang)} (${months})`;
    }
    if (date.precision === 'day' && endPrecision === 'day') {
      const first = toLocalDate(a.year, a.month, a.day);
      const last = toLocalDate(b.year, b.month, b.day);
      if (a.month === b.month) {
        // "11.–14. Juli 2023" / "11–14 July 2023"
        return lang === 'de'
          ? `${format(first, 'd.', { locale })}–${format(last, 'd. MMMM yyyy', { locale })}`
          : `${format(first, 'd', { locale })}–${format(last, 'd MMMM yyyy', { locale })}`;
      }
      // "30. Juni – 2. Juli 2023" / "30 June – 2 July 2023"
      return lang === 'de'
        ? `${format(first, 'd. MMMM', { locale })} – ${format(last, 'd. MMMM yyyy', { locale })}`
        : `${format(first, 'd MMMM', { locale })} – ${format(last, 'd MMMM yyyy', { locale })}`;
    }
    if (endPrecision === 'month' && date.precision === 'month') {
      // "März–April 2024" / "March–April 2024"
      const first = toLocalDate(a.year, a.month);
      const last = toLocalDate(b.year, b.month);
      return `${format(first, 'MMMM', { locale })}–${format(last, 'MMMM yyyy', { locale })}`;
    }
  }
  const from = formatSingle(date, lang);
  const to = formatPartialDate({ value: endValue, precision: endPrecision, lang });
  return `${from} – ${to}`;
}
