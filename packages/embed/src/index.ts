/**
 * `@chronik/embed`: the `<chronik-timeline>` widget. The bundle `dist/chronik-timeline.js`
 * (built from `src/element.svelte.ts`) defines the custom element; this entry exports the option
 * handling the site shares with it: the attribute names for the iframe page and the query
 * strings of the embed builder's snippets (the view itself in the grammar of `@chronik/events`).
 *
 * @packageDocumentation
 */
export {
  DEFAULT_DISPLAY,
  DISPLAY_ATTRIBUTES,
  SOURCE_ATTRIBUTES,
  WIDGET_ATTRIBUTES,
  parseWidgetOptions,
  toEmbedQuery,
  type WidgetAttributes,
  type WidgetDisplay,
  type WidgetOptions,
} from './options.js';
