// One run: a fresh Chromium, one target at one size, every metric. Each step has its own
// timeout; a step that does not finish is recorded as "timeout" and the run goes on (after a
// first render that never comes, there is nothing else to measure).
import { writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { SEARCH_WORD } from './datasets.js';
import { installInPage } from './in-page.js';
import type { Target } from './targets/target.js';

/** A measured value, or why there is none. */
export type Value = number | 'timeout' | 'n/a' | 'error';

/** Everything one run measures. Times in ms, sizes in bytes. */
export interface RunResult {
  codeBytes: Value;
  codeBytesGzip: Value;
  renderFromNavigation: Value;
  renderAfterData: Value;
  frameP50: Value;
  frameP95: Value;
  /** Share of frames longer than 16.7 ms (with 1 ms for timer jitter), 0–1. */
  longFrameShare: Value;
  filter: Value;
  search: Value;
  heap: Value;
  domNodes: Value;
  externalRequests: Value;
  /** What went wrong, for the log. */
  problems: string[];
}

/** The metrics of `RunResult`, in the order of the results table. */
export const METRICS = [
  'codeBytes',
  'codeBytesGzip',
  'renderFromNavigation',
  'renderAfterData',
  'frameP50',
  'frameP95',
  'longFrameShare',
  'filter',
  'search',
  'heap',
  'domNodes',
  'externalRequests',
] as const satisfies readonly (keyof RunResult)[];

/**
 * Flags for a measured, reproducible Chromium: no GPU, no background traffic, `gc()`, and
 * nothing leaves the machine: every request to another host goes to a proxy that is not
 * there and fails (loopback, where the pages are served, never uses a proxy). Requests are
 * blocked by the browser rather than intercepted by the benchmark (`page.route`), which put
 * a round trip to this process in front of every request: 13 ms more on the widget's first
 * search, whose module and index files load when it searches.
 */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--js-flags=--expose-gc',
  '--proxy-server=http://127.0.0.1:9',
];

/**
 * How long a run waits before it searches, like a reader who looks at the filtered timeline
 * first: the search is timed alone, not with the garbage collection and idle work the filter
 * left behind (which added 5 to 20 ms, and as much variance, to the widget's search).
 */
const PAUSE_MS = 300;

/** The value at quantile `q` (0–1) of a list of numbers (nearest rank). */
export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** Runs `step` with a deadline; a step past it, or one that throws, becomes a `Value`. */
async function timed(
  name: string,
  timeoutMs: number,
  problems: string[],
  step: () => Promise<number>,
): Promise<Value> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    const value = await Promise.race([step(), deadline]);
    if (value === 'timeout') problems.push(`${name}: no result within ${timeoutMs / 1000} s`);
    return value;
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    problems.push(`${name}: ${message}`);
    return /timeout|exceeded/i.test(message) ? 'timeout' : 'error';
  } finally {
    clearTimeout(timer);
  }
}

/** Every element in the page, those in shadow roots included. */
function countNodes(page: Page): Promise<number> {
  return page.evaluate(() => {
    let count = 0;
    const walk = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        count++;
        if (element.shadowRoot) walk(element.shadowRoot);
      }
    };
    walk(document);
    return count;
  });
}

/**
 * Frame times during 10 Ctrl + wheel steps in, a drag across the timeline (zoomed in, so there
 * is something to pan to), and 10 steps out.
 */
async function zoomAndPan(page: Page, selector: string): Promise<number[]> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  const x = box.x + box.width / 2;
  const y = box.y + Math.min(box.height / 2, 60);
  await page.mouse.move(x, y);
  await page.evaluate(() => window.__bench.startFrames());
  const wheel = async (direction: number) => {
    await page.keyboard.down('Control');
    for (let i = 0; i < 10; i++) {
      await page.mouse.wheel(0, direction * 120);
      await page.waitForTimeout(50);
    }
    await page.keyboard.up('Control');
  };
  await wheel(-1);
  await page.mouse.down();
  await page.mouse.move(x - box.width / 3, y, { steps: 30 });
  await page.mouse.move(x + box.width / 3, y, { steps: 30 });
  await page.mouse.up();
  await page.mouse.move(x, y);
  await wheel(1);
  await page.waitForTimeout(300);
  return page.evaluate(() => window.__bench.stopFrames());
}

/**
 * Measures `target` with `count` events in a Chromium of its own. `origin` serves the target's
 * page; requests anywhere else are blocked and counted.
 */
export async function measureRun(options: {
  target: Target;
  count: number;
  origin: string;
  category: string;
  timeoutMs: number;
  /**
   * Where to write a CPU profile of a step ("zoom-and-pan", "filter", "search"), if anywhere
   * (`--profile`): Chrome DevTools' Performance panel opens the files.
   */
  profileOf?: (step: string) => string;
}): Promise<RunResult> {
  const { target, count, origin, category, timeoutMs, profileOf } = options;
  const problems: string[] = [];
  const na = 'n/a' as const;
  const result: RunResult = {
    ...Object.fromEntries(METRICS.map((m) => [m, 'timeout'])),
    problems,
  } as RunResult;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    let external = 0;
    // Counted as the page asks (the proxy above makes them fail).
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!/^(https?|wss?):$/.test(url.protocol) || url.hostname === '127.0.0.1') return;
      external++;
      problems.push(`blocked ${request.url()}`);
    });
    const code: { raw: number; gzip: number }[] = [];
    page.on('response', (response) => {
      const type = response.request().resourceType();
      if (type !== 'script' && type !== 'stylesheet') return;
      code.push({ raw: 0, gzip: 0 });
      const entry = code.at(-1)!;
      // Bodies are read after the fact; a page closed meanwhile leaves this entry at 0.
      response.body().then(
        (body) => Object.assign(entry, { raw: body.length, gzip: gzipSync(body).length }),
        () => undefined,
      );
    });
    await page.addInitScript(installInPage);
    const url = `${origin}${target.path}${target.dataPath ? `?n=${count}` : ''}`;
    result.renderFromNavigation = await timed('first render', timeoutMs, problems, async () => {
      await page.goto(url, { waitUntil: 'commit' });
      if (target.waitForRender) await target.waitForRender(page, timeoutMs);
      else {
        await page.waitForFunction(
          () => window.__bench.rendered !== undefined || window.__bench.failed !== undefined,
          undefined,
          { polling: 100, timeout: timeoutMs },
        );
      }
      const { rendered, failed } = await page.evaluate(() => window.__bench);
      if (failed) throw new Error(`the page reports: ${failed}`);
      return rendered!;
    });
    result.externalRequests = external;
    const reason = result.renderFromNavigation;
    if (typeof reason !== 'number') {
      // Nothing else can be measured without a render: every metric says why.
      for (const metric of METRICS) if (metric !== 'externalRequests') result[metric] = reason;
      return result;
    }

    // After one step times out the page is usually still busy with it; the later steps would
    // only wait out their own timeouts, so they are recorded as timeouts at once.
    let stalled = false;
    const step = async (name: string, run: () => Promise<number>): Promise<Value> => {
      if (stalled) return 'timeout';
      const value = await timed(name, timeoutMs, problems, run);
      if (value === 'timeout') stalled = true;
      return value;
    };
    const dataPath = target.dataPath?.(count);
    const rendered = reason;
    result.renderAfterData = dataPath
      ? await step('data timing', () =>
          page.evaluate(
            ({ path, rendered }) => {
              const entry = performance
                .getEntriesByType('resource')
                .find((e) => new URL(e.name).pathname === path) as PerformanceResourceTiming;
              return rendered - entry.responseEnd;
            },
            { path: dataPath, rendered },
          ),
        )
      : na;
    await page.waitForTimeout(200);
    result.codeBytes = code.reduce((sum, c) => sum + c.raw, 0);
    result.codeBytesGzip = code.reduce((sum, c) => sum + c.gzip, 0);
    result.domNodes = await step('DOM elements', () => countNodes(page));
    result.heap = await step('heap', async () => {
      await page.evaluate(() => {
        window.gc?.();
        window.gc?.();
      });
      const session = await page.context().newCDPSession(page);
      const { usedSize } = await session.send('Runtime.getHeapUsage');
      return usedSize;
    });

    const profiled = <T>(name: string, run: () => Promise<T>) =>
      profileOf ? recordProfile(page, profileOf(name), run) : run();
    let frames: number[] = [];
    const frameStep = await step('zoom and pan', async () => {
      frames = await profiled('zoom-and-pan', () => zoomAndPan(page, target.plotSelector));
      return frames.length;
    });
    if (typeof frameStep === 'number' && frames.length > 0) {
      result.frameP50 = quantile(frames, 0.5);
      result.frameP95 = quantile(frames, 0.95);
      result.longFrameShare = frames.filter((f) => f > 17.7).length / frames.length;
    } else {
      result.frameP50 = result.frameP95 = result.longFrameShare = frameStep;
    }

    const { filter, clearFilter, search } = target;
    result.filter = filter
      ? await step('filter', () => profiled('filter', () => filter(page, category, timeoutMs)))
      : na;
    if (clearFilter && typeof result.filter === 'number') {
      await step('clear filter', async () => {
        await clearFilter(page, category, timeoutMs);
        return 0;
      });
    }
    // Each action timed alone (see PAUSE_MS).
    await page.waitForTimeout(PAUSE_MS);
    result.search = search
      ? await step('search', () => profiled('search', () => search(page, SEARCH_WORD, timeoutMs)))
      : na;
    result.externalRequests = external;
    return result;
  } finally {
    await browser.close();
  }
}

/**
 * Runs `run` under V8's sampling profiler (every 200 µs) and writes the profile to `file`. The
 * profiler costs time itself: the figures of a profiled run are not comparable with others.
 */
async function recordProfile<T>(page: Page, file: string, run: () => Promise<T>): Promise<T> {
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 200 });
  await session.send('Profiler.start');
  try {
    return await run();
  } finally {
    const { profile } = await session.send('Profiler.stop');
    await writeFile(file, JSON.stringify(profile));
    await session.detach();
  }
}
