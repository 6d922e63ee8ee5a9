/** The languages the timeline speaks. */
export type Language = 'de' | 'en';

// German short months are written as German readers expect ("März", "Juni", "Sept."), not
// "Mrz" or "Jun". The timeline writes only four kinds of label (see `formatUtcDate`), so a
// table of month abbreviations is all the locale data it needs; a general date formatter
// would cost the embed widget several kilobytes for patterns it never uses.
const SHORT_MONTHS: Record<Language, readonly string[]> = {
  de: [
    'Jan.',
    'Feb.',
    'März',
    'Apr.',
    'Mai',
    'Juni',
    'Juli',
    'Aug.',
    'Sept.',
    'Okt.',
    'Nov.',
    'Dez.',
  ],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/** Which parts of a date a label shows. Parts that are left out are not written. */
export interface DateParts {
  day?: boolean;
  month?: boolean;
  year?: boolean;
}

/**
 * Writes the UTC day, short month and/or year of a date the way readers of `lang` write them
 * on an axis: German "24. Juni 2024", "Juni 2024", "24."; English "24 Jun 2024", "Jun 2024",
 * "24".
 *
 * @example
 * formatUtcDate(new Date('2024-06-24'), 'de', { day: true, month: true }) // '24. Juni'
 */
export function formatUtcDate(date: Date, lang: Language, parts: DateParts): string {
  const words: string[] = [];
  if (parts.day) words.push(lang === 'de' ? `${date.getUTCDate()}.` : `${date.getUTCDate()}`);
  if (parts.month) words.push(SHORT_MONTHS[lang][date.getUTCMonth()]!);
  if (parts.year) words.push(String(date.getUTCFullYear()));
  return words.join(' ');
}
