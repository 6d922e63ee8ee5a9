/**
 * The detail chunks a site publishes beside its compact event list (`event-list.ts`):
 * `/data/chunks/<lang>/<n>.json` holds the full events at positions `[n × chunkSize, (n + 1) ×
 * chunkSize)` of the list, with their texts rendered to HTML in one language and their
 * connections in both directions, so that the explorer shows an opened event without loading
 * every event. The site writes them (`apps/web`, `$lib/server/event-details.ts`); this module
 * only names the format, which is public: its JSON Schema is `/schema/event-chunk.schema.json`
 * (`event-chunk-schema.ts`).
 *
 * ```json
 * {
 *   "format": "chronik-event-chunk", "version": 1, "lang": "de",
 *   "first": 50,                                  // position of details[0] in the event list
 *   "details": [{
 *     "event": { "id": "…", "date": …, "title": …, "summary": …, "sources": […], … },
 *     "html": { "summary": "<p>…</p>", "notes": "<p>…</p>" },   // notes only when the event has some
 *     "related": [{ "type": "cites", "direction": "incoming", "event": { "id", "date", "title" } }]
 *   }, …]
 * }
 * ```
 *
 * @module
 */
import type { EventSummary, RelatedEvent } from './event-index.js';
import type { ChronikEvent } from './schema.js';
import type { Language } from './vocabulary.js';

/** The name and version of a detail chunk; a reader refuses other versions. */
export const EVENT_CHUNK_FORMAT = { format: 'chronik-event-chunk', version: 1 } as const;

/** An event's summary and notes in one language as HTML, rendered at build time. */
export interface EventHtml {
  summary: string;
  /** Present when the event has notes. */
  notes?: string;
}

/**
 * What the explorer shows of an opened event beyond its listed fields: the whole event, its
 * texts rendered for one language, and its connections in both directions (incoming links
 * cannot be found from the event itself).
 */
export interface EventDetails {
  event: ChronikEvent;
  html: EventHtml;
  related: RelatedEvent<EventSummary>[];
}

/** One chunk of event details as `/data/chunks/<lang>/<n>.json` holds it. */
export interface EventChunk {
  format: typeof EVENT_CHUNK_FORMAT.format;
  version: typeof EVENT_CHUNK_FORMAT.version;
  lang: Language;
  /** The position of the chunk's first event in the event list. */
  first: number;
  details: EventDetails[];
}
