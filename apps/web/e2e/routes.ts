// The site's routes that more than one browser test walks.
import { readdirSync } from 'node:fs';
import { data } from './fixtures';

/** The first of a list of the build, which the tests need one of. */
function first<T>(list: readonly T[], what: string): T {
  const [item] = list;
  if (item === undefined) throw new Error(`the build has no ${what}; the tests need one`);
  return item;
}

/** An event, a category and a storyline of the main build. */
export const EVENT = first(data.events, 'events');
export const CATEGORY = first(data.categories, 'categories');
const STORYLINE = first(readdirSync('build/feeds/de/storyline'), 'storylines').replace(
  /\.atom$/,
  '',
);

/** The files beside the pages a reader may open in the browser: each answers on the origin. */
export const FILES = [
  '/sitemap.xml',
  '/data/events.json',
  '/data/events.csv',
  '/data/event-list.json',
  '/data/timelinejs.de.json',
  '/feeds/de/events.atom',
  '/feeds/en/events.json',
  '/feeds/de/events.ics',
  `/feeds/en/category/${CATEGORY.id}.atom`,
  `/feeds/de/storyline/${STORYLINE}.atom`,
  '/feeds/en/changes.atom',
  '/oembed/de.json',
  `/oembed/en/events/${EVENT.id}.json`,
  '/schema/event.schema.json',
  '/embed/chronik-timeline.js',
  '/embed/chronik-timeline.cdx.json',
  '/sbom.cdx.json',
];
