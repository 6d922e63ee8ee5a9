// The site costs what it shows: built from 500 and from 2,000 generated events, every event
// page stays within a fixed budget and the same size, and the whole build grows linearly.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSyntheticDataset } from '@chronik/events/synthetic';
import { writeDataFiles } from '@chronik/events/node';
import { expect, test } from '../fixtures';
import { serve } from '../serve.js';
import { buildSite, eventPageSizes, totalBytes } from './build-site';

/** What an event page (HTML + its data, gzip) may weigh, at any number of events. */
const EVENT_PAGE_BUDGET = 25_000;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

test('event pages stay within their budget and the build grows linearly', async ({
  page,
}, testInfo) => {
  const dataRoot = await mkdtemp(join(tmpdir(), 'chronik-synthetic-'));
  try {
    const builds: Record<number, { site: string; bytes: number; pages: Map<string, number> }> = {};
    for (const count of [500, 2000]) {
      const dataDir = join(dataRoot, String(count));
      await writeDataFiles({ dir: dataDir, files: createSyntheticDataset({ count, seed: 8 }) });
      const started = Date.now();
      const site = await buildSite({ name: `synthetic-${count}`, dataDir });
      const seconds = (Date.now() - started) / 1000;
      const pages = await eventPageSizes(site);
      builds[count] = { site, bytes: await totalBytes(site), pages };
      const largest = Math.max(...pages.values());
      const summary = `build ${seconds.toFixed(1)} s, ${(builds[count].bytes / 1e6).toFixed(1)} MB; event page median ${median([...pages.values()])} B, largest ${largest} B gzip`;
      testInfo.annotations.push({ type: `${count} events`, description: summary });
      console.log(`${count} events: ${summary}`);
      expect(pages.size, 'an event page per event and language').toBe(2 * count);
      expect(largest, `largest event page at ${count} events (gzip)`).toBeLessThanOrEqual(
        EVENT_PAGE_BUDGET,
      );
    }
    const small = builds[500]!;
    const large = builds[2000]!;
    // Four times the events: linear growth stays under four times the bytes (a fixed part is
    // shared), while anything that grows with events × events would be far above.
    expect(large.bytes / small.bytes, 'build size ratio for 4× the events').toBeLessThan(4.2);
    const smallMedian = median([...small.pages.values()]);
    const largeMedian = median([...large.pages.values()]);
    expect(
      Math.abs(largeMedian - smallMedian) / smallMedian,
      'an event page weighs the same at 500 and 2,000 events',
    ).toBeLessThan(0.1);

    // And the pages work: an event page of the large build, read in the browser.
    const server = await serve({ root: large.site });
    try {
      const [path] = [...large.pages.keys()];
      await page.goto(`${server.origin}/${path}`);
      await expect(page.locator('h1')).not.toBeEmpty();
      await expect(page.locator('.sources li')).not.toHaveCount(0);
    } finally {
      await server.close();
    }
  } finally {
    await rm(dataRoot, { recursive: true, force: true });
  }
});
