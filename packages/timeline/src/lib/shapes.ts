import type { Shape } from '@chronik/events';
import { SYMBOL_PATHS } from './symbol-paths.js';

/**
 * The SVG path of a category's marker shape, centred on (0, 0), about 90 px² in area: drawn
 * in a `viewBox` of about 18 × 18. The paths are computed by d3-shape at build time
 * (`scripts/write-symbol-paths.js`).
 */
export function getSymbolPath(shape: Shape): string {
  return SYMBOL_PATHS[shape];
}

const paths2D = new Map<Shape, Path2D>();

/** The same outline as a `Path2D`, for drawing on a canvas; made once per shape (browser only). */
export function getSymbolPath2D(shape: Shape): Path2D {
  let path = paths2D.get(shape);
  if (!path) paths2D.set(shape, (path = new Path2D(SYMBOL_PATHS[shape])));
  return path;
}
