/**
 * Events as an iCalendar file (RFC 5545), to subscribe to a dataset, a category or a
 * storyline in a calendar app, in one language.
 *
 * Every event is an all-day event (the data has days, not hours), free time
 * (`TRANSP:TRANSPARENT`), and covers the whole time its date stands for:
 *
 * - a day is that day; a span (`end`) runs to the end of its last day, month or year;
 * - a month, quarter, season or year covers all of it, from its first day to its last
 *   (the data does not say which day in it), and the description says so first;
 * - scheduled events are included like the others, and say that they are scheduled;
 *   unconfirmed ones are `STATUS:TENTATIVE`.
 *
 * `UID` is `<event id>.<language>@<host of the site>`, so a calendar app recognises an event
 * again after a correction; `LAST-MODIFIED` (and `DTSTAMP`) is the date of the event's latest
 * change-log entry, or the dataset's latest change when the event has none: no clock is read.
 *
 * Written here rather than with a library: of the two kept ones, `ical-generator` needs
 * Node 22, and `ics` folds long lines in quadratic time (22 s for 10,000 events) and by
 * characters where RFC 5545 counts octets. What is written is small: text escaped (3.3.11),
 * lines folded at 75 octets (3.1), CRLF; the tests read every file back with ical.js.
 *
 * @module
 */
import { getEventPeriod } from './event-period.js';
import { createCategoryLabel, type CategoryLabels } from './category-labels.js';
import { formatEventDate } from './format-date.js';
import { getEventChangeDates, getLatestChange } from './latest-change.js';
import type { ChronikEvent, DatasetInfo } from './schema.js';
import type { Language } from './vocabulary.js';

/** What a calendar holds and where its events live. */
export interface CalendarOptions {
  /** The dataset's description, licence and change log. */
  info: DatasetInfo;
  /** The events (all of a dataset, or a category's or storyline's). */
  events: readonly ChronikEvent[];
  /** The labels of the categories for the events' `CATEGORIES`. */
  categories: CategoryLabels;
  lang: Language;
  /** The calendar's name, e.g. the dataset's title or "Chronik – Security". */
  name: string;
  /** The address of the site's root, absolute, without a trailing slash. */
  siteUrl: string;
}

const WORDS = {
  de: {
    whole: {
      month: 'Nur der Monat ist bekannt; der Kalender zeigt den ganzen Monat.',
      quarter: 'Nur das Quartal ist bekannt; der Kalender zeigt das ganze Quartal.',
      season: 'Nur die Jahreszeit ist bekannt; der Kalender zeigt die ganze Jahreszeit.',
      year: 'Nur das Jahr ist bekannt; der Kalender zeigt das ganze Jahr.',
    },
    scheduled: 'Geplant.',
    unverified: 'Nicht bestätigt.',
    note: 'Hinweis',
    sources: 'Quellen',
    more: 'Mehr',
  },
  en: {
    whole: {
      month: 'Only the month is known; the calendar shows the whole month.',
      quarter: 'Only the quarter is known; the calendar shows the whole quarter.',
      season: 'Only the season is known; the calendar shows the whole season.',
      year: 'Only the year is known; the calendar shows the whole year.',
    },
    scheduled: 'Scheduled.',
    unverified: 'Unconfirmed.',
    note: 'Note',
    sources: 'Sources',
    more: 'More',
  },
} as const;

/** Text as a TEXT value (RFC 5545, 3.3.11): `\\`, `;`, `,` and line breaks escaped. */
function escapeText(text: string): string {
  return (
    text
      // A lone carriage return would end the line for some readers: it is a line break too.
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex -- control characters are what is removed
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\n/g, '\\n')
  );
}

/** A day as a DATE value, `YYYYMMDD`. */
function toDate(instant: Date): string {
  return instant.toISOString().slice(0, 10).replace(/-/g, '');
}

/** An instant as a DATE-TIME value in UTC, `YYYYMMDDTHHMMSSZ`. */
function toDateTime(instant: Date): string {
  return `${instant.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/**
 * Writes an iCalendar file of events (see the module's notes on dates and identities).
 *
 * @example
 * toICalendar({ ...options, lang: 'en', name: 'Chronik' }).split('\r\n')[0] // 'BEGIN:VCALENDAR'
 */
export function toICalendar(options: CalendarOptions): string {
  const { lang } = options;
  const words = WORDS[lang];
  const label = createCategoryLabel(options.categories, lang);
  const host = new URL(options.siteUrl).host;
  const fallback = getLatestChange({ info: options.info, events: [] }) ?? '1970-01-01';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Chronik//Chronik//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
  ];
  for (const event of options.events) {
    const period = getEventPeriod(event.date);
    const { latest } = getEventChangeDates(event, fallback);
    const modified = toDateTime(new Date(`${latest}T00:00:00Z`));
    const url = `${options.siteUrl}/${lang}/events/${event.id}/`;
    const description = [
      [
        `${formatEventDate(event.date, { lang })}.`,
        event.date.precision === 'day' ? '' : words.whole[event.date.precision],
        event.status === 'scheduled' ? words.scheduled : '',
        event.verified ? '' : words.unverified,
      ]
        .filter(Boolean)
        .join(' '),
      event.summary[lang],
      event.notes ? `${words.note}: ${event.notes[lang]}` : '',
      `${words.sources}:\n${event.sources.map((s) => `${s.publisher}: ${s.title} ${s.url}`).join('\n')}`,
      `${words.more}: ${url}`,
    ]
      .filter(Boolean)
      .join('\n\n');
    const categories = event.categories.map((id) => escapeText(label(id)));
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(`${event.id}.${lang}@${host}`)}`,
      `DTSTAMP:${modified}`,
      `LAST-MODIFIED:${modified}`,
      `DTSTART;VALUE=DATE:${toDate(period.start)}`,
      `DTEND;VALUE=DATE:${toDate(period.end)}`,
      `SUMMARY:${escapeText(event.title[lang])}`,
      `DESCRIPTION:${escapeText(description)}`,
      // A URI value, not TEXT: only its control characters could break the line, and an
      // http(s) address (checked by the schema) has none.
      `URL;VALUE=URI:${url}`,
      `CATEGORIES:${categories.join(',')}`,
      'TRANSP:TRANSPARENT',
      ...(event.verified ? [] : ['STATUS:TENTATIVE']),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/**
 * Folds a line at 75 octets (RFC 5545, 3.1), never inside a character: the first part holds
 * 75 octets, each further one a space and 74.
 */
function fold(line: string): string {
  // Most lines are short: ASCII of 75 characters or fewer needs no work.
  if (line.length <= 75 && !/[\u0080-\uffff]/.test(line)) return line;
  const parts: string[] = [];
  let start = 0;
  let octets = 0;
  let limit = 75;
  for (let i = 0; i < line.length;) {
    const point = line.codePointAt(i)!;
    const units = point > 0xffff ? 2 : 1;
    const size = point < 0x80 ? 1 : point < 0x800 ? 2 : point < 0x10000 ? 3 : 4;
    if (octets + size > limit) {
      parts.push(line.slice(start, i));
      start = i;
      octets = 0;
      limit = 74;
    }
    octets += size;
    i += units;
  }
  parts.push(line.slice(start));
  return parts.join('\r\n ');
}
