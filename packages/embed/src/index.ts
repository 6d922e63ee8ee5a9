/**
 * `@chronik/embed`: the `<chronik-timeline>` widget. The bundle `dist/chronik-timeline.js`
 * (built from `src/element.ts`) defines the custom element; this entry exports the option
 * handling the site shares with it: the attribute names for the iframe page, and the query
 * strings of the embed builder's snippets and of the explorer links.
 *
 * @packageDocumentation
 */
export {
  WIDGET_ATTRIBUTES,
  parseWidgetOptions,
  toEmbedQuery,
  toExplorerQuery,
  type KnownIds,
  type WidgetAttribute,
  type WidgetAttributes,
  type WidgetOptions,
  type WidgetProblem,
} from './options.js';
