/**
 * The change log as an Atom feed, for readers who follow what a dataset corrects: one entry
 * per published version and per dated change of an event, newest first.
 *
 * @module
 */
import { getChangeLog } from './changes.js';
import { escapeHtml } from './html.js';
import type { ChronikEvent } from './schema.js';
import { createAtomFeed, FEED_LIMIT, toInstant, type FeedOptions } from './feeds.js';

/**
 * What a change feed is of, and where it and the pages it links to live: as for the feeds of
 * events ({@link FeedOptions}; `pageUrl` is the changes page), of the events' change logs.
 */
export interface ChangesFeedOptions extends Omit<FeedOptions, 'events' | 'categories'> {
  /** The events whose change logs the feed holds. */
  events: readonly Pick<ChronikEvent, 'id' | 'title' | 'date' | 'changes'>[];
}

/**
 * Writes the change log of a dataset and its events as Atom 1.0. A version's entry links to
 * the changes page; an event change's entry links to the event's page. Each entry's id names
 * the version, or the event and the change's place in its log, so it stays the same as the log
 * grows; dated midnight UTC of the change's day. No clock is read.
 */
export function toChangesFeed(options: ChangesFeedOptions): string {
  const { lang, siteUrl } = options;
  const log = getChangeLog(options);
  const entries = [
    ...log.versions.map((change) => ({
      id: `${options.pageUrl}#version-${change.version}`,
      link: options.pageUrl,
      title: `Version ${change.version}`,
      date: change.date,
      text: change.note[lang],
    })),
    ...log.events.map((change) => {
      const url = `${siteUrl}/${lang}/events/${change.id}/`;
      return {
        id: `${url}#change-${change.index + 1}`,
        link: url,
        title: `${change.title[lang]}: ${change.note[lang]}`,
        date: change.date,
        text: change.note[lang],
      };
    }),
  ]
    // Stable: versions before event changes of the same day, each in the log's order.
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
    .slice(0, options.limit ?? FEED_LIMIT);
  const feed = createAtomFeed(options, entries[0]?.date);
  for (const entry of entries) {
    // `feed` writes titles and summaries as HTML (`type="html"`): text is escaped first.
    feed.addItem({
      id: entry.id,
      link: entry.link,
      title: escapeHtml(entry.title),
      date: toInstant(entry.date),
      description: escapeHtml(entry.text),
      content: `<p>${escapeHtml(entry.text)}</p>`,
    });
  }
  return feed.atom1();
}
