/**
 * `@chronik/embed`: the `<chronik-timeline>` widget. The bundle `dist/chronik-timeline.js`
 * (built from `src/element.ts`) defines the custom element; this entry exports the parts the
 * site reuses for its iframe page and embed builder.
 *
 * @packageDocumentation
 */
export { default as Widget, type WidgetProps } from './Widget.svelte';
export {
  WIDGET_ATTRIBUTES,
  parseWidgetOptions,
  toEmbedQuery,
  type KnownIds,
  type WidgetAttribute,
  type WidgetAttributes,
  type WidgetOptions,
  type WidgetProblem,
} from './options.js';
export { checkData, loadData, type LoadFailure, type LoadResult } from './load.js';
export { WIDGET_MESSAGES, type WidgetMessages } from './messages.js';
