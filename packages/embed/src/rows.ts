/**
 * Which rows of a long list to keep in the page: those in view, and a few more on each side,
 * for rows of one height. A list of a hundred thousand events then costs the rows in view.
 */
export interface RowWindow {
  /** The first row to render. */
  start: number;
  /** One past the last row to render. */
  end: number;
  /** The height above the first rendered row, in pixels. */
  before: number;
  /** The height below the last rendered row, in pixels. */
  after: number;
}

/**
 * The rows to render for a scroll position.
 *
 * @param options.scrollTop - how far the list is scrolled, in pixels
 * @param options.viewport - the height of the visible part, in pixels
 * @param options.rowHeight - the height of every row, in pixels
 * @param options.overscan - rows to render beyond each edge @default 8
 * @example
 * getRowWindow({ count: 10_000, scrollTop: 5200, viewport: 520, rowHeight: 52 })
 * // { start: 92, end: 118, before: 4784, after: 513864 }
 */
export function getRowWindow(options: {
  count: number;
  scrollTop: number;
  viewport: number;
  rowHeight: number;
  overscan?: number;
}): RowWindow {
  const { count, scrollTop, viewport, rowHeight, overscan = 8 } = options;
  const first = Math.floor(Math.max(scrollTop, 0) / rowHeight);
  const start = Math.min(Math.max(first - overscan, 0), count);
  const end = Math.min(first + Math.ceil(viewport / rowHeight) + overscan, count);
  return { start, end, before: start * rowHeight, after: (count - end) * rowHeight };
}
