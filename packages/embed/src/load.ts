import {
  EVENT_LIST_FORMAT,
  fromEventList,
  getExtent,
  SHAPES,
  toKnownIds,
  toListedEvent,
  type Actor,
  type Category,
  type ChronikEvent,
  type DatasetExport,
  type KnownIds,
  type ListedEventWithEvidence,
  type LocalizedText,
  type Period,
} from '@chronik/events';
import type { findExportProblem as FindExportProblem } from './export.js';

/** Why data could not be used. */
type LoadFailure = 'unreachable' | 'invalidJson' | 'invalidData' | 'noData';

/**
 * What the widget shows, from either source it accepts: a whole export (`/data/events.json`,
 * or its `events` array) or the site's compact event list (`/data/event-list.json`, the
 * default), which is a fraction of the size and all the widget needs.
 */
export interface WidgetData {
  title: LocalizedText;
  categories: readonly Category[];
  events: readonly ListedEventWithEvidence[];
  /** The ids attributes may name. */
  known: KnownIds;
  /** From the start of the earliest event to the end of the latest; read once, when checked. */
  extent: Period | undefined;
  /**
   * Where words are found: an index built from the full events of an export, or the index
   * the site prebuilt beside its event list (`search-index.json`, the table of contents of
   * its parts; see `widget-search.svelte.ts`).
   */
  search:
    | { from: 'events'; events: readonly ChronikEvent[]; actors: readonly Actor[] }
    | { from: 'index'; url: string; checksum?: unknown };
}

/** The outcome of loading or checking data. */
export type LoadResult =
  { ok: true; data: WidgetData } | { ok: false; reason: LoadFailure; detail: string };

/** A neutral category for data given without a category registry. */
function fallbackCategory(id: string): Category {
  return {
    id,
    label: { de: id, en: id },
    description: { de: id, en: id },
    color: '#4d5562',
    colorDark: '#aeb5c0',
    shape: 'circle',
  };
}

const HEX = /^#[0-9a-f]{6}$/i;

/** A category of a list's registry as the widget can draw it, or `undefined`. */
function toCategory(value: unknown): Category | undefined {
  const c = value as Partial<Category> | null;
  const texts = (t: unknown) =>
    typeof (t as LocalizedText)?.de === 'string' && typeof (t as LocalizedText)?.en === 'string';
  return c &&
    typeof c.id === 'string' &&
    texts(c.label) &&
    texts(c.description) &&
    HEX.test(String(c.color)) &&
    HEX.test(String(c.colorDark)) &&
    (SHAPES as readonly unknown[]).includes(c.shape)
    ? (c as Category)
    : undefined;
}

/**
 * Checks a compact event list (see `event-list.ts` in @chronik/events), read from `url`: its
 * search index is `search-index.json` beside it. Never throws.
 */
function checkList(value: Record<string, unknown>, url: string | undefined): LoadResult {
  if (url === undefined) {
    return {
      ok: false,
      reason: 'invalidData',
      detail:
        'an event list was given as the events property, where its search index cannot be found; give its URL as src, or give a whole export as the property',
    };
  }
  let events: ListedEventWithEvidence[];
  let extent: Period | undefined;
  try {
    events = fromEventList(value);
    // Every date is read once here, so that a bad one is reported rather than drawn.
    extent = getExtent(events);
  } catch (error) {
    return { ok: false, reason: 'invalidData', detail: (error as Error).message };
  }
  const registry = Array.isArray(value.categories) ? value.categories.map(toCategory) : [];
  const given = new Map(
    registry.filter((c): c is Category => c !== undefined).map((c) => [c.id, c]),
  );
  const used = new Set(events.flatMap((event) => event.categories));
  const categories = [
    ...given.values(),
    ...[...used].filter((id) => !given.has(id)).map(fallbackCategory),
  ];
  const title = value.title as LocalizedText | undefined;
  const ids = value.ids as Record<'actors' | 'jurisdictions' | 'threads', string[]>;
  const entries = (list: unknown) =>
    (Array.isArray(list) ? list : []).filter((id) => typeof id === 'string').map((id) => ({ id }));
  return {
    ok: true,
    data: {
      title:
        typeof title?.de === 'string' && typeof title.en === 'string'
          ? { de: title.de, en: title.en }
          : { de: 'Chronik', en: 'Chronik' },
      categories,
      events,
      known: toKnownIds({
        categories,
        actors: entries(ids.actors),
        jurisdictions: entries(ids.jurisdictions),
        threads: entries(ids.threads),
        events,
      }),
      extent,
      // The checksum the list states of its ids (checked by the search, which uses it).
      search: {
        from: 'index',
        url: new URL('search-index.json', url).href,
        checksum: value.checksum,
      },
    },
  };
}

/**
 * Checks data given to the widget: a whole export (as `/data/events.json`), just its
 * `events` array (which then gets neutral categories), or a compact event list (as
 * `/data/event-list.json`; `url` is where it was read, for its search index). Only the parts
 * the widget relies on are checked. An export's check is a module of its own
 * (`chronik-export.js` beside the widget), loaded only for an export: most widgets read the
 * list. Never throws (a check that cannot be loaded is `unreachable`).
 */
export async function checkData(value: unknown, url?: string): Promise<LoadResult> {
  if (value === undefined || value === null)
    return { ok: false, reason: 'noData', detail: 'no data' };
  if ((value as { format?: unknown }).format === EVENT_LIST_FORMAT.format)
    return checkList(value as Record<string, unknown>, url);
  // Just the events: give them a neutral category each, so they can be drawn.
  const candidate = Array.isArray(value)
    ? {
        dataset: { title: { de: 'Chronik', en: 'Chronik' } },
        categories: [
          ...new Set(value.flatMap((event: Partial<ChronikEvent>) => event?.categories ?? [])),
        ]
          .filter((id): id is string => typeof id === 'string')
          .map(fallbackCategory),
        actors: [],
        jurisdictions: [],
        threads: [],
        events: value,
      }
    : value;
  let findExportProblem: typeof FindExportProblem;
  try {
    ({ findExportProblem } = await import('./export.js'));
  } catch (error) {
    return {
      ok: false,
      reason: 'unreachable',
      detail: `the export check (chronik-export.js beside chronik-timeline.js) could not be loaded: ${(error as Error).message}`,
    };
  }
  const data = candidate as DatasetExport;
  try {
    const problem = findExportProblem(candidate);
    if (problem !== undefined) return { ok: false, reason: 'invalidData', detail: problem };
    const events = data.events.map(toListedEvent);
    return {
      ok: true,
      data: {
        title: data.dataset.title,
        categories: data.categories,
        events,
        known: toKnownIds(data),
        // The check leaves dates to their reading (as the list's): a day that does not exist
        // is reported here, not thrown at the host page.
        extent: getExtent(events),
        search: { from: 'events', events: data.events, actors: data.actors },
      },
    };
  } catch (error) {
    return { ok: false, reason: 'invalidData', detail: (error as Error).message };
  }
}

/** Fetches and checks the data at `src`. Never throws; an aborted request resolves to `undefined`. */
export async function loadData(src: string, signal: AbortSignal): Promise<LoadResult | undefined> {
  let response: Response;
  try {
    response = await fetch(src, {
      signal,
      credentials: 'omit',
      headers: { accept: 'application/json' },
    });
  } catch (error) {
    if (signal.aborted) return undefined;
    return {
      ok: false,
      reason: 'unreachable',
      detail: error instanceof Error ? error.message : String(error),
    };
  }
  if (!response.ok) return { ok: false, reason: 'unreachable', detail: `HTTP ${response.status}` };
  let json: unknown;
  try {
    json = await response.json();
  } catch (error) {
    if (signal.aborted) return undefined;
    return {
      ok: false,
      reason: 'invalidJson',
      detail: error instanceof Error ? error.message : String(error),
    };
  }
  return checkData(json, src);
}
