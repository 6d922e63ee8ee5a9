/**
 * The zoom value: how far the timeline is zoomed in (`k`) and moved (`x`, in pixels). A pixel
 * `p` of the unzoomed timeline appears at `p · k + x`. This is the value type of d3-zoom
 * (`d3/d3-zoom/src/transform.js`) reduced to the one axis a timeline has; the gestures that
 * change it are the timeline's own (`gestures.ts`), so the rest of d3-zoom is not needed.
 *
 * @module
 */
import { createTimeScale, type TimeScale } from './scale.js';

/** A zoom and pan of the horizontal axis. Immutable: every change makes a new one. */
export class ZoomTransform {
  /**
   * @param k - the zoom factor; 1 shows the whole domain
   * @param x - the offset in pixels; 0 starts at the domain's start
   */
  constructor(
    readonly k: number,
    readonly x: number,
  ) {}

  /** Where an unzoomed pixel position appears under this transform. */
  applyX(x: number): number {
    return x * this.k + this.x;
  }

  /** The unzoomed pixel position of a pixel on screen. */
  invertX(x: number): number {
    return (x - this.x) / this.k;
  }

  /**
   * The zoomed scale: what the base scale shows at each screen pixel. As in d3-zoom,
   * `x.copy().domain(x.range().map(this.invertX, this).map(x.invert, x))`: the range stays,
   * the domain becomes the instants at the screen's two ends.
   */
  rescaleX(base: TimeScale): TimeScale {
    const [r0, r1] = base.range;
    return createTimeScale({
      domain: [base.invert(this.invertX(r0)), base.invert(this.invertX(r1))],
      width: r1 - r0,
    });
  }

  /** Whether two transforms are the same. */
  equals(other: ZoomTransform): boolean {
    return this.k === other.k && this.x === other.x;
  }
}

/** No zoom, no pan: the whole domain across the width. */
export const zoomIdentity = new ZoomTransform(1, 0);
