// The results as Markdown: one table per size (the targets side by side, with the ratio of
// Chronik's widget to each peer), the goals marked met or missed, and the machine.
import type { RunResult, Value } from './measure.js';
import type { TargetId } from './targets/target.js';

/** The medians of one target at one size, with a note when some runs gave no number. */
export interface Summary {
  values: Record<keyof Omit<RunResult, 'problems'>, Value>;
  /** Runs that gave a number, of runs made, per metric where they differ. */
  partial: string[];
}

/** Results by size, then by target. */
export type Results = Map<number, Map<TargetId, Summary>>;

const ROWS: { metric: keyof Summary['values']; label: string; format: (v: number) => string }[] = [
  { metric: 'codeBytes', label: 'JS+CSS (raw)', format: (v) => `${(v / 1000).toFixed(1)} KB` },
  { metric: 'codeBytesGzip', label: 'JS+CSS (gzip)', format: (v) => `${(v / 1000).toFixed(1)} KB` },
  { metric: 'renderFromNavigation', label: 'first render from navigation', format: ms },
  { metric: 'renderAfterData', label: 'first render after the data arrived', format: ms },
  { metric: 'frameP50', label: 'zoom + pan frame p50', format: ms },
  { metric: 'frameP95', label: 'zoom + pan frame p95', format: ms },
  {
    metric: 'longFrameShare',
    label: 'frames over 16.7 ms',
    format: (v) => `${(v * 100).toFixed(0)} %`,
  },
  { metric: 'filter', label: 'category filter → painted', format: ms },
  { metric: 'search', label: 'search → painted', format: ms },
  { metric: 'heap', label: 'JS heap after GC', format: (v) => `${(v / 1e6).toFixed(1)} MB` },
  {
    metric: 'domNodes',
    label: 'DOM elements (with shadow roots)',
    format: (v) => v.toLocaleString('en'),
  },
  { metric: 'externalRequests', label: 'external requests (blocked)', format: (v) => String(v) },
];

function ms(value: number): string {
  return value >= 100 ? `${Math.round(value)} ms` : `${value.toFixed(1)} ms`;
}

const COLUMNS: { id: TargetId; label: string }[] = [
  { id: 'widget', label: 'Chronik widget' },
  { id: 'explorer', label: 'Chronik explorer' },
  { id: 'vis', label: 'vis-timeline' },
  { id: 'timelinejs', label: 'TimelineJS' },
];

function get(results: Results, count: number, target: TargetId, metric: keyof Summary['values']) {
  return results.get(count)?.get(target)?.values[metric];
}

function show(value: Value | undefined, format: (v: number) => string): string {
  if (value === undefined) return '—';
  return typeof value === 'number' ? format(value) : value;
}

function ratio(a: Value | undefined, b: Value | undefined): string {
  if (typeof a !== 'number' || typeof b !== 'number' || b === 0) return '—';
  return `${(a / b).toFixed(2)}×`;
}

/** A goal: a metric of a target at a size against a limit (or a peer's value times a factor). */
interface Goal {
  text: string;
  target: TargetId;
  count: number;
  metric: keyof Summary['values'];
  limit: number | { peer: TargetId; factor: number };
  format: (v: number) => string;
}

const kb = (v: number) => `${(v / 1000).toFixed(1)} KB`;
const mb = (v: number) => `${(v / 1e6).toFixed(1)} MB`;
const count = (v: number) => v.toLocaleString('en');

const GOALS: Goal[] = [
  {
    text: 'widget JS+CSS ≤ 45 KB gzip',
    target: 'widget',
    count: 0,
    metric: 'codeBytesGzip',
    limit: 45_000,
    format: kb,
  },
  {
    text: 'N=10,000: widget zoom/pan frame p95 ≤ 17 ms',
    target: 'widget',
    count: 10_000,
    metric: 'frameP95',
    limit: 17,
    format: ms,
  },
  {
    text: 'N=10,000: widget filter change painted ≤ 50 ms',
    target: 'widget',
    count: 10_000,
    metric: 'filter',
    limit: 50,
    format: ms,
  },
  {
    text: 'N=10,000: widget search painted ≤ 50 ms',
    target: 'widget',
    count: 10_000,
    metric: 'search',
    limit: 50,
    format: ms,
  },
  {
    text: 'N=10,000: widget DOM elements ≤ 2,000',
    target: 'widget',
    count: 10_000,
    metric: 'domNodes',
    limit: 2000,
    format: count,
  },
  {
    text: 'N=10,000: widget heap ≤ 40 MB',
    target: 'widget',
    count: 10_000,
    metric: 'heap',
    limit: 40e6,
    format: mb,
  },
  {
    text: 'N=100,000: widget first render ≤ 1.5 s after the data arrives',
    target: 'widget',
    count: 100_000,
    metric: 'renderAfterData',
    limit: 1500,
    format: ms,
  },
  {
    text: 'N=100,000: widget frame p95 ≤ 33 ms',
    target: 'widget',
    count: 100_000,
    metric: 'frameP95',
    limit: 33,
    format: ms,
  },
  {
    text: "N=1,000: widget first render (after data) ≤ 0.5× vis-timeline's",
    target: 'widget',
    count: 1000,
    metric: 'renderAfterData',
    limit: { peer: 'vis', factor: 0.5 },
    format: ms,
  },
  {
    text: 'N=1,000: widget frame p95 ≤ 17 ms',
    target: 'widget',
    count: 1000,
    metric: 'frameP95',
    limit: 17,
    format: ms,
  },
  {
    text: 'N=10,000: explorer interactive ≤ 2 s from navigation',
    target: 'explorer',
    count: 10_000,
    metric: 'renderFromNavigation',
    limit: 2000,
    format: ms,
  },
  {
    text: 'N=10,000: explorer frame p95 ≤ 17 ms',
    target: 'explorer',
    count: 10_000,
    metric: 'frameP95',
    limit: 17,
    format: ms,
  },
  {
    text: 'N=10,000: explorer filter change painted ≤ 50 ms',
    target: 'explorer',
    count: 10_000,
    metric: 'filter',
    limit: 50,
    format: ms,
  },
];

function goalLine(goal: Goal, results: Results): string {
  const sizes = [...results.keys()].sort((a, b) => a - b);
  const at = goal.count === 0 ? sizes[0] : goal.count;
  const value = at === undefined ? undefined : get(results, at, goal.target, goal.metric);
  let limit = typeof goal.limit === 'number' ? goal.limit : undefined;
  if (typeof goal.limit === 'object' && at !== undefined) {
    const peer = get(results, at, goal.limit.peer, goal.metric);
    if (typeof peer === 'number') limit = peer * goal.limit.factor;
  }
  if (value === undefined) return `| ${goal.text} | not run | — |`;
  if (typeof value !== 'number') return `| ${goal.text} | ${value} | **missed** |`;
  if (limit === undefined)
    return `| ${goal.text} | ${goal.format(value)} | not judged (peer not run) |`;
  const verdict = value <= limit ? 'met' : '**missed**';
  return `| ${goal.text} | ${goal.format(value)} (limit ${goal.format(limit)}) | ${verdict} |`;
}

/** The whole report as Markdown. */
export function toMarkdown(options: {
  results: Results;
  machine: string[];
  method: string[];
  notes: string[];
}): string {
  const { results, machine, method, notes } = options;
  const lines = [
    '# Chronik benchmark results',
    '',
    'Written by `pnpm bench` (apps/bench). Medians of the runs.',
    '',
  ];
  lines.push('## Machine', '', ...machine.map((m) => `- ${m}`), '');
  lines.push('## Goals', '', '| goal | measured | |', '| --- | --- | --- |');
  for (const goal of GOALS) lines.push(goalLine(goal, results));
  lines.push('');
  for (const [size, byTarget] of [...results].sort(([a], [b]) => a - b)) {
    const columns = COLUMNS.filter((c) => byTarget.has(c.id));
    const peers = columns.filter((c) => c.id === 'vis' || c.id === 'timelinejs');
    const header = [...columns.map((c) => c.label), ...peers.map((p) => `widget / ${p.label}`)];
    lines.push(`## ${size.toLocaleString('en')} events`, '');
    lines.push(
      `| metric | ${header.join(' | ')} |`,
      `| --- |${header.map(() => ' ---: |').join('')}`,
    );
    for (const row of ROWS) {
      const cells = columns.map((c) => show(get(results, size, c.id, row.metric), row.format));
      const ratios = peers.map((p) =>
        ratio(get(results, size, 'widget', row.metric), get(results, size, p.id, row.metric)),
      );
      lines.push(`| ${row.label} | ${[...cells, ...ratios].join(' | ')} |`);
    }
    const partial = columns.flatMap((c) =>
      (byTarget.get(c.id)?.partial ?? []).map((p) => `${c.label}: ${p}`),
    );
    if (partial.length > 0) lines.push('', `Runs with a number: ${partial.join('; ')}.`);
    lines.push('');
  }
  lines.push('## How it was measured', '', ...method.map((m) => `- ${m}`), '');
  if (notes.length > 0) lines.push('## Notes from this run', '', ...notes.map((n) => `- ${n}`), '');
  return lines.join('\n');
}
