/**
 * The explorer's state in the query string: every filter, the selected event and the visible
 * window, so that back/forward restore a view and a copied URL reproduces it. Parsing never
 * throws: what it cannot use is dropped and reported as a notice, and the rest applies.
 *
 * @module
 */
import { isPartialDate, type EventFilter } from '@chronik/events';
import type { NoticeReason } from './i18n';

/** Everything a reader can set in the explorer. */
export interface ExplorerState {
  categories: string[];
  categoryMatch: 'any' | 'all';
  actors: string[];
  jurisdictions: string[];
  /** Storylines. */
  threads: string[];
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  from?: string;
  to?: string;
  /** Free-text search. */
  q?: string;
  verifiedOnly: boolean;
  /** The selected event's id. */
  event?: string;
  /** Visible window of the timeline as two `YYYY-MM-DD` days. */
  window?: [string, string];
  lanes: 'category' | 'single';
}

/** The ids the parser accepts, from the dataset. */
export interface KnownValues {
  categories: ReadonlySet<string>;
  actors: ReadonlySet<string>;
  jurisdictions: ReadonlySet<string>;
  threads: ReadonlySet<string>;
  events: ReadonlySet<string>;
}

/** A query parameter that was ignored, and why. */
export interface Notice {
  param: string;
  value: string;
  reason: NoticeReason;
}

/** The state of an explorer with nothing chosen. */
export const EMPTY_STATE: ExplorerState = {
  categories: [],
  categoryMatch: 'any',
  actors: [],
  jurisdictions: [],
  threads: [],
  verifiedOnly: false,
  lanes: 'category',
};

/** Longest value accepted for any parameter; longer ones are ignored (and reported). */
export const MAX_VALUE_LENGTH = 500;
const MAX_QUERY_LENGTH = 200;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const PARAMS = [
  'category',
  'match',
  'actor',
  'jurisdiction',
  'thread',
  'from',
  'to',
  'q',
  'verified',
  'event',
  'window',
  'lanes',
] as const;

function shown(value: string): string {
  return value.length > 40 ? `${value.slice(0, 39)}…` : value;
}

/**
 * Reads the explorer state from a query string. Unknown parameters, unknown ids, dates that do
 * not exist, and values that are too long are left out and listed in `notices`.
 */
export function parseExplorerState(
  params: URLSearchParams,
  known: KnownValues,
): { state: ExplorerState; notices: Notice[] } {
  const notices: Notice[] = [];
  const state: ExplorerState = {
    ...EMPTY_STATE,
    categories: [],
    actors: [],
    jurisdictions: [],
    threads: [],
  };

  for (const name of new Set(params.keys())) {
    if (!(PARAMS as readonly string[]).includes(name)) {
      notices.push({ param: shown(name), value: '', reason: 'unknown-parameter' });
    }
  }

  const read = (name: (typeof PARAMS)[number], max = MAX_VALUE_LENGTH): string | undefined => {
    const value = params.get(name);
    if (value === null || value === '') return undefined;
    if (value.length > max) {
      notices.push({ param: name, value: shown(value), reason: 'too-long' });
      return undefined;
    }
    return value;
  };

  const list = (
    name: 'category' | 'actor' | 'jurisdiction' | 'thread',
    allowed: ReadonlySet<string>,
  ): string[] => {
    const values: string[] = [];
    for (const value of read(name)?.split(',') ?? []) {
      const id = value.trim();
      if (!id || values.includes(id)) continue;
      if (allowed.has(id)) values.push(id);
      else notices.push({ param: name, value: shown(id), reason: 'unknown-value' });
    }
    return values;
  };

  state.categories = list('category', known.categories);
  state.actors = list('actor', known.actors);
  state.jurisdictions = list('jurisdiction', known.jurisdictions);
  state.threads = list('thread', known.threads);

  const match = read('match');
  if (match === 'all') state.categoryMatch = 'all';
  else if (match !== undefined && match !== 'any')
    notices.push({ param: 'match', value: shown(match), reason: 'unknown-value' });

  for (const name of ['from', 'to'] as const) {
    const value = read(name);
    if (value === undefined) continue;
    if (isPartialDate(value)) state[name] = value;
    else notices.push({ param: name, value: shown(value), reason: 'bad-date' });
  }

  const q = read('q', MAX_QUERY_LENGTH)?.trim();
  if (q) state.q = q;

  const verified = read('verified');
  if (verified === '1' || verified === 'true') state.verifiedOnly = true;
  else if (verified !== undefined && verified !== '0' && verified !== 'false') {
    notices.push({ param: 'verified', value: shown(verified), reason: 'unknown-value' });
  }

  const event = read('event');
  if (event !== undefined) {
    if (known.events.has(event)) state.event = event;
    else notices.push({ param: 'event', value: shown(event), reason: 'unknown-event' });
  }

  const window = read('window');
  if (window !== undefined) {
    const [start, end, ...rest] = window.split('..');
    const valid =
      rest.length === 0 &&
      start !== undefined &&
      end !== undefined &&
      DAY.test(start) &&
      DAY.test(end) &&
      isPartialDate(start) &&
      isPartialDate(end) &&
      start < end;
    if (valid) state.window = [start, end];
    else notices.push({ param: 'window', value: shown(window), reason: 'bad-date' });
  }

  const lanes = read('lanes');
  if (lanes === 'single') state.lanes = 'single';
  else if (lanes !== undefined && lanes !== 'category')
    notices.push({ param: 'lanes', value: shown(lanes), reason: 'unknown-value' });

  return { state, notices };
}

/**
 * Writes the explorer state as query parameters, leaving out defaults, in a fixed order so
 * that the same view always has the same URL.
 */
export function serialiseExplorerState(state: ExplorerState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.categories.length) params.set('category', state.categories.join(','));
  if (state.categoryMatch === 'all') params.set('match', 'all');
  if (state.actors.length) params.set('actor', state.actors.join(','));
  if (state.jurisdictions.length) params.set('jurisdiction', state.jurisdictions.join(','));
  if (state.threads.length) params.set('thread', state.threads.join(','));
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.q) params.set('q', state.q);
  if (state.verifiedOnly) params.set('verified', '1');
  if (state.event) params.set('event', state.event);
  if (state.window) params.set('window', `${state.window[0]}..${state.window[1]}`);
  if (state.lanes === 'single') params.set('lanes', 'single');
  return params;
}

/** The filter of `@chronik/events` that this state describes (without the text search). */
export function toEventFilter(state: ExplorerState): EventFilter {
  return {
    categories: state.categories,
    categoryMatch: state.categoryMatch,
    actors: state.actors,
    jurisdictions: state.jurisdictions,
    threads: state.threads,
    ...(state.from ? { from: state.from } : {}),
    ...(state.to ? { to: state.to } : {}),
    ...(state.verifiedOnly ? { verified: true } : {}),
  };
}

/** How many filters are active, for the "Filter (2)" button. */
export function countActiveFilters(state: ExplorerState): number {
  return (
    state.categories.length +
    state.actors.length +
    state.jurisdictions.length +
    state.threads.length +
    (state.from ? 1 : 0) +
    (state.to ? 1 : 0) +
    (state.q ? 1 : 0) +
    (state.verifiedOnly ? 1 : 0)
  );
}
