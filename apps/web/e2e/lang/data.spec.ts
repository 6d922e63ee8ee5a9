// "Data and feeds": every feed and calendar of the dataset, its categories and storylines,
// each address shown, copyable and served; and the downloads.
import { getMessages } from '../../src/lib/i18n';
import { data, expect, test } from '../fixtures';

test('lists every feed and calendar with its address, and every address answers', async ({
  page,
  context,
  lang,
}) => {
  const t = getMessages(lang);
  await page.goto(`/${lang}/data/`);
  await expect(page.locator('h1')).toHaveText(t.dataTitle);
  // The feeds of everything: their addresses in full, to copy.
  const addresses = page.locator('.address a');
  await expect(addresses).toHaveCount(3);
  const everything = await addresses.allInnerTexts();
  expect(everything.map((url) => new URL(url).pathname)).toEqual([
    `/feeds/${lang}/events.atom`,
    `/feeds/${lang}/events.json`,
    `/feeds/${lang}/events.ics`,
  ]);
  // One row per category in the first table, with its three feeds.
  const rows = page.locator('table').first().locator('tbody tr');
  await expect(rows).toHaveCount(data.categories.length);
  await expect(rows.first().locator('th')).toHaveText(data.categories[0]!.label[lang]);
  const links = await page
    .locator('table a, .downloads a')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  expect(links.length).toBeGreaterThan(3 * data.categories.length);
  // Every address is served (the site builds for localhost, the server listens on 127.0.0.1).
  for (const href of [...everything, ...links]) {
    const { pathname } = new URL(href);
    const response = await page.request.get(pathname);
    expect(response.status(), pathname).toBe(200);
    const body = await response.text();
    if (pathname.endsWith('.atom'))
      expect(body, pathname).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    if (pathname.endsWith('.ics'))
      expect(body.startsWith('BEGIN:VCALENDAR\r\n'), pathname).toBe(true);
    if (pathname.endsWith('.json') && pathname.startsWith('/feeds/'))
      expect(JSON.parse(body), pathname).toMatchObject({
        version: 'https://jsonfeed.org/version/1.1',
      });
  }
  // The copy button puts the address on the clipboard.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.locator('.address').first().getByRole('button', { name: t.copy }).click();
  await expect(page.locator('.address').first().getByRole('button')).toHaveText(t.copied);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(everything[0]);
});

test('the explorer and the footer point to the feeds and the data page', async ({ page, lang }) => {
  const t = getMessages(lang);
  await page.goto(`/${lang}/`);
  const types = await page
    .locator('head link[rel="alternate"][type]')
    .evaluateAll((links) => links.map((l) => l.getAttribute('type')));
  expect(types).toEqual(
    expect.arrayContaining([
      'application/atom+xml',
      'application/feed+json',
      'text/calendar',
      'text/csv',
    ]),
  );
  await page.locator('footer').getByRole('link', { name: t.footerFeeds }).click();
  await expect(page).toHaveURL(new RegExp(`/${lang}/data/$`));
});
