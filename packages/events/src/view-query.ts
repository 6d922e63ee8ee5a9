/**
 * The one query grammar of the view state: read from and written to query parameters. The
 * explorer's URL, the widget's attributes, the iframe's parameters, the embed builder's
 * snippets and oEmbed all speak it, so a link made by one opens the same view in another.
 * Reading never throws: what cannot be used is dropped and reported as a notice that names
 * the parameter, the value and the fix; the rest applies.
 *
 * @module
 */
import { MAX_ID_LENGTH } from './internal/limits.js';
import { isPartialDate, toDayRange } from './partial-date.js';
import { truncate } from './problem.js';
import type { KnownIds, ViewState } from './view-state.js';

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

/**
 * Why a parameter was ignored: `bad-date` for a date that is not one (`2024-02-30`, `banana`),
 * `start-after-end` for a period whose start (`from`, or the first day of `window`) comes after
 * its end, with each a date of its own.
 */
export type NoticeReason =
  | 'unknown-parameter'
  | 'unknown-value'
  | 'unknown-event'
  | 'bad-value'
  | 'bad-date'
  | 'start-after-end'
  | 'too-long';

/** A parameter (or a value in a list) that was ignored, and how to write it instead. */
export interface ViewStateNotice {
  /** The parameter as written (an older name stays as written). */
  param: string;
  /**
   * The value, cut to 40 graphemes (the last one "…") for display; empty for unknown
   * parameters.
   */
  value: string;
  reason: NoticeReason;
  /** How to write it instead, in English, for messages to page authors. */
  fix: string;
}

/** Longest value read for any parameter but the lists; longer ones are ignored with a notice. */
export const MAX_VALUE_LENGTH = 500;
/**
 * Longest list read (`actors=a,b,…`): every id of a large registry, written out (a view of
 * 500 actors of 15 characters is 8,000), and still within what servers take in an address
 * (nginx: 8 KB per request line by default). Each id is held to the ids' own limit.
 */
const MAX_LIST_LENGTH = 8_000;
/** Longest search text read. */
export const MAX_QUERY_LENGTH = 200;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
type ListKey = 'categories' | 'actors' | 'jurisdictions' | 'storylines';

/** A value as a notice quotes it: 40 graphemes at most. */
function shorten(value: string): string {
  return truncate(value, 40);
}

/** Where each name (current or older) leads. */
const CANONICAL = new Map<string, ViewParam>(
  Object.entries(VIEW_PARAMS).flatMap(([name, aliases]) =>
    [name, ...aliases].map((alias) => [alias, name as ViewParam] as const),
  ),
);

/**
 * Reads a view state from query parameters or attributes. Unknown parameters, unknown ids,
 * dates that do not exist, a period that starts after it ends (then `to`, or the whole
 * `window`, is left out), and values that are too long are left out and listed in `notices`,
 * in the order of the parameters. Lists may be given more than once
 * (`categories=a&category=b`); for other parameters the first one counts.
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
      // A value without a name (`?=x`) has nothing a notice could name: it is left out.
      if (name !== '' && !accepted.has(name)) {
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
      if (value.length > MAX_LIST_LENGTH) {
        notice(name, value, 'too-long', `use at most ${MAX_LIST_LENGTH} characters`);
        continue;
      }
      for (const raw of value.split(',')) {
        const id = raw.trim();
        if (!id || ids.includes(id)) continue;
        if (id.length > MAX_ID_LENGTH) {
          notice(name, id, 'too-long', `use ids of at most ${MAX_ID_LENGTH} characters`);
          continue;
        }
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
  // Bounds are periods, not strings: `to=2024` runs to the end of 2024, `from=2024-06` from the
  // start of June, so together they are June to December. Only a `to` that ends before `from`
  // begins leaves nothing between them.
  if (state.from && state.to && toDayRange(state.to)[1] < toDayRange(state.from)[0]) {
    notice(
      'to',
      state.to,
      'start-after-end',
      `the period starts (from=${state.from}) after it ends (to=${state.to}); swap from and to, or use a to that ends after from begins`,
    );
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
    const days =
      rest.length === 0 &&
      start !== undefined &&
      end !== undefined &&
      DAY.test(start) &&
      DAY.test(end) &&
      isPartialDate(start) &&
      isPartialDate(end);
    if (days && start < end) state.window = [start, end];
    else if (days && start > end) {
      notice(
        window.name,
        window.value,
        'start-after-end',
        `the window starts (${start}) after it ends (${end}); swap the two days`,
      );
    } else {
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
