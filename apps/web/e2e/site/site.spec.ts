// Site-wide behaviour: print, theme, the root page, the sitemap, oEmbed.
import { readFile } from 'node:fs/promises';
import { openExplorer } from '../explorer';
import { data, expect, test } from '../fixtures';

const TOTAL = data.events.length;

test('the print style prints the list without the interactive parts', async ({ page }) => {
  await openExplorer(page, 'de');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.chronik-timeline'), 'timeline hidden in print').toBeHidden();
  await expect(page.locator('.filter-bar'), 'filters hidden in print').toBeHidden();
  await expect(page.locator('li.card'), 'every event printed').toHaveCount(TOTAL);
});

test('the theme toggle switches and is remembered', async ({ page }) => {
  await openExplorer(page, 'de');
  await page.getByRole('button', { name: 'Dunkles Design einschalten' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html'), 'after a reload').toHaveAttribute('data-theme', 'dark');
  await page.locator('.filter-bar').waitFor();
  await expect(page.getByRole('button', { name: 'Helles Design einschalten' })).toBeVisible();
});

for (const [locale, lang] of [
  ['en-GB', 'en'],
  ['de-DE', 'de'],
  ['fr-FR', 'de'],
] as const) {
  test.describe(`a reader whose browser prefers ${locale}`, () => {
    test.use({ locale });

    test(`is sent from the root to /${lang}/, keeping the query`, async ({ page, baseURL }) => {
      await page.goto('/?category=security');
      await page.waitForURL(`${baseURL}/${lang}/?category=security`);
    });
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the root page offers both languages as plain links', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('a[hreflang]')).toHaveCount(2);
  });
});

test('the sitemap lists every page in both languages', async () => {
  const xml = await readFile('build/sitemap.xml', 'utf8');
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  expect(locs).toHaveLength(2 * (TOTAL + 3));
  expect(locs).toEqual(
    expect.arrayContaining(
      ['/de/data/', '/en/changes/'].map((path) => expect.stringMatching(new RegExp(`${path}$`))),
    ),
  );
});

test('the explorer and event pages announce an oEmbed document of type rich with the iframe', async ({
  page,
}) => {
  const first = data.events[0]!.id;
  for (const [path, expected] of [
    ['/de/', 'lang=de'],
    [`/en/events/${first}/`, `lang=en&amp;event=${first}`],
  ] as const) {
    await page.goto(path);
    const href = await page.locator('link[type="application/json+oembed"]').getAttribute('href');
    expect(href, `oEmbed link on ${path}`).toBeTruthy();
    const file = new URL(href!).pathname;
    const oembed = JSON.parse(await readFile(`build${file}`, 'utf8')) as Record<string, string>;
    expect([oembed.version, oembed.type, oembed.provider_name], file).toEqual([
      '1.0',
      'rich',
      'Chronik',
    ]);
    expect(oembed.html, `${file}: iframe for ${expected}`).toContain(`/embed/?${expected}`);
  }
});
