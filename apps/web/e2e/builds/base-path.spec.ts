// A site in a folder of its host (a code forge's project pages): built with
// SITE_URL=https://forge.example/chronik and a repository for corrections, served under
// /chronik/. Pages, assets and data load from the folder, and every absolute link names it:
// subscribe, download this view, citations and "Suggest a correction", in both languages.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { LANGUAGES } from '@chronik/events';
import { getMessages } from '../../src/lib/i18n';
import { openExplorer } from '../explorer';
import { expect, readExport, test, type ExportedData } from '../fixtures';
import { serve } from '../serve.js';
import { buildSite, listFiles } from './build-site';

const SITE = 'https://forge.example/chronik';
const REPOSITORY = 'https://github.com/example/chronik';

let site: string;
let server: Awaited<ReturnType<typeof serve>>;
let data: ExportedData;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  site = await buildSite({
    name: 'base-path',
    env: { SITE_URL: SITE, CHRONIK_REPOSITORY_URL: REPOSITORY },
  });
  server = await serve({ root: site, base: '/chronik' });
  data = readExport(site);
});
test.afterAll(() => server.close());

/** The address on the test server of a public address of the site. */
const local = (url: string) => url.replace(SITE, server.root);

async function save(page: Page, scope: string, name: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(scope).getByRole('button', { name, exact: true }).click(),
  ]);
  return readFile(await download.path(), 'utf8');
}

test('every link in the build stays inside the folder', async () => {
  const outside: string[] = [];
  for (const file of await listFiles(site)) {
    if (!/\.(html|json|xml|atom|ics|csv|js)$|_headers$/.test(file)) continue;
    const raw = await readFile(join(site, file), 'utf8');
    // iCalendar folds lines at 75 octets, in the middle of addresses too.
    const text = file.endsWith('.ics') ? raw.replace(/\r\n[ \t]/g, '') : raw;
    for (const [url] of text.matchAll(/https:\/\/forge\.example[^\s"'<>)\\]*/g)) {
      if (url !== SITE && !url.startsWith(`${SITE}/`)) outside.push(`${file}: ${url}`);
    }
    if (file.endsWith('.html')) {
      for (const [attribute] of text.matchAll(/\s(?:href|src|action)="\/(?!chronik\/)[^"]*"/g)) {
        outside.push(`${file}:${attribute}`);
      }
    }
  }
  expect(outside).toEqual([]);
  const headers = await readFile(join(site, '_headers'), 'utf8');
  expect(headers).toMatch(/^\/chronik\/embed\/\*$/m);
});

for (const lang of LANGUAGES) {
  test(`${lang}: the explorer, subscribe and download this view work under the folder`, async ({
    page,
  }) => {
    const t = getMessages(lang);
    await openExplorer(page, `${server.root}/${lang}`, '?categories=security');
    const security = data.events.filter((e) => e.categories.includes('security'));
    await expect(page.locator('.download-view')).toContainText(t.downloadView(security.length));
    const csv = await save(page, '.download-view', 'CSV');
    expect(csv.split('\r\n')[0]).toContain(`${SITE}/${lang}/?categories=security`);

    // Subscribe: every feed the explorer announces is in the folder, and served.
    const alternates = await page
      .locator('head link[rel="alternate"][type]')
      .evaluateAll((links) => links.map((l) => l.getAttribute('href')!));
    expect(alternates.length).toBeGreaterThan(3);
    for (const href of alternates) {
      expect(href.startsWith(`${SITE}/`), href).toBe(true);
      expect((await page.request.get(local(href))).status(), href).toBe(200);
    }

    await page.locator('footer').getByRole('link', { name: t.footerFeeds }).click();
    await expect(page).toHaveURL(`${server.root}/${lang}/data/`);
    const addresses = await page.locator('.address a').allInnerTexts();
    expect(addresses).toEqual(
      ['atom', 'json', 'ics'].map((format) => `${SITE}/feeds/${lang}/events.${format}`),
    );
    const feed = await (await page.request.get(local(addresses[0]!))).text();
    expect(feed).toContain(`<link href="${SITE}/${lang}/events/`);
    const calendar = (await (await page.request.get(local(addresses[2]!))).text()).replace(
      /\r\n[ \t]/g,
      '',
    );
    expect(calendar).toContain(`URL;VALUE=URI:${SITE}/${lang}/events/`);
    const links = await page
      .locator('table a, .downloads a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const href of links) {
      expect(href.startsWith(`${server.root}/`), href).toBe(true);
      expect((await page.request.get(href)).status(), href).toBe(200);
    }
    const dataset = await save(page, '.citation-files', 'CSL-JSON');
    expect((JSON.parse(dataset) as { URL: string }[])[0]!.URL).toBe(`${SITE}/${lang}/`);

    await page.locator('footer').getByRole('link', { name: t.changesNav }).click();
    await expect(page.locator('h1')).toHaveText(t.changesTitle);
  });

  test(`${lang}: an event page cites and offers corrections with addresses in the folder`, async ({
    page,
  }) => {
    const t = getMessages(lang);
    const event = data.events[5]!;
    const permalink = `${SITE}/${lang}/events/${event.id}/`;
    await page.goto(`${server.root}/${lang}/events/${event.id}/`);
    await expect(page.locator('h1')).toHaveText(event.title[lang]);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', permalink);
    await expect(page.locator('.cite-text')).toContainText(permalink);
    expect(await save(page, '.citation-files', 'BibTeX')).toContain(`url = {${permalink}}`);
    expect(await save(page, '.citation-files', 'RIS')).toContain(`UR  - ${permalink}\r\n`);

    const correction = page.getByRole('link', { name: t.suggestCorrection });
    const href = new URL((await correction.getAttribute('href'))!);
    expect(`${href.origin}${href.pathname}`).toBe(`${REPOSITORY}/issues/new`);
    expect(Object.fromEntries(href.searchParams)).toMatchObject({
      template: 'correction.yml',
      event: event.id,
      permalink,
      version: data.dataset.version,
    });

    const oembed = await page.locator('link[type="application/json+oembed"]').getAttribute('href');
    expect(oembed).toBe(`${SITE}/oembed/${lang}/events/${event.id}.json`);
    const json = (await (await page.request.get(local(oembed!))).json()) as { html: string };
    expect(json.html).toContain(`src="${SITE}/embed/`);
  });
}

test('the embed and a missing page work under the folder', async ({ page }) => {
  await page.goto(`${server.root}/embed/?lang=en&categories=security`);
  const security = data.events.filter((e) => e.categories.includes('security'));
  await expect(page.locator('chronik-timeline .count')).toHaveText(`${security.length} events`);
  const missing = await page.goto(`${server.root}/en/events/no-such-event/`);
  expect(missing?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText(getMessages('en').notFoundTitle);
  // The language is read below the folder: /chronik/en/… is English.
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('without JavaScript, a missing page links to both explorers in the folder', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const missing = await page.goto(`${server.root}/en/no-such-page/`);
  expect(missing?.status()).toBe(404);
  for (const lang of LANGUAGES) {
    const link = page.getByRole('link', { name: getMessages(lang).toExplorer });
    await expect(link).toHaveAttribute('href', `/chronik/${lang}/`);
  }
  await context.close();
});
