/**
 * `@chronik/events/formats`: events in the formats other tools read and write, and importing
 * them into a data directory. Pure functions over text and plain data, like the rest of the
 * package; the formats' libraries load only for those who import this entry.
 *
 * @packageDocumentation
 */
export { CSV_COLUMNS, fromEventsCsv, toEventsCsv } from './csv.js';
export { planImport } from './import.js';
export { fromEventsJson } from './events-json.js';
/** @public */
export type { ImportPlan, ImportRow, ImportRows } from './import.js';
export { FEED_LIMIT, toAtomFeed, toJsonFeed, type FeedOptions } from './feeds.js';
export { toICalendar } from './calendar.js';
/** @public */
export { renderMarkdown } from './markdown.js';
/** @public */
export type { JsonFeed } from './feeds.js';
/** @public */
export type { CalendarOptions } from './calendar.js';
export { toTimelineJs } from './timelinejs.js';
/** @public */
export type { TimelineJsDocument } from './timelinejs.js';
export { toBibtex, toCslJson, toRis } from './citation.js';
/** @public */
export type { CitationOptions, CslItem } from './citation.js';
export {
  TIMELINEJS_SHEET_COLUMNS,
  fromTimelineJs,
  fromTimelineJsCsv,
  fromTimelineJsJson,
} from './timelinejs-import.js';
/** @public */
export type { TimelineJsImportOptions } from './timelinejs-import.js';
export { toChangesFeed } from './changes-feed.js';
/** @public */
export type { ChangesFeedOptions } from './changes-feed.js';
