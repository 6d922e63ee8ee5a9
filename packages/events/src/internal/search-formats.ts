/**
 * The names and versions of the search index's files, shared by their reader and writer
 * (`search-index.ts`) and their schemas (`search-index-schema.ts`). Kept out of
 * `search-index.ts` because everything that module exports is exported by the widget's
 * search chunk too, whose size is budgeted.
 *
 * @module
 */

/** The name and version of the table of contents; a reader refuses others. */
export const INDEX_FORMAT = { format: 'chronik-search-index', version: 3 } as const;

/** The name and version of a part; a reader refuses others. */
export const PART_FORMAT = { format: 'chronik-search-part', version: 4 } as const;
