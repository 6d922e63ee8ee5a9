// The embed builder: a live preview, both snippets and a privacy paragraph.
import { getMessages } from '../../src/lib/i18n';
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

test('the snippets keep hostile words inside their attributes, as the browser parses them', async ({
  page,
  lang,
  baseURL,
}) => {
  await page.goto(`/${lang}/embed/`);
  await page.frameLocator('.preview iframe').locator('.chronik-widget').waitFor();
  const hostile = `"><img src=x onerror=alert(1)> ' onload='alert(2)' </script>&amp;`;
  await page.getByRole('searchbox', { name: getMessages(lang).search, exact: true }).fill(hostile);
  const snippets = page.locator('.snippet pre');
  await expect(snippets.nth(0)).toContainText(' q="');
  // Each snippet as the host page's browser reads it: its elements and their attributes.
  const [component, iframe] = await snippets.evaluateAll((pres) =>
    pres.map((pre) => {
      const template = document.createElement('template');
      template.innerHTML = pre.textContent ?? '';
      return [...template.content.querySelectorAll('*')].map((element) => [
        element.localName,
        Object.fromEntries([...element.attributes].map((a) => [a.name, a.value])),
      ]);
    }),
  );
  expect(component).toEqual([
    ['script', { type: 'module', src: `${baseURL}/embed/chronik-timeline.js` }],
    ['chronik-timeline', { lang, q: hostile.trim() }],
  ]);
  expect(iframe).toEqual([
    [
      'iframe',
      {
        src: `${baseURL}/embed/?${new URLSearchParams({ lang, q: hostile.trim() }).toString()}`,
        title: `Chronik – ${data.dataset.title[lang]}`,
        loading: 'lazy',
        style: 'width:100%;height:600px;border:0',
      },
    ],
    ['script', { src: `${baseURL}/embed/chronik-iframe.js`, defer: '' }],
  ]);
});
