// Paths that do not exist. The static host answers with the build's 404.html and status 404:
// with JavaScript it becomes the error page in the language of the path, with that `lang`,
// and logs no error; without JavaScript it says so in German and in English, each part marked
// with its language, and links to both explorers.
import { getMessages } from '../../src/lib/i18n';
import { expect, test } from '../fixtures';

const MISSING = [
  { path: '/de/nope/', lang: 'de' },
  { path: '/en/nope/', lang: 'en' },
  // No language in the path: German, the site's first language.
  { path: '/nope', lang: 'de' },
] as const;

for (const { path, lang } of MISSING) {
  test(`${path} is a 404 page in ${lang} that links to the explorer`, async ({ page, baseURL }) => {
    const t = getMessages(lang);
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.notFoundTitle);
    await expect(page.getByRole('main')).toContainText(t.notFoundText);
    await expect(page).toHaveTitle(`${t.notFoundTitle} – Chronik`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await page.getByRole('link', { name: t.toExplorer }).click();
    await page.waitForURL(`${baseURL}/${lang}/`);
    await expect(page.locator('.filter-bar')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
  });
}

test('switching the language keeps <html lang> in step', async ({ page, baseURL }) => {
  await page.goto('/de/');
  await expect(page.locator('.filter-bar')).toBeVisible();
  await page.getByRole('link', { name: getMessages('de').languageSwitchLabel }).click();
  await page.waitForURL(`${baseURL}/en/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const { path } of MISSING) {
    test(`${path} says so in German and English and links to both explorers`, async ({
      page,
      baseURL,
    }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      const [de, en] = [getMessages('de'), getMessages('en')];
      await expect(page).toHaveTitle(`${de.notFoundTitle} · ${en.notFoundTitle} – Chronik`);
      const heading = page.getByRole('heading', { level: 1 });
      await expect(heading).toBeVisible();
      await expect(heading).toHaveText(`${de.notFoundTitle} · ${en.notFoundTitle}`);
      // Each language's words carry their own `lang`, for screen readers and translators.
      for (const [lang, t] of [
        ['de', de],
        ['en', en],
      ] as const) {
        await expect(heading.locator(`[lang="${lang}"]`)).toHaveText(t.notFoundTitle);
        const text = page.locator(`main p[lang="${lang}"]`);
        await expect(text).toBeVisible();
        await expect(text).toContainText(t.notFoundText);
        await expect(text.getByRole('link', { name: t.toExplorer })).toHaveAttribute(
          'href',
          `/${lang}/`,
        );
      }
      await expect(page.locator('html')).toHaveAttribute('lang', 'de');

      for (const lang of ['de', 'en'] as const) {
        await page.goto(path);
        await page.getByRole('link', { name: getMessages(lang).toExplorer }).click();
        await page.waitForURL(`${baseURL}/${lang}/`);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      }
    });
  }
});
