/**
 * Events as a TimelineJS 3 document (https://timeline.knightlab.com/docs/json-format.html),
 * which TimelineJS loads as it is: `new TL.Timeline('timeline', document)`.
 *
 * One slide per event, in one language: its id as `unique_id`; its dates to the precision the
 * data has (a month-precision date has no day), with `display_date` written the way Chronik
 * writes dates ("2. Quartal 2024", "ca. 2022"), since TimelineJS knows no quarters, seasons or
 * approximate dates; its first category's label as `group` (TimelineJS draws one row per
 * group); the summary, the notes, the sources and a link to the event's page as the slide's
 * HTML. Sources go into the text rather than `media.credit`, which TimelineJS shows only
 * under a media item that it would load from the source's site. A title slide names the
 * dataset and its licence.
 *
 * @module
 */
import type { Dataset } from './dataset.js';
import { createCategoryLabel, type CategoryLabels } from './category-labels.js';
import { formatEventDate } from './format-date.js';
import { renderMarkdown } from './markdown.js';
import { escapeHtml } from './html.js';
import type { ChronikEvent } from './schema.js';
import type { Language } from './vocabulary.js';

/** A date as TimelineJS reads it: numbers, down to the day the data knows. */
interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
  display_date?: string;
}

/** A TimelineJS 3 document. */
export interface TimelineJsDocument {
  title: { text: { headline: string; text: string } };
  events: {
    unique_id: string;
    start_date: TimelineJsDate;
    end_date?: TimelineJsDate;
    display_date: string;
    text: { headline: string; text: string };
    group: string;
  }[];
}

/**
 * The words of a slide's text that are not the event's: the labels before its notes and its
 * sources, and the link to its page. The TimelineJS import reads them back to tell the parts
 * apart (`timelinejs-import.ts`).
 */
export const TIMELINEJS_WORDS = {
  de: { sources: 'Quellen', note: 'Hinweis', more: 'Mehr in der Chronik', licence: 'Lizenz' },
  en: { sources: 'Sources', note: 'Note', more: 'More in Chronik', licence: 'Licence' },
} as const;

function toDate(value: string): TimelineJsDate {
  const [year, month, day] = value.split('-').map(Number);
  return {
    year: year!,
    ...(month === undefined ? {} : { month }),
    ...(day === undefined ? {} : { day }),
  };
}

/**
 * Writes events as a TimelineJS 3 document (see the module's notes), to be serialised with
 * `JSON.stringify`.
 *
 * @param options.siteUrl - the address of the site's root, absolute, without a trailing slash
 */
export function toTimelineJs(options: {
  info: Dataset['info'];
  events: readonly ChronikEvent[];
  categories: CategoryLabels;
  lang: Language;
  siteUrl: string;
}): TimelineJsDocument {
  const { info, lang } = options;
  const words = TIMELINEJS_WORDS[lang];
  const label = createCategoryLabel(options.categories, lang);
  return {
    title: {
      text: {
        headline: escapeHtml(info.title[lang]),
        text: `<p>${escapeHtml(info.description[lang])}</p><p>${words.licence}: <a href="${escapeHtml(info.license.url)}">${escapeHtml(info.license.name)}</a></p>`,
      },
    },
    events: options.events.map((event) => {
      const date = formatEventDate(event.date, { lang });
      const url = `${options.siteUrl}/${lang}/events/${event.id}/`;
      const sources = event.sources
        .map(
          (s) =>
            `<li><a href="${escapeHtml(s.url)}">${escapeHtml(s.title)}</a>, ${escapeHtml(s.publisher)}</li>`,
        )
        .join('');
      return {
        unique_id: event.id,
        start_date: { ...toDate(event.date.start), display_date: date },
        ...(event.date.end ? { end_date: toDate(event.date.end) } : {}),
        display_date: date,
        text: {
          headline: escapeHtml(event.title[lang]),
          text: [
            renderMarkdown(event.summary[lang]),
            event.notes ? `<p><em>${words.note}:</em></p>${renderMarkdown(event.notes[lang])}` : '',
            `<p>${words.sources}:</p><ul>${sources}</ul>`,
            `<p><a href="${escapeHtml(url)}">${words.more}</a></p>`,
          ].join(''),
        },
        group: label(event.categories[0]!),
      };
    }),
  };
}
