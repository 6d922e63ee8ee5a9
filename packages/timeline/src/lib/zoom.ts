/**
 * Zoom maths for a horizontal timeline. The zoom state is an immutable `ZoomTransform` (`k`
 * scale, `x` offset), and the visible scale is `transform.rescaleX(base)`. Every function
 * returns a new transform that keeps the view inside the base domain and between the whole
 * domain and `maxScale`.
 *
 * @module
 */
import type { TimeScale } from './scale.js';
import type { TimeWindow } from './time-scale.js';
import { ZoomTransform, zoomIdentity } from './transform.js';

const DAY = 86_400_000;

/**
 * The largest zoom factor: the one at which `minSpanMs` fills the width.
 *
 * @param options.minSpanMs - the shortest span readers can zoom to @default 10 days
 */
export function getMaxScale(options: { domain: TimeWindow; minSpanMs?: number }): number {
  const { domain, minSpanMs = 10 * DAY } = options;
  return Math.max(1, (domain[1].getTime() - domain[0].getTime()) / minSpanMs);
}

/** Keeps a transform between the whole domain (k = 1) and `maxScale`, and inside the domain. */
export function constrainTransform(options: {
  transform: ZoomTransform;
  width: number;
  maxScale: number;
}): ZoomTransform {
  const { transform, width, maxScale } = options;
  const k = Math.min(Math.max(transform.k, 1), maxScale);
  const x = Math.min(Math.max(transform.x, width - k * width), 0);
  return k === transform.k && x === transform.x ? transform : new ZoomTransform(k, x);
}

/**
 * Zooms by `factor` around the pixel `x`, which stays where it is (the pointer, the centre for
 * buttons and keys).
 *
 * @example
 * zoomAround({ transform: zoomIdentity, factor: 2, x: 500, width: 1000, maxScale: 40 })
 * // k = 2, x = -500: the centre stays in the centre
 */
export function zoomAround(options: {
  transform: ZoomTransform;
  factor: number;
  x: number;
  width: number;
  maxScale: number;
}): ZoomTransform {
  const { transform, factor, x, width, maxScale } = options;
  const k = Math.min(Math.max(transform.k * factor, 1), maxScale);
  const offset = x - ((x - transform.x) * k) / transform.k;
  return constrainTransform({ transform: new ZoomTransform(k, offset), width, maxScale });
}

/** Moves the view by `dx` pixels (positive: content moves right, i.e. back in time). */
export function panBy(options: {
  transform: ZoomTransform;
  dx: number;
  width: number;
  maxScale: number;
}): ZoomTransform {
  const { transform, dx, width, maxScale } = options;
  return constrainTransform({
    transform: new ZoomTransform(transform.k, transform.x + dx),
    width,
    maxScale,
  });
}

/** The transform that shows `window` across the width (as closely as the limits allow). */
export function transformForWindow(options: {
  base: TimeScale;
  window: TimeWindow;
  width: number;
  maxScale: number;
}): ZoomTransform {
  const { base, window, width, maxScale } = options;
  const x0 = base(window[0]);
  const x1 = base(window[1]);
  if (!(x1 > x0)) return constrainTransform({ transform: zoomIdentity, width, maxScale });
  const k = width / (x1 - x0);
  return constrainTransform({ transform: new ZoomTransform(k, -k * x0), width, maxScale });
}

/** The part of the domain a transform shows. */
export function getVisibleWindow(options: {
  base: TimeScale;
  transform: ZoomTransform;
}): TimeWindow {
  const [start, end] = options.transform.rescaleX(options.base).domain;
  return [start, end];
}

/**
 * The smallest pan that brings `[x0, x1]` (pixels under the current transform) into view with
 * `margin` pixels to spare; centred when it does not fit. Returns the transform unchanged when
 * the span is already visible, so keyboard stepping does not make the view jump.
 */
export function panIntoView(options: {
  transform: ZoomTransform;
  x0: number;
  x1: number;
  width: number;
  maxScale: number;
  margin?: number;
}): ZoomTransform {
  const { transform, x0, x1, width, maxScale, margin = 48 } = options;
  let dx = 0;
  if (x1 - x0 > width - 2 * margin) dx = width / 2 - (x0 + x1) / 2;
  else if (x0 < margin) dx = margin - x0;
  else if (x1 > width - margin) dx = width - margin - x1;
  return dx === 0 ? transform : panBy({ transform, dx, width, maxScale });
}
