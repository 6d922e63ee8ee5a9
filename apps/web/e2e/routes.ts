// The site's routes that more than one browser test walks.
import { readdirSync } from 'node:fs';
import { data } from './fixtures';

const EVENT = data.events[0];
const CATEGORY = data.categories[0];
const STORYLINE = readdirSync('build/feeds/de/storyline')[0].replace(/\.atom$/, '');

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
