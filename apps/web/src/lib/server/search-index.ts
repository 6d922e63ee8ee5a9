import { toSearchIndex } from '@chronik/events/search';
import type { Dataset } from '@chronik/events';

const built = new WeakMap<Dataset, ReturnType<typeof toSearchIndex>>();

/**
 * The search index of a dataset and its parts, built once per build (the table of contents
 * and every part are pages of their own, and each would otherwise index every event again).
 */
export function getSearchIndex(dataset: Dataset): ReturnType<typeof toSearchIndex> {
  let index = built.get(dataset);
  if (!index) {
    index = toSearchIndex({ events: dataset.events, actors: dataset.actors });
    built.set(dataset, index);
  }
  return index;
}
