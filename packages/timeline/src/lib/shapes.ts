import {
  symbol,
  symbolCircle,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  type SymbolType,
} from 'd3-shape';
import type { Shape } from '@chronik/events';

/** A regular hexagon with a flat top, of the given area (d3-shape has none). */
const symbolHexagon: SymbolType = {
  draw(context, size) {
    const r = Math.sqrt((2 * size) / (3 * Math.sqrt(3)));
    for (let i = 0; i < 6; i++) {
      const angle = (Math.PI / 3) * i;
      const x = r * Math.cos(angle);
      const y = r * Math.sin(angle);
      if (i === 0) context.moveTo(x, y);
      else context.lineTo(x, y);
    }
    context.closePath();
  },
};

const SYMBOLS: Record<Shape, SymbolType> = {
  circle: symbolCircle,
  triangle: symbolTriangle,
  square: symbolSquare,
  diamond: symbolDiamond,
  hexagon: symbolHexagon,
  star: symbolStar,
};

// Shapes differ in how large they look at the same area; these factors even them out.
const AREA_FACTOR: Record<Shape, number> = {
  circle: 1,
  triangle: 1.25,
  square: 0.9,
  diamond: 0.9,
  hexagon: 1,
  star: 1.35,
};

const cache = new Map<string, string>();

/**
 * The SVG path of a category's marker shape, centred on (0, 0).
 *
 * @param size - area in square pixels @default 90
 */
export function getSymbolPath(shape: Shape, size = 90): string {
  const key = `${shape} ${size}`;
  let path = cache.get(key);
  if (path === undefined) {
    path = symbol(SYMBOLS[shape], size * AREA_FACTOR[shape])() ?? '';
    cache.set(key, path);
  }
  return path;
}
