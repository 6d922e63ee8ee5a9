import {
  EVENT_CHUNK_FORMAT,
  EVENT_CHUNK_SIZE,
  toEventSummary,
  type ChronikEvent,
  type EventChunk,
  type EventDetails,
  type EventIndex,
  type Language,
} from '@chronik/events';
import { renderEventHtml } from './markdown';

/** An event's details in one language. */
export function toEventDetails(
  event: ChronikEvent,
  lang: Language,
  index: EventIndex,
): EventDetails {
  return {
    event,
    html: renderEventHtml(event, lang),
    related: index
      .getRelated(event.id)
      .map((link) => ({ ...link, event: toEventSummary(link.event) })),
  };
}

/** How many chunks the events fill. */
export function countChunks(events: readonly unknown[]): number {
  return Math.ceil(events.length / EVENT_CHUNK_SIZE);
}

/**
 * The details of the events at positions `[n × size, (n + 1) × size)` of the event list (the
 * chronological order of the index).
 */
export function toEventChunk(index: EventIndex, lang: Language, n: number): EventChunk | undefined {
  const first = n * EVENT_CHUNK_SIZE;
  if (!Number.isInteger(n) || n < 0 || first >= index.events.length) return undefined;
  return {
    ...EVENT_CHUNK_FORMAT,
    lang,
    first,
    details: index.events
      .slice(first, first + EVENT_CHUNK_SIZE)
      .map((event) => toEventDetails(event, lang, index)),
  };
}
