/**
 * The smallest values in any stretch of an array, each query in O(1) after O(n log n) set-up
 * (a sparse table): how the layout finds the best-ranked events of a label slot without
 * looking at every event in it.
 *
 * @module
 */

/** Answers "which positions in `[lo, hi)` hold the smallest values?" over fixed values. */
export interface RangeMin {
  /**
   * Writes into `out` the positions of the `k` smallest values in `[lo, hi)`, smallest first
   * (fewer when the stretch is shorter), and returns how many it wrote. Equal values come in
   * position order.
   */
  smallest(lo: number, hi: number, k: number, out: Int32Array | number[]): number;
}

/**
 * Builds a {@link RangeMin} over `values` (not copied: do not change them afterwards).
 *
 * @example
 * const ranks = createRangeMin(new Float64Array([5, 1, 4, 2, 3]));
 * const out: number[] = [];
 * ranks.smallest(0, 5, 2, out); // 2, out = [1, 3] (the values 1 and 2)
 * ranks.smallest(2, 5, 1, out); // 1, out = [3]
 */
export function createRangeMin(values: Float64Array): RangeMin {
  const n = values.length;
  const better = (a: number, b: number) => (values[b]! < values[a]! ? b : a);
  // levels[j][i]: the position of the smallest value in [i, i + 2^(j+1)). Stretches of one
  // need no table (the position is `i`).
  const levels: Int32Array[] = [];
  for (let width = 2; width <= n; width *= 2) {
    const level = new Int32Array(n - width + 1);
    const below = levels[levels.length - 1];
    const half = width / 2;
    for (let i = 0; i < level.length; i++) {
      level[i] = below ? better(below[i]!, below[i + half]!) : better(i, i + 1);
    }
    levels.push(level);
  }
  const min = (lo: number, hi: number) => {
    if (hi - lo === 1) return lo;
    const j = 31 - Math.clz32(hi - lo) - 1;
    const level = levels[j]!;
    return better(level[lo]!, level[hi - (2 << j)]!);
  };

  return {
    smallest(lo, hi, k, out) {
      lo = Math.max(lo, 0);
      hi = Math.min(hi, n);
      if (hi <= lo || k <= 0) return 0;
      // The stretches still to search, each with the position of its smallest value: take
      // the smallest of those, then search what lies on either side of it. k is a lane's
      // label rows, a handful: a plain list beats a heap.
      const los = [lo];
      const his = [hi];
      const mins = [min(lo, hi)];
      let written = 0;
      while (written < k && mins.length > 0) {
        let pick = 0;
        for (let s = 1; s < mins.length; s++) {
          const a = mins[s]!;
          const b = mins[pick]!;
          if (values[a]! < values[b]! || (values[a] === values[b] && a < b)) pick = s;
        }
        const at = mins[pick]!;
        const left = los[pick]!;
        const right = his[pick]!;
        out[written++] = at;
        // Replace the stretch by its two sides (the last entry fills the hole).
        const last = mins.length - 1;
        los[pick] = los[last]!;
        his[pick] = his[last]!;
        mins[pick] = mins[last]!;
        los.length = his.length = mins.length = last;
        if (at > left) {
          los.push(left);
          his.push(at);
          mins.push(min(left, at));
        }
        if (at + 1 < right) {
          los.push(at + 1);
          his.push(right);
          mins.push(min(at + 1, right));
        }
      }
      return written;
    },
  };
}
