import type { ChronikEvent, EventSummary, Language, RelatedEvent } from '@chronik/events';
import type { EventHtml } from '$lib/server/markdown';

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

/** The name and version of a detail chunk; the explorer refuses other versions. */
export const EVENT_CHUNK_FORMAT = { format: 'chronik-event-chunk', version: 1 } as const;

/** One chunk of event details as `/data/chunks/<lang>/<n>.json` holds it. */
export interface EventChunk {
  format: typeof EVENT_CHUNK_FORMAT.format;
  version: typeof EVENT_CHUNK_FORMAT.version;
  lang: Language;
  /** The position of the chunk's first event in the event list. */
  first: number;
  details: EventDetails[];
}
