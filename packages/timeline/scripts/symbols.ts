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

/** The marker path of every shape at an area, computed by d3-shape. */
export function computeSymbolPaths(size: number): Record<Shape, string> {
  const entries = (Object.keys(SYMBOLS) as Shape[]).map((shape) => [
    shape,
    symbol(SYMBOLS[shape], size * AREA_FACTOR[shape])() ?? '',
  ]);
  return Object.fromEntries(entries) as Record<Shape, string>;
}
