/**
 * What the unit tests share (not part of the package's API, and left out of its published
 * files).
 *
 * @module
 */
import type { Category } from '@chronik/events';

/** Three categories, each with its own shape, in this order: security, politics, legal. */
export const TEST_CATEGORIES: Category[] = ['security', 'politics', 'legal'].map((id, i) => ({
  id,
  label: { de: id, en: id },
  description: { de: id, en: id },
  color: '#000000',
  colorDark: '#ffffff',
  shape: (['triangle', 'hexagon', 'star'] as const)[i]!,
}));
