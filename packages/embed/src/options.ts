/**
 * The widget's options, read from attributes (web component) or query parameters (iframe).
 * Reading never throws: a value that cannot be used is dropped and reported as a problem that
 * names the attribute and the fix; the rest applies.
 *
 * @module
 */
import { isPartialDate, type Language } from '@chronik/events';

/** What a page author can set. Attribute names and query parameter names are the same. */
export const WIDGET_ATTRIBUTES = [
  'src',
  'site',
  'lang',
  'categories',
  'actors',
  'jurisdictions',
  'from',
  'to',
  'q',
  'event',
  'view',
  'lanes',
  'theme',
  'height',
] as const;

/** A widget attribute name. */
export type WidgetAttribute = (typeof WIDGET_ATTRIBUTES)[number];

/** The raw attribute values (absent or `null` when not set). */
export type WidgetAttributes = Partial<Record<WidgetAttribute, string | null | undefined>>;

/** The options the widget renders with. */
export interface WidgetOptions {
  lang: Language;
  categories: string[];
  actors: string[];
  jurisdictions: string[];
  from?: string;
  to?: string;
  q?: string;
  event?: string;
  view: 'timeline' | 'list' | 'both';
  lanes: 'category' | 'single';
  theme: 'light' | 'dark' | 'auto';
  /** Height of the widget in CSS pixels; the list scrolls inside it. */
  height?: number;
}

/** An attribute value that was ignored. */
export interface WidgetProblem {
  attribute: WidgetAttribute;
  value: string;
  kind: 'unknown' | 'bad-date' | 'bad-value';
  /** What to write instead, in English, for the console warning aimed at the page's author. */
  fix: string;
}

/** The ids the data knows, to check `categories`, `actors`, `jurisdictions` and `event`. */
export interface KnownIds {
  categories: ReadonlySet<string>;
  actors: ReadonlySet<string>;
  jurisdictions: ReadonlySet<string>;
  events: ReadonlySet<string>;
}

function choice<T extends string>(
  attribute: WidgetAttribute,
  value: string | null | undefined,
  allowed: readonly T[],
  fallback: T,
  problems: WidgetProblem[],
): T {
  if (value === null || value === undefined || value === '') return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  problems.push({ attribute, value, kind: 'bad-value', fix: `use one of: ${allowed.join(', ')}` });
  return fallback;
}

/**
 * Reads the widget's options. Without `known`, ids are taken as given (the data is not loaded
 * yet); with it, unknown ids are dropped and reported.
 */
export function parseWidgetOptions(
  attributes: WidgetAttributes,
  known?: KnownIds,
): { options: WidgetOptions; problems: WidgetProblem[] } {
  const problems: WidgetProblem[] = [];
  const list = (attribute: 'categories' | 'actors' | 'jurisdictions'): string[] => {
    const ids: string[] = [];
    for (const raw of (attributes[attribute] ?? '').split(',')) {
      const id = raw.trim();
      if (!id || ids.includes(id)) continue;
      if (!known || known[attribute].has(id)) ids.push(id);
      else {
        problems.push({
          attribute,
          value: id,
          kind: 'unknown',
          fix: `use ids from the data's "${attribute}" list, e.g. ${[...known[attribute]].slice(0, 3).join(', ')}`,
        });
      }
    }
    return ids;
  };

  const options: WidgetOptions = {
    lang: choice(
      'lang',
      attributes.lang?.slice(0, 2).toLowerCase(),
      ['de', 'en'] as const,
      'de',
      problems,
    ),
    categories: list('categories'),
    actors: list('actors'),
    jurisdictions: list('jurisdictions'),
    view: choice('view', attributes.view, ['timeline', 'list', 'both'] as const, 'both', problems),
    lanes: choice('lanes', attributes.lanes, ['category', 'single'] as const, 'category', problems),
    theme: choice('theme', attributes.theme, ['light', 'dark', 'auto'] as const, 'auto', problems),
  };

  for (const attribute of ['from', 'to'] as const) {
    const value = attributes[attribute]?.trim();
    if (!value) continue;
    if (isPartialDate(value)) options[attribute] = value;
    else
      problems.push({
        attribute,
        value,
        kind: 'bad-date',
        fix: 'write a date as YYYY, YYYY-MM or YYYY-MM-DD',
      });
  }
  if (options.from && options.to && options.from > options.to) {
    problems.push({
      attribute: 'to',
      value: options.to,
      kind: 'bad-date',
      fix: `use a date after from (${options.from})`,
    });
    delete options.to;
  }

  const q = attributes.q?.trim();
  if (q) options.q = q.slice(0, 200);

  const event = attributes.event?.trim();
  if (event) {
    if (!known || known.events.has(event)) options.event = event;
    else
      problems.push({
        attribute: 'event',
        value: event,
        kind: 'unknown',
        fix: 'use the id of an event in the data',
      });
  }

  const height = attributes.height?.trim();
  if (height) {
    const pixels = Number(height.replace(/px$/, ''));
    if (Number.isFinite(pixels) && pixels >= 200 && pixels <= 4000) options.height = pixels;
    else
      problems.push({
        attribute: 'height',
        value: height,
        kind: 'bad-value',
        fix: 'use a number of pixels from 200 to 4000',
      });
  }
  return { options, problems };
}

/** The query string of the iframe page for these options (defaults left out). */
export function toEmbedQuery(options: WidgetOptions): string {
  const params = new URLSearchParams();
  params.set('lang', options.lang);
  if (options.categories.length) params.set('categories', options.categories.join(','));
  if (options.actors.length) params.set('actors', options.actors.join(','));
  if (options.jurisdictions.length) params.set('jurisdictions', options.jurisdictions.join(','));
  if (options.from) params.set('from', options.from);
  if (options.to) params.set('to', options.to);
  if (options.q) params.set('q', options.q);
  if (options.event) params.set('event', options.event);
  if (options.view !== 'both') params.set('view', options.view);
  if (options.lanes !== 'category') params.set('lanes', options.lanes);
  if (options.theme !== 'auto') params.set('theme', options.theme);
  if (options.height) params.set('height', String(options.height));
  return params.toString();
}

/**
 * The query string of the full site's explorer showing what the widget shows: its filters and
 * the selected event. The names are the explorer's own (`category`, not `categories`); a test
 * in apps/web reads this back with the explorer's parser, so the two cannot drift apart.
 *
 * @example
 * toExplorerQuery(options, 'storm') // 'category=security&event=storm'
 */
export function toExplorerQuery(options: WidgetOptions, selected?: string): string {
  const params = new URLSearchParams();
  if (options.categories.length) params.set('category', options.categories.join(','));
  if (options.actors.length) params.set('actor', options.actors.join(','));
  if (options.jurisdictions.length) params.set('jurisdiction', options.jurisdictions.join(','));
  if (options.from) params.set('from', options.from);
  if (options.to) params.set('to', options.to);
  if (options.q) params.set('q', options.q);
  if (selected) params.set('event', selected);
  return params.toString();
}
