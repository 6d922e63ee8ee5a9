import { searchPartPath, toSearchIndex, type SearchPartJson } from '@chronik/events/search';
import type { Dataset } from '@chronik/events';

interface BuiltIndex extends ReturnType<typeof toSearchIndex> {
  /** Each part by its file name (without `.json`), as `searchPartPath` names it. */
  byName: ReadonlyMap<string, SearchPartJson>;
}

const built = new WeakMap<Dataset, BuiltIndex>();

/** A part's file name without `.json`: `search-index/73-69.json` → `73-69`. */
function searchPartName(key: string): string {
  return searchPartPath(key).slice('search-index/'.length, -'.json'.length);
}

/**
 * The search index of a dataset and its parts, built once per build (the table of contents
 * and every part are pages of their own, and each would otherwise index every event again).
 * Its positions are those of the event list (`/data/event-list.json`): the dataset's order.
 */
export function getSearchIndex(dataset: Dataset): BuiltIndex {
  let index = built.get(dataset);
  if (!index) {
    const { index: table, parts } = toSearchIndex({
      events: dataset.events,
      actors: dataset.actors,
    });
    const byName = new Map(parts.map((part) => [searchPartName(part.key), part]));
    index = { index: table, parts, byName };
    built.set(dataset, index);
  }
  return index;
}
