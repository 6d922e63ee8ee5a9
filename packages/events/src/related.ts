import type { ChronikEvent, Relation } from './schema.js';

/** One link between two events, seen from one of them. */
export interface RelatedEvent {
  type: Relation['type'];
  /** `outgoing`: this event names the other (it `cites` it); `incoming`: the other names this one. */
  direction: 'outgoing' | 'incoming';
  event: ChronikEvent;
}

/**
 * The events an event links to and the events that link to it, each with the relation type
 * and direction, in chronological order of the given events. Links to ids that are not among
 * `events` (e.g. filtered out) are left out.
 *
 * @example
 * getRelatedEvents(events, { id: 'letter' })
 * // [{ type: 'cites', direction: 'outgoing', event: storm }, …]
 */
export function getRelatedEvents(
  events: readonly ChronikEvent[],
  options: { id: string },
): RelatedEvent[] {
  const self = events.find((event) => event.id === options.id);
  if (!self) return [];
  const outgoing = new Map(self.related.map((relation) => [relation.id, relation.type]));
  const related: RelatedEvent[] = [];
  for (const event of events) {
    if (event === self) continue;
    const type = outgoing.get(event.id);
    if (type) related.push({ type, direction: 'outgoing', event });
    for (const relation of event.related) {
      if (relation.id === self.id)
        related.push({ type: relation.type, direction: 'incoming', event });
    }
  }
  return related;
}
