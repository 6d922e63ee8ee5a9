import {
  EMPTY_VIEW_STATE,
  filterEvents,
  LANGUAGES,
  toViewQuery,
  type Dataset,
  type Language,
} from '@chronik/events';
import { toAtomFeed, toICalendar, toJsonFeed } from '@chronik/events/formats';
import { getSiteData } from './dataset';
import { SITE_URL } from './site';

/** What a feed or calendar follows: everything, one category or one storyline. */
export type FeedScope =
  { kind: 'all' } | { kind: 'category'; id: string } | { kind: 'storyline'; id: string };

/** The formats of each feed, by file extension, with their media types. */
export const FEED_FORMATS = {
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
  ics: 'text/calendar; charset=utf-8',
} as const;

/** A feed's file extension. */
export type FeedFormat = keyof typeof FEED_FORMATS;

/**
 * Where a feed lives, from the site's root: `/feeds/de/events.atom`,
 * `/feeds/en/category/security.ics`, `/feeds/de/storyline/delos-cloud.json`.
 */
function feedPath(lang: Language, scope: FeedScope, format: FeedFormat): `/${string}` {
  return scope.kind === 'all'
    ? `/feeds/${lang}/events.${format}`
    : `/feeds/${lang}/${scope.kind}/${scope.id}.${format}`;
}

/** Every feed's route parameters, for prerendering: three formats, both languages. */
export function feedEntries(
  dataset: Pick<Dataset, 'categories' | 'threads'>,
  kind: 'category' | 'storyline',
): { lang: Language; kind: 'category' | 'storyline'; file: string }[] {
  const ids = kind === 'category' ? dataset.categories : dataset.threads;
  return LANGUAGES.flatMap((lang) =>
    ids.flatMap(({ id }) =>
      Object.keys(FEED_FORMATS).map((format) => ({ lang, kind, file: `${id}.${format}` })),
    ),
  );
}

/** Reads `events.atom` or `security.ics` as a format and a name, or `undefined`. */
export function parseFeedFile(file: string): { name: string; format: FeedFormat } | undefined {
  const dot = file.lastIndexOf('.');
  const format = file.slice(dot + 1);
  return dot > 0 && format in FEED_FORMATS
    ? { name: file.slice(0, dot), format: format as FeedFormat }
    : undefined;
}

/**
 * A feed or calendar of the site's dataset as a response, or `undefined` when the scope
 * names no category or storyline of the dataset.
 */
export async function feedResponse(
  lang: Language,
  scope: FeedScope,
  format: FeedFormat,
): Promise<Response | undefined> {
  const { dataset } = await getSiteData();
  const selected = selectScope(dataset, scope);
  if (!selected) return undefined;
  const state =
    scope.kind === 'all'
      ? EMPTY_VIEW_STATE
      : {
          ...EMPTY_VIEW_STATE,
          [scope.kind === 'category' ? 'categories' : 'storylines']: [scope.id],
        };
  const query = toViewQuery(state).toString();
  const title = `${dataset.info.title[lang]}${selected.label ? ` – ${selected.label[lang]}` : ''}`;
  const common = {
    info: dataset.info,
    events: selected.events,
    categories: dataset.categories,
    lang,
    siteUrl: SITE_URL,
  };
  const feed = {
    ...common,
    title,
    feedUrl: `${SITE_URL}${feedPath(lang, scope, format)}`,
    pageUrl: `${SITE_URL}/${lang}/${query ? `?${query}` : ''}`,
  };
  const body =
    format === 'atom'
      ? toAtomFeed(feed)
      : format === 'json'
        ? `${JSON.stringify(toJsonFeed(feed), null, 2)}\n`
        : toICalendar({ ...common, name: title });
  return new Response(body, { headers: { 'content-type': FEED_FORMATS[format] } });
}

function selectScope(
  dataset: Dataset,
  scope: FeedScope,
): { events: Dataset['events']; label?: Record<Language, string> } | undefined {
  if (scope.kind === 'all') return { events: dataset.events };
  const registry = scope.kind === 'category' ? dataset.categories : dataset.threads;
  const entry = registry.find((item) => item.id === scope.id);
  if (!entry) return undefined;
  const filter = scope.kind === 'category' ? { categories: [scope.id] } : { threads: [scope.id] };
  return { events: filterEvents(dataset.events, filter), label: entry.label };
}
