import { METRICS, quantile, type RunResult, type Value } from './measure.js';
import type { Summary } from './report.js';

/**
 * The median of each metric over the runs that gave a number. A metric that no run measured
 * takes the first run's reason (`timeout`, `n/a`, `error`); one that only some runs measured
 * says so in `partial`.
 */
export function summarizeRuns(runs: RunResult[]): Summary {
  const values = {} as Summary['values'];
  const partial: string[] = [];
  for (const metric of METRICS) {
    const all: Value[] = runs.map((run) => run[metric]);
    const numbers = all.filter((v): v is number => typeof v === 'number');
    values[metric] = numbers.length > 0 ? quantile(numbers, 0.5) : (all[0] ?? 'n/a');
    const reasons = all.filter((v) => typeof v !== 'number' && v !== 'n/a');
    if (numbers.length > 0 && reasons.length > 0) {
      partial.push(`${metric} ${numbers.length} of ${all.length} (${reasons.join(', ')})`);
    }
  }
  return { values, partial };
}
