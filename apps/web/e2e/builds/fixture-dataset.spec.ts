// The site is generic: built from a small dataset of another subject (e2e/fixture-data), with
// other categories, actors and texts, it works the same and names nothing of the curated data.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { countText, openExplorer } from '../explorer';
import { expect, readExport, test } from '../fixtures';
import { serve } from '../serve.js';
import { APP, buildSite, listFiles } from './build-site';

let site: string;
let server: Awaited<ReturnType<typeof serve>>;

test.beforeAll(async () => {
  site = await buildSite({ name: 'fixture', dataDir: join(APP, 'e2e/fixture-data') });
  server = await serve({ root: site });
});
test.afterAll(() => server.close());

test('nothing in the build names the curated dataset', async () => {
  const named: string[] = [];
  for (const file of await listFiles(site)) {
    if (!/\.(html|json|xml|js|css)$/.test(file)) continue;
    const text = await readFile(join(site, file), 'utf8');
    if (/Delos|Microsoft|Souveränität|sovereignty/i.test(text)) named.push(file);
  }
  expect(named).toEqual([]);
});

test('the root page, the explorer, a filter, an event page and the embed work', async ({
  page,
}) => {
  const fixture = readExport(site);
  const base = server.origin;
  // The root page sends readers on to their language; its links name the dataset.
  const root = await (await page.request.get(`${base}/`)).text();
  expect(root).toContain(`${fixture.dataset.title.de} – Deutsch`);
  expect(root).toContain(`${fixture.dataset.title.en} – English`);

  const x = await openExplorer(page, `${base}/de`);
  await expect(page.locator('h1')).toHaveText(fixture.dataset.title.de);
  expect(await x.listIds()).toEqual(fixture.events.map((e) => e.id));
  const council = fixture.categories[0]!;
  await x.chip(council.label.de).click();
  await page.waitForURL(new RegExp(`${council.id}`));
  const councilIds = fixture.events
    .filter((e) => e.categories.includes(council.id))
    .map((e) => e.id);
  expect(await x.listIds()).toEqual(councilIds);
  expect(await x.count()).toBe(countText('de', councilIds.length, fixture.events.length));

  const event = fixture.events[2]!;
  await page.goto(`${base}/en/events/${event.id}/`);
  await expect(page.locator('h1')).toHaveText(event.title.en);
  await expect(page.locator('.sources li')).toHaveCount(2);
  await expect(page.locator('.related li')).not.toHaveCount(0);

  const portal = fixture.events.filter((e) => e.categories.includes('portal'));
  await page.goto(`${base}/embed/?lang=en&categories=portal`);
  await expect(page.locator('chronik-timeline .count')).toHaveText(`${portal.length} events`);
});
