/**
 * What a pointer is on: the canvas draws the symbols, bars and density bins, so a click or a
 * hover is matched to them here, by position, against the layout that was drawn. Pure
 * functions over plain numbers.
 *
 * @module
 */
import type { DensityBin, PositionedMark } from './layout.js';

/** Half the side of a mark's target, in pixels: 24 × 24, as the focusable buttons. */
export const TARGET_RADIUS = 12;

/**
 * The mark under a point of a lane, or `undefined`. A symbol is hit within
 * {@link TARGET_RADIUS} of its centre, a bar anywhere along it (a short one, within the
 * radius of its middle); `dy`, the distance from the lane's baseline, must be within the
 * radius too. Where
 * targets overlap, the one whose centre is nearest wins, so a point on a long bar still
 * reaches the symbol drawn on it.
 */
export function findMark(
  marks: readonly PositionedMark[],
  options: { laneId: string; x: number; dy: number },
): PositionedMark | undefined {
  const { laneId, x, dy } = options;
  if (Math.abs(dy) > TARGET_RADIUS) return undefined;
  let found: PositionedMark | undefined;
  let distance = Infinity;
  for (const mark of marks) {
    if (mark.laneId !== laneId) continue;
    const inside = mark.point
      ? Math.abs(x - mark.cx) <= TARGET_RADIUS
      : x >= Math.min(mark.x0, mark.cx - TARGET_RADIUS) &&
        x <= Math.max(mark.x1, mark.cx + TARGET_RADIUS);
    if (!inside) continue;
    const d = Math.abs(x - mark.cx);
    if (d < distance) [found, distance] = [mark, d];
  }
  return found;
}

/**
 * The density bin at a position of a lane, allowing `slack` pixels on each side (bins are
 * narrow), or `undefined`.
 */
export function findBin(
  bins: readonly DensityBin[],
  options: { laneId: string; x: number; slack?: number },
): DensityBin | undefined {
  const { laneId, x, slack = 2 } = options;
  let found: DensityBin | undefined;
  let distance = Infinity;
  for (const bin of bins) {
    if (bin.laneId !== laneId || x < bin.x0 - slack || x > bin.x1 + slack) continue;
    const d = Math.abs((bin.x0 + bin.x1) / 2 - x);
    if (d < distance) [found, distance] = [bin, d];
  }
  return found;
}
