// Every event's own page: title, sources, alternates, JSON-LD, neighbours; and the 404 page.
import { getEvidence } from '@chronik/events';
import { getMessages } from '../../src/lib/i18n';
import { data, expect, test } from '../fixtures';

test('every event page renders with title, sources, alternates and JSON-LD', async ({
  page,
  lang,
}) => {
  for (const [index, event] of data.events.entries()) {
    await page.goto(`/${lang}/events/${event.id}/`);
    await expect(page.locator('h1'), `${event.id}: h1`).toHaveText(event.title[lang]);
    await expect(page.locator('.sources li'), `${event.id}: sources`).not.toHaveCount(0);
    const t = getMessages(lang);
    const evidence = getEvidence(event);
    await expect(page.locator('.facts'), `${event.id}: evidence`).toContainText(
      t.evidence[evidence],
    );
    await expect(page.locator('.single-source'), `${event.id}: single-source cue`).toHaveCount(
      evidence === 'single' ? 1 : 0,
    );
    // A season's date carries its own parentheses, so none may be put around a date. A
    // parenthesis right after a letter or digit belongs to a reference ("COM(2026) 502").
    expect(await page.locator('main').innerText(), `${event.id}: nested brackets`).not.toMatch(
      /\([^()]*(?<![\p{L}\p{N}])\(/u,
    );
    const jsonLd = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
    ) as { '@type'?: string; name?: string };
    expect([jsonLd['@type'], jsonLd.name], `${event.id}: JSON-LD`).toEqual([
      'Event',
      event.title[lang],
    ]);
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) => links.map((l) => l.getAttribute('hreflang')));
    expect(alternates, `${event.id}: hreflang`).toEqual(['de', 'en']);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
      'content',
      event.title[lang],
    );
    await expect(page.locator('a[rel="prev"]'), `${event.id}: previous link`).toHaveCount(
      index > 0 ? 1 : 0,
    );
    await expect(page.locator('a[rel="next"]'), `${event.id}: next link`).toHaveCount(
      index < data.events.length - 1 ? 1 : 0,
    );
  }
});

test("an unknown event gives a 404 page in the page's language", async ({ page, lang }) => {
  const response = await page.goto(`/${lang}/events/does-not-exist/`);
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText(
    lang === 'de' ? 'Seite nicht gefunden' : 'Page not found',
  );
});
