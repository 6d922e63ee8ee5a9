import type { ChronikEvent, LocalizedText, EventDate, Relation } from './schema.js';

/** The least a page needs to link to an event: its id, date and title. */
export interface EventSummary {
  id: string;
  date: EventDate;
  title: LocalizedText;
}

/** One link between two events, seen from one of them. */
export interface RelatedEvent<E extends EventSummary = ChronikEvent> {
  type: Relation['type'];
  /** `outgoing`: this event names the other (it `cites` it); `incoming`: the other names this one. */
  direction: 'outgoing' | 'incoming';
  event: E;
}

/**
 * Events looked up by id, position and links, built once so that each lookup costs what it
 * returns rather than a pass over every event: a site build asks for the neighbours and
 * connections of every event, which would otherwise grow with the square of the dataset.
 */
export interface EventIndex {
  /** The events in the order given (chronological when they come from `sortEvents`). */
  readonly events: readonly ChronikEvent[];
  /** The event with this id. */
  get(id: string): ChronikEvent | undefined;
  /** The events just before and after this one in the given order (none for unknown ids). */
  getNeighbours(id: string): { previous?: ChronikEvent; next?: ChronikEvent };
  /**
   * The events this one links to and the events that link to it, in the given order of the
   * events. Links to ids that are not among the events are left out.
   */
  getRelated(id: string): RelatedEvent[];
}

/**
 * Indexes events by id, position and incoming links.
 *
 * @example
 * const index = createEventIndex(sortEvents(events));
 * index.getNeighbours('letter') // { previous: …, next: … }
 */
export function createEventIndex(events: readonly ChronikEvent[]): EventIndex {
  const position = new Map<string, number>();
  events.forEach((event, i) => {
    if (!position.has(event.id)) position.set(event.id, i);
  });
  // Incoming links, each listed once per linking event and relation type.
  const incoming = new Map<string, { type: Relation['type']; from: number }[]>();
  events.forEach((event, from) => {
    for (const relation of event.related) {
      const list = incoming.get(relation.id);
      if (list) list.push({ type: relation.type, from });
      else incoming.set(relation.id, [{ type: relation.type, from }]);
    }
  });

  return {
    events,
    get: (id) => {
      const i = position.get(id);
      return i === undefined ? undefined : events[i];
    },
    getNeighbours: (id) => {
      const i = position.get(id);
      if (i === undefined) return {};
      const previous = events[i - 1];
      const next = events[i + 1];
      return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
    },
    getRelated: (id) => {
      const i = position.get(id);
      if (i === undefined) return [];
      const self = events[i]!;
      const links: { at: number; link: RelatedEvent }[] = [];
      for (const relation of self.related) {
        const at = position.get(relation.id);
        if (at === undefined || at === i) continue;
        links.push({
          at,
          link: { type: relation.type, direction: 'outgoing', event: events[at]! },
        });
      }
      for (const { type, from } of incoming.get(id) ?? []) {
        if (from === i) continue;
        links.push({ at: from, link: { type, direction: 'incoming', event: events[from]! } });
      }
      // In the order of the events; for one event, outgoing links before incoming ones (the
      // sort is stable and outgoing links were added first).
      return links.sort((a, b) => a.at - b.at).map(({ link }) => link);
    },
  };
}

/** An event's id, date and title: what a link to it shows. */
export function toEventSummary(event: EventSummary): EventSummary {
  return { id: event.id, date: event.date, title: event.title };
}
