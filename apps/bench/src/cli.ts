// `pnpm bench`: generates the datasets, builds the explorers, runs every target at every size
// in fresh Chromium processes and writes RESULTS.md.
//
//   pnpm bench [--n 100,1000,10000,100000] [--runs 3] [--targets widget,explorer,vis,timelinejs]
//              [--timeout 120] [--out apps/bench/RESULTS.md] [--profile <folder>]
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { createBenchDataset, SEARCH_WORD, SEED } from './datasets.js';
import { getExplorerSite } from './explorer-build.js';
import { measureRun, type RunResult } from './measure.js';
import { writePages } from './pages.js';
import { toMarkdown, type Results } from './report.js';
import { serveFolder } from './server.js';
import { summarizeRuns } from './summarize.js';
import { explorer } from './targets/explorer.js';
import type { Target, TargetId } from './targets/target.js';
import { timelinejs } from './targets/timelinejs.js';
import { vis } from './targets/vis.js';
import { widget } from './targets/widget.js';

const BENCH = fileURLToPath(new URL('../', import.meta.url));
const TARGETS: Target[] = [widget, explorer, vis, timelinejs];
/** Site builds of 100,000 events take too long (200,000 event pages). */
const EXPLORER_MAX = 10_000;

function fail(message: string): never {
  console.error(`pnpm bench: ${message}`);
  process.exit(2);
}

const { values: args } = parseArgs({
  options: {
    n: { type: 'string', default: '100,1000,10000,100000' },
    runs: { type: 'string', default: '3' },
    targets: { type: 'string', default: TARGETS.map((t) => t.id).join(',') },
    timeout: { type: 'string', default: '120' },
    out: { type: 'string' },
    profile: { type: 'string' },
  },
});
// Paths as given on the command line, from where pnpm was called. A profiled run's figures
// carry the profiler's cost: they go beside the profiles, not into the committed results,
// unless --out says otherwise.
const here = process.env.INIT_CWD ?? process.cwd();
const profileDir = args.profile === undefined ? undefined : resolve(here, args.profile);
const out =
  args.out === undefined ? join(profileDir ?? BENCH, 'RESULTS.md') : resolve(here, args.out);
if (profileDir) await mkdir(profileDir, { recursive: true });
const sizes = args.n.split(',').map((s) => Number(s.replaceAll('_', '')));
if (sizes.some((s) => !Number.isInteger(s) || s <= 0)) {
  fail(`--n ${args.n}: give whole numbers of events, comma-separated, e.g. --n 100,1000`);
}
const runs = Number(args.runs);
if (!Number.isInteger(runs) || runs < 1)
  fail(`--runs ${args.runs}: give a whole number ≥ 1, e.g. --runs 3`);
const timeoutMs = Number(args.timeout) * 1000;
if (!(timeoutMs > 0)) fail(`--timeout ${args.timeout}: give seconds, e.g. --timeout 120`);
const targets = args.targets.split(',').map((id) => {
  const target = TARGETS.find((t) => t.id === id);
  return (
    target ??
    fail(`--targets: unknown target "${id}"; choose from ${TARGETS.map((t) => t.id).join(', ')}`)
  );
});

const log = (line: string) => console.error(`[bench] ${line}`);
const cacheDir = join(BENCH, '.cache');
const publicDir = join(cacheDir, 'public');
const notes: string[] = [];
if (profileDir) {
  notes.push(
    `Profiled run (--profile ${profileDir}): every zoom, filter and search ran under V8's sampling profiler, whose cost is in these figures; compare them only with each other.`,
  );
}
const started = new Date();
const load = loadavg()
  .map((l) => l.toFixed(2))
  .join(', ');

await writePages(publicDir);
const pagesServer = await serveFolder(publicDir);
const probe = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
const chromiumVersion = probe.version();
await probe.close();

const results: Results = new Map();
try {
  for (const count of sizes) {
    log(`${count} events: generating the dataset (seed ${SEED}) …`);
    const data = await createBenchDataset({
      count,
      cacheDir,
      publicDir,
      writeDataDir: count <= EXPLORER_MAX && targets.includes(explorer),
    });
    const category = data.dataset.categories[0]!.id;
    const byTarget = new Map<TargetId, ReturnType<typeof summarizeRuns>>();
    results.set(count, byTarget);
    for (const target of targets) {
      let origin = pagesServer.origin;
      let siteServer: Awaited<ReturnType<typeof serveFolder>> | undefined;
      if (target.id === 'explorer') {
        if (count > EXPLORER_MAX) {
          log(`explorer ${count}: skipped (site builds above ${EXPLORER_MAX} events are too slow)`);
          continue;
        }
        siteServer = await serveFolder(
          await getExplorerSite({ count, dataDir: data.dataDir, cacheDir, log }),
        );
        origin = siteServer.origin;
      }
      const done: RunResult[] = [];
      try {
        for (let run = 1; run <= runs; run++) {
          const t0 = Date.now();
          const profileOf = profileDir
            ? (step: string) =>
                join(profileDir, `${target.id}-${count}-run${run}-${step}.cpuprofile`)
            : undefined;
          const result = await measureRun({
            target,
            count,
            origin,
            category,
            timeoutMs,
            profileOf,
          });
          done.push(result);
          const render = result.renderFromNavigation;
          log(
            `${target.id} ${count} run ${run}/${runs}: render ${typeof render === 'number' ? `${render.toFixed(0)} ms` : render}, ${((Date.now() - t0) / 1000).toFixed(0)} s`,
          );
          for (const problem of new Set(result.problems)) log(`  ${problem}`);
          // A target that never renders at this size will not in the next run either.
          if (render === 'timeout') {
            notes.push(
              `${target.label} at ${count.toLocaleString('en')} events: no first render within ${timeoutMs / 1000} s in run ${run}; the other runs were skipped.`,
            );
            break;
          }
        }
      } finally {
        await siteServer?.close();
      }
      const blocked = [
        ...new Set(done.flatMap((r) => r.problems.filter((p) => p.startsWith('blocked')))),
      ];
      if (blocked.length > 0) notes.push(`${target.label} at ${count}: ${blocked.join(', ')}`);
      byTarget.set(target.id, summarizeRuns(done));
    }
  }
} finally {
  await pagesServer.close();
}

const markdown = toMarkdown({
  results,
  machine: [
    `CPU: ${cpus()[0]?.model ?? 'unknown'}, ${cpus().length} cores; load average at the start ${load} (other work shared the machine)`,
    `Chromium ${chromiumVersion} (headless, /usr/bin/chromium), Node ${process.version}`,
    `Run on ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC, ${runs} fresh browser process(es) per target and size, timeout ${timeoutMs / 1000} s per measurement`,
  ],
  method: [
    `Data: \`createSyntheticDataset({ count, seed: ${SEED}, years: 15 })\` from \`@chronik/events/synthetic\` (ranges, every precision and category), written as a Chronik site serves them (the widget loads the compact event list, and the search index beside it when it searches; the explorer is the site built from them), and converted for vis-timeline (one item per event, in its first category's group) and TimelineJS (one slide per event, grouped by first category).`,
    'Everything is served from 127.0.0.1 (sirv); every other request is counted and fails (Chromium sends it to a proxy that is not there; loopback bypasses it).',
    "JS+CSS: every script and stylesheet response of the page up to the first render; gzip at zlib's default level, 1 KB = 1000 bytes. The widget's search module loads only when searching and is not included.",
    "First render: from navigation start (`performance.now()`) and from the moment the data file was received (its `responseEnd`), to two animation frames after the target's signal: `chronik-ready` (widget), vis-timeline's first `changed`, TimelineJS's `ready`. The explorer's is the frame in which its filter bar and timeline, hidden until hydration, are visible.",
    'Frames: time between `requestAnimationFrame` callbacks during 10 Ctrl + wheel steps in (50 ms apart) over the timeline, a drag across two thirds of it while zoomed in, and 10 steps out; "over 16.7 ms" counts frames over 17.7 ms, allowing 1 ms of timer jitter.',
    `Filter: the first category (the widget's \`categories\` attribute, the explorer's first chip, a refreshed vis DataView with the other groups hidden) until the event count changes (vis: its \`changed\` event) plus two animation frames. Search: "${SEARCH_WORD}" in the widget's \`q\` and the explorer's search field, timed the same way: until the count shows a new number and is no longer marked busy (\`aria-busy\`, while the search loads what the words need: its module, the index's table of contents and the parts for the words). The search begins 300 ms after the filter (\`PAUSE_MS\`), as a reader looks at one result before the next action, so that it is not timed with the idle work and garbage collection the filter left. TimelineJS has neither; vis-timeline has no search.`,
    'Heap: `Runtime.getHeapUsage` after two forced `gc()` calls, after the first render. DOM elements: every element, those in shadow roots included, after the first render.',
  ],
  notes,
});
console.log(markdown);
// pnpm runs the script in apps/bench; a relative --out means the directory pnpm was run from.
await writeFile(out, markdown);
