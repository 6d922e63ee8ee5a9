/**
 * Events as news feeds, to follow a dataset, a category or a storyline in a feed reader:
 * Atom 1.0 (written with `feed`) and JSON Feed 1.1, in one language each.
 *
 * An entry is an event: its id and link are the event's page, its `updated` the date of its
 * latest correction (its change log's newest entry), its `published` the first entry of
 * that log, so that a corrected event comes back to readers as updated. Entries are newest
 * first by that date, then by the event's own date, and a feed holds the newest
 * {@link FEED_LIMIT} (a feed reader keeps what it has read; the calendar and the data files
 * hold every event). Without a change log, an event is dated by the dataset's latest change.
 * No clock is read: the same data gives the same feed.
 *
 * @module
 */
import { Feed } from 'feed';
import { getEvidence } from './evidence.js';
import { createCategoryLabel, type CategoryLabels } from './category-labels.js';
import { formatEventDate } from './format-date.js';
import { escapeHtml } from './html.js';
import { getEventChangeDates, getLatestChange } from './latest-change.js';
import { renderMarkdown } from './markdown.js';
import type { ChronikEvent, DatasetInfo } from './schema.js';
import type { Language } from './vocabulary.js';

/** How many entries a feed holds at most, unless told otherwise: the newest. */
export const FEED_LIMIT = 100;

/** What a feed is of, and where it and its events live. */
export interface FeedOptions {
  /** The dataset's description, licence and change log. */
  info: DatasetInfo;
  /** The events the feed holds (all of a dataset, or a category's or storyline's). */
  events: readonly ChronikEvent[];
  /** The labels of the categories for the entries' categories. */
  categories: CategoryLabels;
  lang: Language;
  /** The feed's title, e.g. the dataset's title or "Chronik – Security". */
  title: string;
  /** The address of the site's root, absolute, without a trailing slash. */
  siteUrl: string;
  /** The feed's own address (absolute). */
  feedUrl: string;
  /** The page that shows the same events (absolute): the explorer with the filter. */
  pageUrl: string;
  /** The most entries to hold (the newest). @default FEED_LIMIT */
  limit?: number;
}

/** A JSON Feed 1.1 document (https://www.jsonfeed.org/version/1.1/). */
export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  language: Language;
  authors: { name: string }[];
  items: {
    id: string;
    url: string;
    title: string;
    content_html: string;
    summary: string;
    date_published: string;
    date_modified: string;
    tags: string[];
    language: Language;
  }[];
}

const WORDS = {
  de: {
    sources: 'Quellen',
    evidence: { primary: 'Primärquelle', multiple: 'mehrere Quellen', single: 'eine Quelle' },
    note: 'Hinweis',
    unverified: 'Nicht bestätigt',
    scheduled: 'Geplant',
  },
  en: {
    sources: 'Sources',
    evidence: { primary: 'primary source', multiple: 'several sources', single: 'one source' },
    note: 'Note',
    unverified: 'Unconfirmed',
    scheduled: 'Scheduled',
  },
} as const;

/** One entry's dates, text and links, shared by both formats. */
interface Entry {
  event: ChronikEvent;
  url: string;
  updated: string;
  published: string;
  date: string;
  html: string;
  tags: string[];
}

function toEntries(options: FeedOptions): Entry[] {
  const { lang, siteUrl } = options;
  const fallback = getLatestChange({ info: options.info, events: options.events }) ?? '1970-01-01';
  const words = WORDS[lang];
  const label = createCategoryLabel(options.categories, lang);
  const dated = options.events.map((event) => {
    const { first, latest } = getEventChangeDates(event, fallback);
    return { event, updated: latest, published: first };
  });
  // Newest first: the latest correction, then the event's own date, then the id.
  dated.sort(
    (a, b) =>
      compare(b.updated, a.updated) ||
      compare(b.event.date.start, a.event.date.start) ||
      compare(a.event.id, b.event.id),
  );
  return dated.slice(0, options.limit ?? FEED_LIMIT).map(({ event, updated, published }): Entry => {
    const date = formatEventDate(event.date, { lang });
    const flags = [
      ...(event.status === 'scheduled' ? [words.scheduled] : []),
      ...(event.verified ? [] : [words.unverified]),
    ];
    const sources = event.sources
      .map(
        (s) =>
          `<li><a href="${escapeHtml(s.url)}">${escapeHtml(s.title)}</a>, ${escapeHtml(s.publisher)}</li>`,
      )
      .join('');
    const html = [
      `<p><strong>${escapeHtml(date)}</strong>${flags.length ? ` (${flags.join(', ')})` : ''}</p>`,
      renderMarkdown(event.summary[lang]),
      event.notes ? `<p><em>${words.note}:</em></p>${renderMarkdown(event.notes[lang])}` : '',
      `<p>${words.sources} (${words.evidence[getEvidence(event)]}):</p><ul>${sources}</ul>`,
    ].join('\n');
    return {
      event,
      url: `${siteUrl}/${lang}/events/${event.id}/`,
      updated,
      published,
      date,
      html,
      tags: event.categories.map(label),
    };
  });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Midnight UTC of a day, the time a dated change is given. */
export function toInstant(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/**
 * An Atom feed's head (id, titles, licence, publisher) from a feed's options, dated by its
 * newest entry's day, or the dataset's latest change when it has no entries: the events' feeds
 * and the change log's feed say the same about themselves.
 */
export function createAtomFeed(
  options: Omit<FeedOptions, 'events' | 'categories' | 'limit'>,
  newest: string | undefined,
): Feed {
  const updated = newest ?? getLatestChange({ info: options.info, events: [] }) ?? '1970-01-01';
  return new Feed({
    id: options.feedUrl,
    title: options.title,
    description: options.info.description[options.lang],
    link: options.pageUrl,
    language: options.lang,
    updated: toInstant(updated),
    generator: 'Chronik',
    copyright: `${options.info.license.name} (${options.info.license.url})`,
    feedLinks: { atom: options.feedUrl },
    author: { name: options.info.publisher },
  });
}

/**
 * Writes an Atom 1.0 feed of events (see the module's notes on dates and order).
 *
 * @example
 * toAtomFeed({ ...options, lang: 'de', feedUrl: 'https://chronik.example/feeds/de/events.atom' })
 * // '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">…'
 */
export function toAtomFeed(options: FeedOptions): string {
  const entries = toEntries(options);
  const feed = createAtomFeed(options, entries[0]?.updated);
  for (const entry of entries) {
    // `feed` writes an entry's title and summary as HTML (`type="html"`): text is escaped
    // first, so that a reader shows "<" as written instead of reading markup.
    feed.addItem({
      id: entry.url,
      link: entry.url,
      title: escapeHtml(entry.event.title[options.lang]),
      date: toInstant(entry.updated),
      published: toInstant(entry.published),
      description: escapeHtml(`${entry.date}: ${entry.event.title[options.lang]}`),
      content: entry.html,
      category: entry.event.categories.map((id, i) => ({ term: id, name: entry.tags[i] })),
    });
  }
  return escapeCategoryAttributes(feed.atom1());
}

/**
 * `feed` escapes `&` in attribute values and its XML writer `"`, but neither escapes `<`,
 * which XML forbids there: a category label "KI < Recht" would make the whole feed
 * unreadable. Attribute values of `<category>` are the only ones that carry data as written
 * (links are URLs, which never hold `<`); each is `"…"` without a `"` inside, so the match
 * is exact.
 */
function escapeCategoryAttributes(xml: string): string {
  return xml.replace(/<category((?:\s+[a-z]+="[^"]*")*)\s*\/>/g, (_, attributes: string) => {
    const escaped = attributes.replace(
      /="([^"]*)"/g,
      (__, value: string) => `="${value.replaceAll('<', '&lt;').replaceAll('>', '&gt;')}"`,
    );
    return `<category${escaped}/>`;
  });
}

/**
 * A JSON Feed 1.1 of events (see the module's notes on dates and order), to be written with
 * `JSON.stringify`.
 */
export function toJsonFeed(options: FeedOptions): JsonFeed {
  const { lang } = options;
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: options.title,
    home_page_url: options.pageUrl,
    feed_url: options.feedUrl,
    description: options.info.description[lang],
    language: lang,
    authors: [{ name: options.info.publisher }],
    items: toEntries(options).map((entry) => ({
      id: entry.url,
      url: entry.url,
      title: entry.event.title[lang],
      content_html: entry.html,
      summary: `${entry.date}: ${entry.event.title[lang]}`,
      date_published: toInstant(entry.published).toISOString(),
      date_modified: toInstant(entry.updated).toISOString(),
      tags: entry.tags,
      language: lang,
    })),
  };
}
