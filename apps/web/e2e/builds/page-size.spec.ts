// The site costs what it shows. Built from 1,000 and from 10,000 generated events: every event
// page stays within a fixed budget and the same size, the explorer and the embed builder weigh
// the same, the whole build grows linearly; and the explorer and the widget at 10,000 events
// still filter, search, walk by keyboard and open events, with a bounded page while zooming.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseDataset, type ChronikEvent } from '@chronik/events';
import { createSyntheticDataset } from '@chronik/events/synthetic';
import { writeDataFiles } from '@chronik/events/node';
import { countNodes, zoomKeepingBounded } from '../dom';
import { expect, test } from '../fixtures';
import { serve } from '../serve.js';
import { buildSite, eventPageSizes, totalBytes } from './build-site';

/** What an event page (HTML + its data, gzip) may weigh, at any number of events. */
const EVENT_PAGE_BUDGET = 25_000;

const SMALL = 1_000;
const LARGE = 10_000;
const SEED = 8;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

/** A page in English (`en/<path>`): its HTML and its data file, gzip. */
async function pageBytes(site: string, path = ''): Promise<number> {
  let bytes = 0;
  for (const file of ['index.html', '__data.json']) {
    bytes += gzipSync(await readFile(join(site, 'en', path, file))).length;
  }
  return bytes;
}

test.describe.configure({ mode: 'serial' });

let dataRoot: string;
let large: { site: string; events: ChronikEvent[] } | undefined;

test.beforeAll(async () => {
  dataRoot = await mkdtemp(join(tmpdir(), 'chronik-synthetic-'));
});
test.afterAll(async () => {
  await rm(dataRoot, { recursive: true, force: true });
});

test('event, explorer and builder pages weigh the same at 1,000 and 10,000 events; the build grows linearly', async () => {
  const testInfo = test.info();
  const builds: Record<
    number,
    { bytes: number; pages: Map<string, number>; explorer: number; builder: number }
  > = {};
  for (const count of [SMALL, LARGE]) {
    const files = createSyntheticDataset({ count, seed: SEED });
    const dataDir = join(dataRoot, String(count));
    await writeDataFiles({ dir: dataDir, files });
    const started = Date.now();
    const site = await buildSite({ name: `synthetic-${count}`, dataDir });
    const seconds = (Date.now() - started) / 1000;
    const pages = await eventPageSizes(site);
    const build = {
      bytes: await totalBytes(site),
      pages,
      explorer: await pageBytes(site),
      builder: await pageBytes(site, 'embed'),
    };
    builds[count] = build;
    if (count === LARGE) {
      const { dataset } = parseDataset({ files, now: new Date('2026-12-01T00:00:00Z') });
      large = { site, events: dataset!.events };
    }
    const largest = Math.max(...pages.values());
    const summary = `build ${seconds.toFixed(1)} s (${((seconds * 1000) / count).toFixed(1)} s per 1,000 events), ${(build.bytes / 1e6).toFixed(1)} MB; event page median ${median([...pages.values()])} B, largest ${largest} B gzip; explorer page ${build.explorer} B, embed builder ${build.builder} B gzip`;
    testInfo.annotations.push({ type: `${count} events`, description: summary });
    console.log(`${count} events: ${summary}`);
    expect(pages.size, 'an event page per event and language').toBe(2 * count);
    expect(largest, `largest event page at ${count} events (gzip)`).toBeLessThanOrEqual(
      EVENT_PAGE_BUDGET,
    );
  }
  const small = builds[SMALL]!;
  const big = builds[LARGE]!;
  // Ten times the events: linear growth stays under ten times the bytes (a fixed part is
  // shared), while anything that grows with events × events would be far above.
  expect(big.bytes / small.bytes, 'build size ratio for 10× the events').toBeLessThan(10.5);
  const smallMedian = median([...small.pages.values()]);
  const largeMedian = median([...big.pages.values()]);
  expect(
    Math.abs(largeMedian - smallMedian) / smallMedian,
    'an event page weighs the same at 1,000 and 10,000 events',
  ).toBeLessThan(0.1);
  expect(
    Math.abs(big.explorer - small.explorer) / small.explorer,
    'the explorer page weighs the same at 1,000 and 10,000 events',
  ).toBeLessThan(0.1);
  expect(
    Math.abs(big.builder - small.builder) / small.builder,
    'the embed builder weighs the same at 1,000 and 10,000 events',
  ).toBeLessThan(0.1);
});

test('the explorer at 10,000 events filters, searches, walks by keyboard and opens events, with a bounded page', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const { site, events } = large!;
  const server = await serve({ root: site });
  try {
    const format = new Intl.NumberFormat('en-GB');
    await page.goto(`${server.origin}/en/`);
    const status = page.locator('.filter-bar [role="status"]');
    await expect(status).toHaveText(`${format.format(LARGE)} events`, { timeout: 60_000 });
    await expect(page.locator('.chronik-timeline')).toBeVisible();
    expect(await countNodes(page), 'elements at first').toBeLessThan(2000);

    // Zooming keeps the page bounded.
    await zoomKeepingBounded(page, page.locator('.chronik-timeline .plot'), {
      steps: 8,
      limit: 2000,
    });

    // A category: the count is the generated data's.
    const category = events[0]!.categories[0]!;
    const inCategory = events.filter((event) => event.categories.includes(category)).length;
    await page.goto(`${server.origin}/en/?categories=${category}`);
    await expect(status).toHaveText(
      `${format.format(inCategory)} of ${format.format(LARGE)} events`,
      { timeout: 60_000 },
    );

    // Words: the title of one event finds it (the index was built at build time).
    const wanted = events[Math.floor(LARGE / 2)]!;
    await page.goto(`${server.origin}/en/`);
    await expect(status).toHaveText(`${format.format(LARGE)} events`, { timeout: 60_000 });
    await page.getByRole('searchbox').fill(wanted.title.en);
    await expect(page.locator(`.card[data-id="${wanted.id}"]`)).toBeVisible({ timeout: 30_000 });

    // The keyboard: into the timeline, a step, and open; the texts come with the panel.
    await page.goto(`${server.origin}/en/`);
    await expect(status).toHaveText(`${format.format(LARGE)} events`, { timeout: 60_000 });
    let reached = false;
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(
        () => document.activeElement?.matches('.chronik-timeline button.mark') ?? false,
      );
    }
    expect(reached, 'Tab reaches a timeline event').toBe(true);
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect(page.locator('#detail-title')).toHaveText(events[1]!.title.en);
    await expect(page.locator('.panel .sources li')).not.toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(page.locator('#detail-title')).toHaveCount(0);

    // The list holds only what is near the viewport, and reaches the last event.
    await page.locator('#list-heading').scrollIntoViewIfNeeded();
    const cards = page.locator('.card');
    expect(await cards.count(), 'list entries in the page').toBeLessThan(100);
    await expect(cards.first()).toHaveAttribute('data-id', events[0]!.id);
    await expect(cards.first().locator('.summary p')).not.toBeEmpty();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect(page.locator(`.card[aria-posinset="${LARGE}"]`)).toBeVisible({
      timeout: 30_000,
    });
    await expect(page.locator(`.card[aria-posinset="${LARGE}"] .summary p`)).not.toBeEmpty();
    expect(await countNodes(page), 'elements at the end of the list').toBeLessThan(2000);
  } finally {
    await server.close();
  }
});

test('the widget at 10,000 events filters, searches, walks by keyboard and opens events, with a bounded page', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const { site, events } = large!;
  const server = await serve({ root: site });
  try {
    const format = new Intl.NumberFormat('en-GB');
    // The iframe page is the web component with the site's own data (its compact event list).
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    const count = page.locator('chronik-timeline .count');
    await page.goto(`${server.origin}/embed/?lang=en`);
    await expect(count).toHaveText(`${format.format(LARGE)} events`, { timeout: 60_000 });
    expect(requested).toContain('/data/event-list.json');
    expect(requested).not.toContain('/data/events.json');
    expect(await countNodes(page), 'elements at first').toBeLessThan(2000);
    await zoomKeepingBounded(page, page.locator('chronik-timeline .plot'), {
      steps: 8,
      limit: 2000,
    });

    // A category, and words: the counts are the generated data's, the index the site's.
    const category = events[0]!.categories[0]!;
    const inCategory = events.filter((event) => event.categories.includes(category)).length;
    await page.goto(`${server.origin}/embed/?lang=en&categories=${category}`);
    await expect(count).toHaveText(`${format.format(inCategory)} events`, { timeout: 60_000 });
    const wanted = events[Math.floor(LARGE / 2)]!;
    await page.goto(
      `${server.origin}/embed/?lang=en&view=list&q=${encodeURIComponent(wanted.title.en)}`,
    );
    await expect(page.locator(`chronik-timeline .list li[data-id="${wanted.id}"]`)).toBeVisible({
      timeout: 30_000,
    });
    expect(requested).toContain('/data/search-index.json');

    // The keyboard: into the timeline, a step, and open the event's card.
    await page.goto(`${server.origin}/embed/?lang=en&view=timeline`);
    await expect(count).toHaveText(`${format.format(LARGE)} events`, { timeout: 60_000 });
    let reached = false;
    for (let i = 0; i < 20 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(
        () =>
          document
            .querySelector('chronik-timeline')
            ?.shadowRoot?.activeElement?.matches('button.mark') ?? false,
      );
    }
    expect(reached, 'Tab reaches a timeline event').toBe(true);
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect(page.locator('chronik-timeline .card-title')).toHaveText(events[1]!.title.en);
  } finally {
    await server.close();
  }
});
