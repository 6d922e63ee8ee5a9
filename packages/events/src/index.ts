/**
 * `@chronik/events`: Chronik's domain. The event schema and types, validation with located
 * problems, chronological queries, date formatting for German and English, and the export
 * format. Pure functions over plain data: no DOM, no file system, no clock (pass `now`).
 *
 * File-system loading lives in `@chronik/events/node`.
 *
 * @packageDocumentation
 */
export * from './schema.js';
export * from './vocabulary.js';
export {
  PRECISIONS,
  PARTIAL_DATE_PATTERN,
  QUARTER_START_MONTHS,
  SEASON_START_MONTHS,
  getFormForPrecision,
  getImpliedPrecision,
  getPeriod,
  isPartialDate,
  toDayRange,
  toIsoDay,
  toLastDay,
  toPartialDateParts,
  type PartialDateForm,
  type PartialDateParts,
  type PartialDateResult,
  type Period,
  type Precision,
} from './partial-date.js';
export { getEventPeriod, getEventTimes } from './event-period.js';
export {
  compareProblems,
  formatProblem,
  toFieldPath,
  toPrintable,
  truncate,
  type Problem,
} from './problem.js';
export { parseDataFile, parseEvent, type ParseResult } from './parse.js';
export { MAX_EVENT_FILE_BYTES, MAX_REGISTRY_FILE_BYTES } from './file-size.js';
export {
  EVENTS_FOLDER,
  REGISTRY_FILES,
  getFileSizeLimit,
  parseDataset,
  type DataFile,
  type Dataset,
  type DatasetResult,
} from './dataset.js';
export { compareEvents, sortEvents } from './sort.js';
export {
  EVENT_CHUNK_SIZE,
  EVENT_LIST_FORMAT,
  EventListError,
  fromEventList,
  toEventList,
  toListedEvent,
  type EventListJson,
  type ListedEvent,
  type ListedEventWithEvidence,
} from './event-list.js';
export {
  EVENT_CHUNK_FORMAT,
  type EventChunk,
  type EventDetails,
  type EventHtml,
} from './event-chunk.js';
export { createEventMatcher, filterEvents, type EventFilter } from './filter.js';
export { createEventSearch, foldText, type EventSearch } from './search.js';
export {
  FACETS,
  getFacetCounts,
  selectEventsWithCounts,
  getFacetOptions,
  selectEvents,
  type Facet,
  type FacetCounts,
  type FacetOption,
} from './facets.js';
export {
  EMPTY_VIEW_STATE,
  countActiveFilters,
  toEventFilter,
  toKnownIds,
  toWindowDays,
  toWindowInstants,
  type KnownIds,
  type ViewState,
} from './view-state.js';
export {
  MAX_QUERY_LENGTH,
  MAX_VALUE_LENGTH,
  VIEW_PARAMS,
  VIEW_PARAM_NAMES,
  parseViewState,
  toViewQuery,
  type NoticeReason,
  type ViewParam,
  type ViewStateNotice,
} from './view-query.js';
export { getNeighbours, type Neighbours } from './neighbours.js';
export { getExtent } from './extent.js';
export { getRelatedEvents } from './related.js';
export {
  createEventIndex,
  toEventSummary,
  type EventIndex,
  type EventSummary,
  type RelatedEvent,
} from './event-index.js';
export { groupEvents, type EventGroup } from './group.js';
export { formatEventDate, formatPartialDate } from './format-date.js';
export {
  DatasetExportSchema,
  EXPORT_FORMAT_VERSION,
  EXPORT_SCHEMA_PATH,
  ExportHeaderSchema,
  toDatasetExport,
  type DatasetExport,
} from './export.js';
export { EVENT_SCHEMA_REFERENCE, toEventFileText } from './event-file.js';
export { getJsonSchemas } from './json-schema.js';
export { getLatestChange } from './latest-change.js';
export { getChangeLog, type ChangeLog, type EventChange, type VersionChange } from './changes.js';
export { getEvidence } from './evidence.js';
export { getEventStats, type Completeness, type EventStats } from './stats.js';
