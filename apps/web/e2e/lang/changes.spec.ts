// "Changes": the dataset's versions and every event's dated corrections, newest first, in pages,
// with an Atom feed of their own.
import { getMessages } from '../../src/lib/i18n';
import { data, expect, test } from '../fixtures';

test('lists the versions and the dated changes of events, newest first, over linked pages', async ({
  page,
  lang,
}) => {
  const t = getMessages(lang);
  await page.goto(`/${lang}/`);
  await page.locator('footer').getByRole('link', { name: t.changesNav }).click();
  await expect(page).toHaveURL(new RegExp(`/${lang}/changes/$`));
  await expect(page.locator('h1')).toHaveText(t.changesTitle);
  const versions = page.locator('.versions li strong');
  await expect(versions.first()).toHaveText(`Version ${data.dataset.version}`);

  // Every change of every event is listed once, on one of the pages, under its day.
  const expected = data.events.flatMap((event) =>
    (event.changes ?? []).map((change) => `${change.date} ${event.id}`),
  );
  const seen: string[] = [];
  for (;;) {
    const dates = await page
      .locator('main h3 time')
      .evaluateAll((times) => times.map((time) => time.getAttribute('datetime')!));
    expect(dates.length).toBeGreaterThan(0);
    expect(dates).toEqual([...dates].sort().reverse());
    const entries = await page.locator('main').evaluate((main) => {
      const found: string[] = [];
      let date = '';
      for (const element of main.querySelectorAll('h3 time, ul.events a')) {
        if (element.tagName === 'TIME') date = element.getAttribute('datetime')!;
        else
          found.push(
            `${date} ${element.getAttribute('href')!.split('/events/')[1]!.replace(/\/$/, '')}`,
          );
      }
      return found;
    });
    seen.push(...entries);
    const next = page.locator('nav.pages a[rel="next"]');
    if ((await next.count()) === 0) break;
    await next.click();
    await expect(page.locator('nav.pages a[rel="prev"]')).toBeVisible();
    await expect(page.locator('.versions')).toHaveCount(0);
  }
  expect(seen.sort()).toEqual(expected.sort());
});

test('the changes have an Atom feed that names the newest version and links the events', async ({
  page,
  lang,
}) => {
  const t = getMessages(lang);
  await page.goto(`/${lang}/changes/`);
  const feed = page.getByRole('link', { name: t.changesFeed });
  const href = await feed.getAttribute('href');
  expect(href).toBe(`/feeds/${lang}/changes.atom`);
  const alternate = await page
    .locator('head link[rel="alternate"][type="application/atom+xml"]')
    .getAttribute('href');
  expect(new URL(alternate!).pathname).toBe(href);
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/atom+xml');
  const xml = await response.text();
  expect(xml).toContain(`Version ${data.dataset.version}`);
  const linked = [...xml.matchAll(/\/events\/([a-z0-9-]+)\/#change-\d+/g)].map((m) => m[1]);
  expect(linked.length).toBeGreaterThan(10);
  const ids = new Set(data.events.map((event) => event.id));
  expect(linked.filter((id) => !ids.has(id!))).toEqual([]);
});
