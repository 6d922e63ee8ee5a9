/**
 * The time scale: a linear map from UTC instants to pixels and back, as d3-scale's `scaleUtc`
 * computes it, without the parts the timeline does not use (tick formats, interpolators,
 * clamping), which would cost the embed widget several kilobytes. Ticks come from d3-time's
 * intervals in `time-scale.ts`.
 *
 * @module
 */

/** A linear map from UTC instants to pixels. Immutable: zooming makes a new one. */
export interface TimeScale {
  /** The pixel position of an instant (a `Date` or epoch milliseconds). */
  (value: Date | number): number;
  /** The instants at the two ends of the range. */
  readonly domain: readonly [Date, Date];
  /** The pixels of the two ends, `[0, width]`. */
  readonly range: readonly [number, number];
  /** The instant at a pixel position. */
  invert(pixel: number): Date;
}

/**
 * A time scale over `domain` across `[0, width]` (at least one pixel wide).
 *
 * @example
 * const scale = createTimeScale({ domain: [new Date('2024-01-01'), new Date('2025-01-01')], width: 366 });
 * scale(new Date('2024-03-01')) // 60: one pixel per day
 */
export function createTimeScale(options: {
  domain: readonly [Date, Date];
  width: number;
}): TimeScale {
  const domain: readonly [Date, Date] = [new Date(options.domain[0]), new Date(options.domain[1])];
  const range: readonly [number, number] = [0, Math.max(options.width, 1)];
  const d0 = domain[0].getTime();
  const d1 = domain[1].getTime();
  const [r0, r1] = range;
  // d3-scale's formulas (continuous.js `normalize`, d3-interpolate's `interpolateNumber`, and
  // time.js rounding inverted instants to whole milliseconds): the same numbers as before, to
  // the last bit, so nothing moves.
  const toPixel = (value: Date | number) => {
    const t = d1 - d0 ? (+value - d0) / (d1 - d0) : 0.5;
    return r0 * (1 - t) + r1 * t;
  };
  return Object.assign(toPixel, {
    domain,
    range,
    invert: (pixel: number) => {
      const t = r1 - r0 ? (pixel - r0) / (r1 - r0) : 0.5;
      return new Date(Math.round(d0 * (1 - t) + d1 * t));
    },
  });
}
