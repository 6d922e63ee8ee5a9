import { createEventIndex, type RelatedEvent } from './event-index.js';
import type { ChronikEvent } from './schema.js';

/**
 * The events an event links to and the events that link to it, each with the relation type
 * and direction, in chronological order of the given events. Links to ids that are not among
 * `events` (e.g. filtered out) are left out. For many lookups, build a `createEventIndex` once.
 *
 * @example
 * getRelatedEvents(events, { id: 'letter' })
 * // [{ type: 'cites', direction: 'outgoing', event: storm }, …]
 */
export function getRelatedEvents(
  events: readonly ChronikEvent[],
  options: { id: string },
): RelatedEvent[] {
  return createEventIndex(events).getRelated(options.id);
}
