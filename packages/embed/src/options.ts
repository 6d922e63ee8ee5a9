/**
 * The widget's options, read from attributes (web component) or query parameters (iframe):
 * the view state in Chronik's one grammar (`parseViewState` of `@chronik/events`: the same
 * names and meanings as the explorer's URL), plus how the widget looks and where its data
 * comes from. Reading never throws: a value that cannot be used is dropped and reported as a
 * notice that names the attribute and the fix; the rest applies.
 *
 * @module
 */
import {
  VIEW_PARAM_NAMES,
  parseViewState,
  toViewQuery,
  truncate,
  type KnownIds,
  type Language,
  type ViewState,
  type ViewStateNotice,
} from '@chronik/events';

/** Attributes about the widget itself rather than the view: its language, colours, height. */
export const DISPLAY_ATTRIBUTES = ['lang', 'theme', 'height'] as const;

/** Attributes that say where the data and the links go; the web component only. */
export const SOURCE_ATTRIBUTES = ['src', 'site'] as const;

/** Every attribute the web component reads; the iframe page reads all but the sources. */
export const WIDGET_ATTRIBUTES: readonly string[] = [
  ...SOURCE_ATTRIBUTES,
  ...DISPLAY_ATTRIBUTES,
  ...VIEW_PARAM_NAMES,
];

/** The raw attribute values (absent or `null` when not set). */
export type WidgetAttributes = Readonly<Record<string, string | null | undefined>>;

/** How the widget looks. */
export interface WidgetDisplay {
  lang: Language;
  theme: 'light' | 'dark' | 'auto';
  /** Height of the widget in CSS pixels; the list scrolls inside it. */
  height?: number;
}

/** The widget's options: the view state and its display. */
export interface WidgetOptions {
  state: ViewState;
  display: WidgetDisplay;
}

/**
 * A value as a notice quotes it: cut to 40 graphemes, the last one "…", as the explorer's
 * notices quote theirs (`truncate` in `@chronik/events`).
 */
export function toNoticeValue(value: string): string {
  return truncate(value, 40);
}

/**
 * An attribute that names a place on the web (`src`, `site`) as an absolute URL: read as a
 * link reads it, relative to `base` (the page's address), and only when it is `http:` or
 * `https:`. Anything else is `undefined`: a `javascript:` site would run the page author's
 * (or an attacker's) script from every link the widget draws, where the host has no
 * Content-Security-Policy, and a `data:` one would open whatever it holds.
 *
 * @example
 * toHttpUrl('/chronik/', 'https://news.example/a.html') // 'https://news.example/chronik/'
 * toHttpUrl('javascript:alert(1)', 'https://news.example/') // undefined
 */
export function toHttpUrl(value: string, base: string): string | undefined {
  try {
    const url = new URL(value, base);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
  } catch {
    // Not a URL at all (`http://[`): refused like any other.
  }
  return undefined;
}

/** The widget's options as read from its attributes, with what could not be used. */
export interface ParsedWidgetOptions extends WidgetOptions {
  /** Attribute values that were ignored, each with the fix. */
  notices: ViewStateNotice[];
  /** The full site's root URL (ending in "/"), when `site` was read (see `parseWidgetOptions`). */
  site?: string;
}

/** The display a bare `<chronik-timeline>` has. */
export const DEFAULT_DISPLAY: Readonly<WidgetDisplay> = Object.freeze({
  lang: 'de',
  theme: 'auto',
});

/**
 * Reads the widget's options. Without `known`, ids are taken as given (the data is not loaded
 * yet); with it, unknown ids are dropped and reported.
 *
 * @param base - the page's address; with it, `site` is read too (see `toHttpUrl`): the root
 *   of the full site for links, ending in "/", or left out with a notice when it is not an
 *   http(s) address. Without it (the iframe page, which has no `site`), `site` is not read.
 */
export function parseWidgetOptions(
  attributes: WidgetAttributes,
  known?: KnownIds,
  base?: string,
): ParsedWidgetOptions {
  const pairs = Object.entries(attributes).filter(
    (pair): pair is [string, string] => typeof pair[1] === 'string',
  );
  const { state, notices } = parseViewState(pairs, {
    ...(known ? { known } : {}),
    accept: [...DISPLAY_ATTRIBUTES, ...SOURCE_ATTRIBUTES],
  });
  const display: WidgetDisplay = { ...DEFAULT_DISPLAY };
  const bad = (attribute: string, value: string, fix: string) =>
    notices.push({ param: attribute, value: toNoticeValue(value), reason: 'bad-value', fix });

  const lang = attributes.lang?.trim();
  if (lang) {
    const code = lang.slice(0, 2).toLowerCase();
    if (code === 'de' || code === 'en') display.lang = code;
    else bad('lang', lang, 'use one of: de, en');
  }
  const theme = attributes.theme?.trim();
  if (theme) {
    if (theme === 'light' || theme === 'dark' || theme === 'auto') display.theme = theme;
    else bad('theme', theme, 'use one of: light, dark, auto');
  }
  const height = attributes.height?.trim();
  if (height) {
    const pixels = Number(height.replace(/px$/, ''));
    if (Number.isFinite(pixels) && pixels >= 200 && pixels <= 4000) display.height = pixels;
    else bad('height', height, 'use a number of pixels from 200 to 4000');
  }
  const read: ParsedWidgetOptions = { state, display, notices };
  const site = attributes.site?.trim();
  if (site && base !== undefined) {
    const url = toHttpUrl(site.endsWith('/') ? site : `${site}/`, base);
    if (url) read.site = url;
    else {
      bad(
        'site',
        site,
        'use the http or https address of the full site, e.g. https://chronik.example.org, or leave site out to link to where this script comes from',
      );
    }
  }
  return read;
}

/** The query string of the iframe page for these options (defaults left out). */
export function toEmbedQuery(options: WidgetOptions): string {
  const { state, display } = options;
  const params = new URLSearchParams({ lang: display.lang });
  for (const [name, value] of toViewQuery(state)) params.set(name, value);
  if (display.theme !== 'auto') params.set('theme', display.theme);
  if (display.height) params.set('height', String(display.height));
  return params.toString();
}
