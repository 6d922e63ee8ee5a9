/**
 * The widget's search file (`chronik-search.js`), loaded only by a widget with words to find:
 * the part of `@chronik/events/search` a widget uses. Named here rather than imported whole,
 * so that what only a site's build uses (writing the index) stays out of it. It imports
 * nothing the widget's own file has, so it stays one file and never loads that one again.
 */
export { createEventSearch, SearchIndexLoader, searchInParts } from '@chronik/events/search';
