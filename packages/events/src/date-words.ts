import type { Language } from './vocabulary.js';

/**
 * The words dates are written with: month names, and how quarters read. The date-fns locales
 * have them too (a test holds these to date-fns's words), but they come with parsers and
 * relative-time phrases that nothing here uses, which would cost the embed widget about 3.7 KB
 * gzip of its 45 KB budget for 24 words.
 */
export const MONTH_NAMES: Record<Language, readonly string[]> = {
  de: [
    'Januar',
    'Februar',
    'März',
    'April',
    'Mai',
    'Juni',
    'Juli',
    'August',
    'September',
    'Oktober',
    'November',
    'Dezember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** A quarter as readers write it: "2. Quartal 2024", "Q2 2024". */
export function quarterName(quarter: 1 | 2 | 3 | 4, year: number, lang: Language): string {
  return lang === 'de' ? `${quarter}. Quartal ${year}` : `Q${quarter} ${year}`;
}
