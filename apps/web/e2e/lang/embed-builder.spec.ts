// The embed builder: a live preview, both snippets and a privacy paragraph.
import { axeViolations, data, expect, test } from '../fixtures';

const securityIds = data.events.filter((e) => e.categories.includes('security')).map((e) => e.id);

test('the embed builder previews the widget and writes both snippets and a privacy paragraph', async ({
  page,
  lang,
}) => {
  await page.goto(`/${lang}/embed/`);
  const preview = page.frameLocator('.preview iframe');
  await preview.locator('.chronik-widget').waitFor();
  const security = data.categories.find((c) => c.id === 'security')!.label[lang];
  await page.getByRole('checkbox', { name: security }).check();
  const snippets = page.locator('.snippet pre');
  await expect(snippets.nth(0)).toContainText('categories="security"');
  await expect(snippets.nth(0), 'web component snippet loads the script').toContainText(
    '/embed/chronik-timeline.js',
  );
  await expect(snippets.nth(1), 'iframe snippet points at the embed page').toContainText(
    '/embed/?lang=',
  );
  await expect(snippets.nth(1), 'iframe snippet has the filter').toContainText(
    'categories=security',
  );
  await preview
    .locator('.count')
    .filter({ hasText: String(securityIds.length) })
    .waitFor();
  // Preselecting an event: words of its title find it among the site's events.
  const wanted = data.events.find((e) => e.categories.includes('security'))!;
  const find = page.getByRole('searchbox', {
    name:
      lang === 'de'
        ? 'Ereignis suchen (Wörter aus dem Titel)'
        : 'Find an event (words of its title)',
  });
  await find.fill(wanted.title[lang].split(' ').slice(0, 3).join(' '));
  const choice = page.getByRole('combobox', {
    name: lang === 'de' ? 'Vorausgewähltes Ereignis' : 'Preselected event',
  });
  await expect(choice.locator(`option[value="${wanted.id}"]`)).toHaveCount(1);
  await choice.selectOption(wanted.id);
  await expect(snippets.nth(0)).toContainText(`event="${wanted.id}"`);
  await expect(page.locator('#event-choices')).not.toContainText(String(data.events.length));
  await expect(page.locator('.privacy')).toContainText(
    lang === 'de' ? 'keine Cookies' : 'no cookies',
  );
  expect(await axeViolations(page)).toEqual([]);
});
