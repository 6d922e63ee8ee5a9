import { timeFormatLocale, type TimeLocaleDefinition } from 'd3-time-format';

/** The languages the timeline speaks. */
export type Language = 'de' | 'en';

// Defined here rather than imported from d3-time-format's JSON files: German short months
// are written as German readers expect ("März", "Juni", "Sept."), not "Mrz".
const DEFINITIONS: Record<Language, TimeLocaleDefinition> = {
  de: {
    dateTime: '%A, %e. %B %Y, %X',
    date: '%d.%m.%Y',
    time: '%H:%M:%S',
    periods: ['AM', 'PM'],
    days: ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'],
    shortDays: ['So', 'Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa'],
    months: [
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
    shortMonths: [
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
  },
  en: {
    dateTime: '%a %e %b %Y %X',
    date: '%d/%m/%Y',
    time: '%H:%M:%S',
    periods: ['AM', 'PM'],
    days: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    shortDays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
    months: [
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
    shortMonths: [
      'Jan',
      'Feb',
      'Mar',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'Oct',
      'Nov',
      'Dec',
    ],
  },
};

const locales = {
  de: timeFormatLocale(DEFINITIONS.de),
  en: timeFormatLocale(DEFINITIONS.en),
};
const cache = new Map<string, (date: Date) => string>();

/** A UTC date formatter for a language and a d3-time-format specifier, made once and reused. */
export function utcFormatter(lang: Language, specifier: string): (date: Date) => string {
  const key = `${lang} ${specifier}`;
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = locales[lang].utcFormat(specifier);
    cache.set(key, formatter);
  }
  return formatter;
}
