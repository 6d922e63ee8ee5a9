/**
 * The compact event list: what a page needs to list, filter, count, search by facet, sort and
 * draw every event, without the texts and sources that only an opened event shows. The site
 * publishes it as `/data/event-list.json`, and its JSON Schema as
 * `/schema/event-list.schema.json` (made from `event-list-schema.ts`); the explorer loads it
 * instead of every event, and fetches the rest of an event (its summary, notes, sources,
 * links) in chunks when it shows them (the site's `/data/chunks/<lang>/<n>.json`, see
 * `event-chunk.ts`: the full events of each stretch of {@link EVENT_CHUNK_SIZE} in the list's
 * order, with their texts rendered).
 *
 * The file is columnar: one array per field, all of the same length and in the same order
 * (chronological, as the export), and registry ids written once and referred to by position,
 * so 10,000 events weigh about a fifth of their full export. With the optional `title` and
 * `categories` it is all the embed widget needs: the widget loads it (and `search-index.json`
 * beside it, when it searches) rather than the full export.
 *
 * ```json
 * {
 *   "format": "chronik-event-list", "version": 1, "datasetVersion": "1.1.0",
 *   "chunkSize": 50,
 *   "title": { "de": "…", "en": "…" },                // optional: the dataset's title
 *   "categories": [{ "id": "privacy", "label": …, "color": …, "shape": … }, …],
 *                                                     // optional: the category registry
 *                                                     // (colours and shapes), so a page
 *                                                     // can draw the list on its own
 *   "ids": { "categories": ["privacy", …], "actors": […], "jurisdictions": […], "threads": […] },
 *   "checksum": "aa175a92",                           // of events.id, as the search index
 *                                                     // beside the list names it
 *   "events": {
 *     "id": ["2024-06-24-osba-open-letter-delos", …],
 *     "start": ["2024-06-24", …], "end": ["", …],        // "" when the event has no end
 *     "precision": [0, …],                              // position in PRECISIONS
 *     "approximate": [0, …], "verified": [1, …],       // 0 or 1
 *     "status": [0, …],                                 // position in STATUSES
 *     "importance": [1, …],
 *     "evidence": [2, …],                               // position in EVIDENCE_LEVELS
 *     "sources": [3, …],                                // how many
 *     "titleDe": […], "titleEn": […],
 *     "categories": [[0, 4], …], "actors": [[…], …], "jurisdictions": [[…], …],
 *     "threads": [[…], …]
 *   }
 * }
 * ```
 *
 * @module
 */
import { getEvidence } from './evidence.js';
import { isPartialDate, PRECISIONS, type Precision } from './partial-date.js';
import { checksumIds } from './search-index.js';
import type { Category, ChronikEvent, EventDate, LocalizedText } from './schema.js';
import { EVIDENCE_LEVELS, STATUSES, type Evidence } from './vocabulary.js';

/**
 * An event as the compact list carries it: everything needed to list, filter, sort and draw
 * it. A full {@link ChronikEvent} is one too, so functions that take listed events take full
 * ones as well.
 */
export type ListedEvent = Pick<
  ChronikEvent,
  | 'id'
  | 'date'
  | 'title'
  | 'categories'
  | 'actors'
  | 'jurisdictions'
  | 'threads'
  | 'importance'
  | 'status'
  | 'verified'
>;

/** A listed event with what the list shows of its evidence: the level and the number of sources. */
export interface ListedEventWithEvidence extends ListedEvent {
  evidence: Evidence;
  sourceCount: number;
}

/**
 * An event's listed fields from its full form: what {@link fromEventList} gives back for it,
 * for a page that has the full event already (the explorer's first events).
 */
export function toListedEvent(event: ChronikEvent): ListedEventWithEvidence {
  return {
    id: event.id,
    date: event.date,
    title: event.title,
    categories: event.categories,
    actors: event.actors,
    jurisdictions: event.jurisdictions,
    threads: event.threads,
    importance: event.importance,
    status: event.status,
    verified: event.verified,
    evidence: getEvidence(event),
    sourceCount: event.sources.length,
  };
}

/** The name and version of the compact list format; a reader refuses other versions. */
export const EVENT_LIST_FORMAT = { format: 'chronik-event-list', version: 1 } as const;

/** How many events one detail chunk holds. */
export const EVENT_CHUNK_SIZE = 50;

type RegistryField = 'categories' | 'actors' | 'jurisdictions' | 'threads';
const REGISTRY_FIELDS: readonly RegistryField[] = [
  'categories',
  'actors',
  'jurisdictions',
  'threads',
];

/** The compact list as it is written to JSON. */
export interface EventListJson {
  format: typeof EVENT_LIST_FORMAT.format;
  version: typeof EVENT_LIST_FORMAT.version;
  datasetVersion: string;
  chunkSize: number;
  /** The dataset's title, for a page that shows the list on its own (the widget). */
  title?: LocalizedText;
  /** The category registry (in its order), for the same; the events refer to `ids`. */
  categories?: Category[];
  ids: Record<RegistryField, string[]>;
  /**
   * `checksumIds` of `events.id`: what the search index beside the list names, so that a
   * reader can tell that both were built together without computing it (optional; a reader
   * computes it for a list without).
   */
  checksum?: string;
  events: {
    id: string[];
    start: string[];
    end: string[];
    precision: number[];
    approximate: (0 | 1)[];
    verified: (0 | 1)[];
    status: number[];
    importance: number[];
    evidence: number[];
    sources: number[];
    titleDe: string[];
    titleEn: string[];
  } & Record<RegistryField, number[][]>;
}

/**
 * Writes events (in the order they are listed, chronological for the site) as the compact list.
 *
 * @param options.title - the dataset's title, written along (optional)
 * @param options.categories - the category registry, written along (optional)
 * @example
 * JSON.stringify(toEventList(dataset.events, { datasetVersion: dataset.info.version }))
 */
export function toEventList(
  events: readonly ChronikEvent[],
  options: {
    datasetVersion: string;
    chunkSize?: number;
    title?: LocalizedText;
    categories?: readonly Category[];
  },
): EventListJson {
  const positions = Object.fromEntries(
    REGISTRY_FIELDS.map((field) => [field, new Map<string, number>()]),
  ) as Record<RegistryField, Map<string, number>>;
  const refer = (field: RegistryField, ids: readonly string[]) =>
    ids.map((id) => {
      const map = positions[field];
      let at = map.get(id);
      if (at === undefined) map.set(id, (at = map.size));
      return at;
    });
  const column = <T>(pick: (event: ChronikEvent) => T) => events.map(pick);
  const list: EventListJson = {
    ...EVENT_LIST_FORMAT,
    datasetVersion: options.datasetVersion,
    chunkSize: options.chunkSize ?? EVENT_CHUNK_SIZE,
    ...(options.title ? { title: options.title } : {}),
    ...(options.categories ? { categories: [...options.categories] } : {}),
    ids: { categories: [], actors: [], jurisdictions: [], threads: [] },
    checksum: checksumIds(events.map((e) => e.id)),
    events: {
      id: column((e) => e.id),
      start: column((e) => e.date.start),
      end: column((e) => e.date.end ?? ''),
      precision: column((e) => PRECISIONS.indexOf(e.date.precision)),
      approximate: column((e) => (e.date.approximate ? 1 : 0)),
      verified: column((e) => (e.verified ? 1 : 0)),
      status: column((e) => STATUSES.indexOf(e.status)),
      importance: column((e) => e.importance),
      evidence: column((e) => EVIDENCE_LEVELS.indexOf(getEvidence(e))),
      sources: column((e) => e.sources.length),
      titleDe: column((e) => e.title.de),
      titleEn: column((e) => e.title.en),
      categories: column((e) => refer('categories', e.categories)),
      actors: column((e) => refer('actors', e.actors)),
      jurisdictions: column((e) => refer('jurisdictions', e.jurisdictions)),
      threads: column((e) => refer('threads', e.threads)),
    },
  };
  for (const field of REGISTRY_FIELDS) list.ids[field] = [...positions[field].keys()];
  return list;
}

/** A compact list that cannot be read, with what is wrong and how to fix it. */
export class EventListError extends Error {
  override name = 'EventListError';
}

/**
 * Reads the compact list back into listed events, in its order.
 *
 * @throws {@link EventListError} naming the field when the value is not a compact list of
 *   this version (rebuild the site, or load `/data/events.json` instead).
 */
export function fromEventList(json: unknown): ListedEventWithEvidence[] {
  const list = json as Partial<EventListJson> | null;
  if (list?.format !== EVENT_LIST_FORMAT.format || list.version !== EVENT_LIST_FORMAT.version) {
    throw new EventListError(
      `not a Chronik event list of version ${EVENT_LIST_FORMAT.version} (format "${String(list?.format)}", version ${String(list?.version)}); rebuild the site so data and pages match`,
    );
  }
  const columns = list.events;
  const ids = list.ids;
  const count = columns?.id?.length;
  if (!columns || !ids || count === undefined) {
    throw new EventListError('the event list has no "events" or "ids"; rebuild the site');
  }
  for (const [name, values] of Object.entries(columns)) {
    if (!Array.isArray(values) || values.length !== count) {
      throw new EventListError(
        `events.${name} has ${Array.isArray(values) ? values.length : 'no'} values for ${count} events; rebuild the site`,
      );
    }
  }
  const lookup = (field: RegistryField, at: readonly number[] | undefined) =>
    (at ?? []).map((i: number) => {
      const id = ids[field]?.[i];
      if (id === undefined) {
        throw new EventListError(`events.${field} refers to entry ${i}, which ids.${field} lacks`);
      }
      return id;
    });
  const events = new Array<ListedEventWithEvidence>(count);
  // The list may come from anywhere (the widget loads it from the page's `src`): every value
  // is checked before it is used, and a bad one is named with its event.
  const bad = (field: string, i: number, value: unknown): never => {
    throw new EventListError(
      `events.${field}[${i}] (event "${String(columns.id[i])}") is ${JSON.stringify(value) ?? String(value)}, which is not a valid value; rebuild the list from valid event files`,
    );
  };
  const text = (field: 'id' | 'titleDe' | 'titleEn', i: number) => {
    const value = columns[field][i];
    return typeof value === 'string' && value !== '' ? value : bad(field, i, value);
  };
  const entry = <T>(field: string, values: readonly T[], at: unknown, i: number): T =>
    Number.isInteger(at) && values[at as number] !== undefined
      ? values[at as number]!
      : bad(field, i, at);
  for (let i = 0; i < count; i++) {
    const start = columns.start[i];
    const end = columns.end[i];
    if (typeof start !== 'string' || !isPartialDate(start)) bad('start', i, start);
    if (typeof end !== 'string' || (end !== '' && !isPartialDate(end))) bad('end', i, end);
    const importance = columns.importance[i];
    if (importance !== 1 && importance !== 2 && importance !== 3) bad('importance', i, importance);
    const date: EventDate = {
      start: start as string,
      precision: entry<Precision>('precision', PRECISIONS, columns.precision[i], i),
    };
    if (end) date.end = end;
    if (columns.approximate[i]) date.approximate = true;
    events[i] = {
      id: text('id', i),
      date,
      title: { de: text('titleDe', i), en: text('titleEn', i) },
      categories: lookup('categories', columns.categories[i]),
      actors: lookup('actors', columns.actors[i]),
      jurisdictions: lookup('jurisdictions', columns.jurisdictions[i]),
      threads: lookup('threads', columns.threads[i]),
      importance: importance as ChronikEvent['importance'],
      status: entry('status', STATUSES, columns.status[i], i),
      verified: columns.verified[i] === 1,
      evidence: entry('evidence', EVIDENCE_LEVELS, columns.evidence[i], i),
      sourceCount: Number(columns.sources[i]) || 0,
    };
  }
  return events;
}
