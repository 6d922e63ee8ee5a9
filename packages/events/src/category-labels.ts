/**
 * Category labels for the exports (feeds, calendars, TimelineJS), which name an event's
 * categories in words rather than by id.
 *
 * @module
 */
import type { Category } from './schema.js';
import type { Language } from './vocabulary.js';

/** The dataset's categories, as far as the exports read them. */
export type CategoryLabels = readonly Pick<Category, 'id' | 'label'>[];

/** Looks up a category's label in a language; an id the registry lacks stands for itself. */
export function createCategoryLabel(
  categories: CategoryLabels,
  lang: Language,
): (id: string) => string {
  const labels = new Map(categories.map((category) => [category.id, category.label[lang]]));
  return (id) => labels.get(id) ?? id;
}
