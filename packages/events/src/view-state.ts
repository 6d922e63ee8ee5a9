/**
 * The view state and its one query grammar: what a reader has chosen (filters, period, words,
 * the selected event, the visible window, lanes and view), read from and written to query
 * parameters. The explorer's URL, the widget's attributes, the iframe's parameters, the embed
 * builder's snippets and oEmbed all speak it, so a link made by one opens the same view in
 * another. Reading never throws: what cannot be used is dropped and reported as a notice
 * that names the parameter, the value and the fix; the rest applies.
 *
 * @module
 */
import { isPartialDate, toDayRange } from './partial-date.js';
import type { EventFilter } from './filter.js';

/** Everything a reader can choose about what they see. */
export interface ViewState {
  /** Category ids; events in any of them (or all of them, see `categoryMatch`). */
  categories: string[];
  /** `any`: an event in at least one of `categories`; `all`: in every one. */
  categoryMatch: 'any' | 'all';
  /** Actor ids; events involving at least one. */
  actors: string[];
  /** Jurisdiction codes; events concerning at least one. */
  jurisdictions: string[];
  /** Storyline ids (the data's `threads`); events in at least one. */
  storylines: string[];
  /** The period's first date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, inclusive. */
  from?: string;
  /** The period's last date, inclusive. */
  to?: string;
  /** Words to search for (see `createEventSearch`). */
  q?: string;
  /** Only events whose date and claims are confirmed. */
  verifiedOnly: boolean;
  /** The selected event's id. */
  event?: string;
  /** The timeline's visible window as two days `YYYY-MM-DD`, the second after the first. */
  window?: [start: string, end: string];
  /** One lane per category, or a single lane. */
  lanes: 'category' | 'single';
  /** What to show: the timeline, the list, or both. */
  view: 'timeline' | 'list' | 'both';
}

/** The state with nothing chosen: every event, both views, one lane per category. */
export const EMPTY_VIEW_STATE: Readonly<ViewState> = Object.freeze({
  categories: [],
  categoryMatch: 'any',
  actors: [],
  jurisdictions: [],
  storylines: [],
  verifiedOnly: false,
  lanes: 'category',
  view: 'both',
});

/**
 * The grammar: each parameter's name, the older names it is still read under, and what it
 * holds. Names are the same in URLs and widget attributes.
 *
 * | parameter | also read as | value |
 * |---|---|---|
 * | `categories` | `category` | comma-separated category ids |
 * | `match` | | `any` (default) or `all` |
 * | `actors` | `actor` | comma-separated actor ids |
 * | `jurisdictions` | `jurisdiction` | comma-separated jurisdiction codes |
 * | `storylines` | `thread`, `threads` | comma-separated storyline ids |
 * | `from`, `to` | | `YYYY`, `YYYY-MM` or `YYYY-MM-DD` |
 * | `q` | | words to search for (at most 200 characters) |
 * | `verified` | | `1` (or `true`): confirmed events only |
 * | `event` | | the selected event's id |
 * | `window` | | `YYYY-MM-DD..YYYY-MM-DD` |
 * | `lanes` | | `category` (default) or `single` |
 * | `view` | | `both` (default), `timeline` or `list` |
 */
export const VIEW_PARAMS = {
  categories: ['category'],
  match: [],
  actors: ['actor'],
  jurisdictions: ['jurisdiction'],
  storylines: ['thread', 'threads'],
  from: [],
  to: [],
  q: [],
  verified: [],
  event: [],
  window: [],
  lanes: [],
  view: [],
} as const satisfies Record<string, readonly string[]>;

/** A parameter of the grammar, by its current name. */
export type ViewParam = keyof typeof VIEW_PARAMS;

/** Every name the grammar reads: current names and the older ones. */
export const VIEW_PARAM_NAMES: readonly string[] = Object.entries(VIEW_PARAMS).flatMap(
  ([name, aliases]) => [name, ...aliases],
);

/** Why a parameter was ignored. */
export type NoticeReason =
  'unknown-parameter' | 'unknown-value' | 'unknown-event' | 'bad-value' | 'bad-date' | 'too-long';

/** A parameter (or a value in a list) that was ignored, and how to write it instead. */
export interface ViewStateNotice {
  /** The parameter as written (an older name stays as written). */
  param: string;
  /** The value, shortened to 40 characters for display; empty for unknown parameters. */
  value: string;
  reason: NoticeReason;
  /** How to write it instead, in English, for messages to page authors. */
  fix: string;
}

/** The ids a dataset knows, to check the lists and the selected event against. */
export interface KnownIds {
  categories: ReadonlySet<string>;
  actors: ReadonlySet<string>;
  jurisdictions: ReadonlySet<string>;
  storylines: ReadonlySet<string>;
  events: ReadonlySet<string>;
}

/**
 * The ids a dataset knows, for `parseViewState`.
 *
 * @example
 * parseViewState(params, { known: toKnownIds(dataset) })
 */
export function toKnownIds(dataset: {
  categories: readonly { id: string }[];
  actors: readonly { id: string }[];
  jurisdictions: readonly { id: string }[];
  threads: readonly { id: string }[];
  events: readonly { id: string }[];
}): KnownIds {
  const ids = (entries: readonly { id: string }[]) => new Set(entries.map((entry) => entry.id));
  return {
    categories: ids(dataset.categories),
    actors: ids(dataset.actors),
    jurisdictions: ids(dataset.jurisdictions),
    storylines: ids(dataset.threads),
    events: ids(dataset.events),
  };
}

/** Longest value read for any parameter; longer ones are ignored with a notice. */
export const MAX_VALUE_LENGTH = 500;
/** Longest search text read. */
export const MAX_QUERY_LENGTH = 200;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
type ListKey = 'categories' | 'actors' | 'jurisdictions' | 'storylines';

function shorten(value: string): string {
  return value.length > 40 ? `${value.slice(0, 39)}…` : value;
}

/** Where each name (current or older) leads. */
const CANONICAL = new Map<string, ViewParam>(
  Object.entries(VIEW_PARAMS).flatMap(([name, aliases]) =>
    [name, ...aliases].map((alias) => [alias, name as ViewParam] as const),
  ),
);

/**
 * Reads a view state from query parameters or attributes. Unknown parameters, unknown ids,
 * dates that do not exist, a period that ends before it starts, and values that are too long
 * are left out and listed in `notices`, in the order of the parameters. Lists may be given
 * more than once (`categories=a&category=b`); for other parameters the first one counts.
 *
 * @param params - name/value pairs, e.g. a `URLSearchParams`
 * @param options.known - the dataset's ids; without it (data not loaded yet), ids are taken
 *   as given
 * @param options.accept - further names the caller reads itself (e.g. the widget's `lang`),
 *   which are therefore not unknown
 * @example
 * parseViewState(new URLSearchParams('category=security&from=2024'), { known })
 * // { state: { ...EMPTY_VIEW_STATE, categories: ['security'], from: '2024' }, notices: [] }
 */
export function parseViewState(
  params: Iterable<readonly [string, string]>,
  options: { known?: KnownIds; accept?: readonly string[] } = {},
): { state: ViewState; notices: ViewStateNotice[] } {
  const { known } = options;
  const accepted = new Set(options.accept ?? []);
  const notices: ViewStateNotice[] = [];
  const notice = (param: string, value: string, reason: NoticeReason, fix: string) =>
    notices.push({ param, value: shorten(value), reason, fix });

  // Group by current name, keeping what each value was written as.
  const given = new Map<ViewParam, { name: string; value: string }[]>();
  for (const [name, value] of params) {
    const param = CANONICAL.get(name);
    if (param === undefined) {
      if (!accepted.has(name)) {
        notice(
          shorten(name),
          '',
          'unknown-parameter',
          `remove it; known parameters are ${Object.keys(VIEW_PARAMS).join(', ')}`,
        );
      }
      continue;
    }
    const list = given.get(param);
    if (list) list.push({ name, value });
    else given.set(param, [{ name, value }]);
  }

  /** The first non-empty value of a single-value parameter, if it is not too long. */
  const single = (param: ViewParam, max = MAX_VALUE_LENGTH) => {
    const first = given.get(param)?.find(({ value }) => value.trim() !== '');
    if (!first) return undefined;
    const value = first.value.trim();
    if (value.length > max) {
      notice(first.name, value, 'too-long', `use at most ${max} characters`);
      return undefined;
    }
    return { name: first.name, value };
  };

  const choice = <T extends string>(param: ViewParam, allowed: readonly T[], fallback: T): T => {
    const read = single(param);
    if (read === undefined) return fallback;
    if ((allowed as readonly string[]).includes(read.value)) return read.value as T;
    notice(read.name, read.value, 'bad-value', `use one of: ${allowed.join(', ')}`);
    return fallback;
  };

  const list = (param: ListKey): string[] => {
    const ids: string[] = [];
    const allowed = known?.[param];
    for (const { name, value } of given.get(param) ?? []) {
      if (value.length > MAX_VALUE_LENGTH) {
        notice(name, value, 'too-long', `use at most ${MAX_VALUE_LENGTH} characters`);
        continue;
      }
      for (const raw of value.split(',')) {
        const id = raw.trim();
        if (!id || ids.includes(id)) continue;
        if (!allowed || allowed.has(id)) ids.push(id);
        else {
          const examples = [...allowed].slice(0, 3).join(', ');
          notice(
            name,
            id,
            'unknown-value',
            `use ids the data knows${examples ? `, e.g. ${examples}` : ''}`,
          );
        }
      }
    }
    return ids;
  };

  const state: ViewState = {
    categories: list('categories'),
    categoryMatch: choice('match', ['any', 'all'] as const, 'any'),
    actors: list('actors'),
    jurisdictions: list('jurisdictions'),
    storylines: list('storylines'),
    verifiedOnly: false,
    lanes: 'category',
    view: 'both',
  };

  for (const bound of ['from', 'to'] as const) {
    const read = single(bound);
    if (read === undefined) continue;
    if (isPartialDate(read.value)) state[bound] = read.value;
    else notice(read.name, read.value, 'bad-date', 'write a date as YYYY, YYYY-MM or YYYY-MM-DD');
  }
  if (state.from && state.to && toDayRange(state.to)[1] < toDayRange(state.from)[0]) {
    notice('to', state.to, 'bad-date', `use a date after from (${state.from})`);
    delete state.to;
  }

  const q = single('q', MAX_QUERY_LENGTH);
  if (q) state.q = q.value;

  const verified = choice('verified', ['1', 'true', '0', 'false'] as const, '0');
  state.verifiedOnly = verified === '1' || verified === 'true';

  const event = single('event');
  if (event) {
    if (!known || known.events.has(event.value)) state.event = event.value;
    else notice(event.name, event.value, 'unknown-event', 'use the id of an event in the data');
  }

  const window = single('window');
  if (window) {
    const [start, end, ...rest] = window.value.split('..');
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
    else {
      notice(
        window.name,
        window.value,
        'bad-date',
        'write two days as YYYY-MM-DD..YYYY-MM-DD, the first before the second',
      );
    }
  }

  state.lanes = choice('lanes', ['category', 'single'] as const, 'category');
  state.view = choice('view', ['both', 'timeline', 'list'] as const, 'both');
  return { state, notices };
}

/**
 * Writes a view state as query parameters under their current names, leaving out defaults,
 * always in the same order, so that the same view always has the same URL.
 *
 * @param options.omit - parameters to leave out, e.g. `['window']` for a link that should
 *   open at the whole period
 * @example
 * toViewQuery({ ...EMPTY_VIEW_STATE, categories: ['security'], event: 'storm' }).toString()
 * // 'categories=security&event=storm'
 */
export function toViewQuery(
  state: ViewState,
  options: { omit?: readonly ViewParam[] } = {},
): URLSearchParams {
  const omit = new Set(options.omit ?? []);
  const params = new URLSearchParams();
  const set = (param: ViewParam, value: string | undefined | false) => {
    if (value && !omit.has(param)) params.set(param, value);
  };
  set('categories', state.categories.join(','));
  set('match', state.categoryMatch === 'all' && 'all');
  set('actors', state.actors.join(','));
  set('jurisdictions', state.jurisdictions.join(','));
  set('storylines', state.storylines.join(','));
  set('from', state.from);
  set('to', state.to);
  set('q', state.q);
  set('verified', state.verifiedOnly && '1');
  set('event', state.event);
  set('window', state.window && `${state.window[0]}..${state.window[1]}`);
  set('lanes', state.lanes === 'single' && 'single');
  set('view', state.view !== 'both' && state.view);
  return params;
}

/** The filter of a view state (everything but the words, which `createEventSearch` finds). */
export function toEventFilter(state: ViewState): EventFilter {
  return {
    categories: state.categories,
    categoryMatch: state.categoryMatch,
    actors: state.actors,
    jurisdictions: state.jurisdictions,
    threads: state.storylines,
    ...(state.from ? { from: state.from } : {}),
    ...(state.to ? { to: state.to } : {}),
    ...(state.verifiedOnly ? { verified: true } : {}),
  };
}

/** How many filters are set (each id, each bound, the words, "confirmed only"). */
export function countActiveFilters(state: ViewState): number {
  return (
    state.categories.length +
    state.actors.length +
    state.jurisdictions.length +
    state.storylines.length +
    (state.from ? 1 : 0) +
    (state.to ? 1 : 0) +
    (state.q ? 1 : 0) +
    (state.verifiedOnly ? 1 : 0)
  );
}

/**
 * The window as two instants (midnight UTC of each day), as the timeline takes it.
 *
 * @example
 * toWindowInstants(['2024-01-01', '2024-07-01']) // [2024-01-01T00:00Z, 2024-07-01T00:00Z]
 */
export function toWindowInstants(window: readonly [string, string]): [Date, Date] {
  return [new Date(`${window[0]}T00:00:00Z`), new Date(`${window[1]}T00:00:00Z`)];
}

/**
 * The window of two instants as the days the state keeps, or `undefined` when it is empty
 * (both fall on one day).
 */
export function toWindowDays(window: readonly [Date, Date]): [string, string] | undefined {
  const days = window.map((date) => date.toISOString().slice(0, 10)) as [string, string];
  return days[0] < days[1] ? days : undefined;
}
