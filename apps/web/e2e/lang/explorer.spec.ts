// The explorer: list, timeline, filters, search, keyboard, history and the URL.
import { getEvidence } from '@chronik/events';
import { getMessages } from '../../src/lib/i18n';
import { countText, focusedId, openExplorer } from '../explorer';
import { data, expect, test, watch } from '../fixtures';

const TOTAL = data.events.length;
const securityIds = data.events.filter((e) => e.categories.includes('security')).map((e) => e.id);
const securityLabel = (lang: 'de' | 'en') =>
  data.categories.find((c) => c.id === 'security')!.label[lang];

test('the explorer shows every event in the list and the timeline, in order', async ({
  page,
  lang,
}) => {
  const x = await openExplorer(page, lang);
  await expect(page.locator('h1')).toHaveText(data.dataset.title[lang]);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  const ids = await x.listIds();
  expect(ids, 'list in chronological order').toEqual(data.events.map((e) => e.id));
  expect((await x.markIds()).sort(), 'one focusable mark per event').toEqual([...ids].sort());
  expect(await x.count()).toBe(countText(lang, TOTAL, TOTAL));
  const single = data.events.filter((e) => getEvidence(e) === 'single');
  const cues = page.locator('.single-source');
  await expect(cues, 'a "single source" cue on each event that rests on one').toHaveCount(
    single.length,
  );
  await expect(cues.first()).toHaveText(getMessages(lang).singleSource);
});

test('filtering by a category changes the marks, the list, the count and the URL', async ({
  page,
  lang,
}) => {
  const x = await openExplorer(page, lang);
  await x.chip(securityLabel(lang)).click();
  await page.waitForURL(/categories=security/);
  await expect(x.chip(securityLabel(lang))).toHaveAttribute('aria-pressed', 'true');
  expect(await x.listIds()).toEqual(securityIds);
  expect((await x.markIds()).sort()).toEqual([...securityIds].sort());
  expect(await x.count()).toBe(countText(lang, securityIds.length, TOTAL));
});

test('search finds an event by a German and by an English word', async ({ page, lang }) => {
  const x = await openExplorer(page, lang);
  for (const word of ['Signaturschlüssel', 'signing key']) {
    await page.locator('input[type="search"]').fill(word);
    await page.waitForURL(new RegExp(`q=${encodeURIComponent(word).replace(/%20/g, '(\\+|%20)')}`));
    expect(await x.listIds(), `results for "${word}"`).toEqual([
      '2023-07-11-storm-0558-signing-key-intrusion',
    ]);
  }
});

test('keyboard alone reaches, opens and steps through events, and Escape returns focus', async ({
  page,
  lang,
}) => {
  await openExplorer(page, lang);
  await page.keyboard.press('Tab');
  expect(
    await page.evaluate(() => document.activeElement?.matches('.skip-link') ?? false),
    'first Tab: skip link',
  ).toBe(true);
  let reached = false;
  for (let i = 0; i < 60 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(
      () => document.activeElement?.matches('.chronik-timeline button.mark') ?? false,
    );
  }
  expect(reached, 'Tab reaches a timeline event within 60 presses').toBe(true);
  expect(await focusedId(page), 'the first event takes focus').toBe(data.events[0]!.id);
  await page.keyboard.press('ArrowRight');
  expect(await focusedId(page), 'ArrowRight moves to the next event').toBe(data.events[1]!.id);
  await page.keyboard.press('End');
  expect(await focusedId(page), 'End moves to the last event').toBe(data.events.at(-1)!.id);
  await page.keyboard.press('ArrowLeft');
  const stepped = data.events.at(-2)!;
  expect(await focusedId(page), 'ArrowLeft moves back').toBe(stepped.id);
  await page.keyboard.press('Enter');
  await page.waitForURL(new RegExp(`event=${stepped.id}`));
  expect(
    await page.evaluate(() => document.activeElement?.id),
    'Enter opens the event and focuses its title',
  ).toBe('detail-title');
  await expect(page.locator('#detail-title')).toHaveText(stepped.title[lang]);
  await expect(
    page.locator('.chronik-timeline .label.selected'),
    'the selected event keeps its label in the timeline',
  ).not.toHaveCount(0);
  await page.keyboard.press('Escape');
  await page.waitForURL((url) => !url.searchParams.has('event'));
  expect(await focusedId(page), 'Escape closes and returns focus to the event').toBe(stepped.id);
});

test('back and forward restore filters and selection', async ({ page, lang }) => {
  const x = await openExplorer(page, lang);
  await x.chip(securityLabel(lang)).click();
  await page.waitForURL(/categories=security/);
  await page.locator(`#list-${securityIds[0]}`).click();
  await page.waitForURL(/event=/);
  await expect(page.locator('#detail-title'), 'panel open').toBeVisible();
  await page.goBack();
  await page.waitForURL((url) => !url.searchParams.has('event'));
  await expect(page.locator('#detail-title'), 'panel closed after back').toBeHidden();
  expect(await x.listIds(), 'filter kept').toEqual(securityIds);
  await page.goBack();
  await page.waitForURL((url) => !url.searchParams.has('categories'));
  expect(await x.count(), 'filter gone after second back').toBe(countText(lang, TOTAL, TOTAL));
  await page.goForward();
  await page.waitForURL(/categories=security/);
  expect(await x.listIds(), 'filter back after forward').toEqual(securityIds);
});

test('the view survives a reload, the other language and a visit to an event page', async ({
  page,
  lang,
}) => {
  // The view lives in the address: it must hold wherever the reader goes next and comes back.
  const x = await openExplorer(page, lang);
  await x.chip(securityLabel(lang)).click();
  await page.waitForURL(/categories=security/);
  await page.reload();
  await expect(page.locator('.filter-bar')).toBeVisible();
  await expect.poll(() => x.listIds(), 'filter kept after reload').toEqual(securityIds);

  const other = lang === 'de' ? 'en' : 'de';
  await page.locator('a.lang').click();
  await page.waitForURL(new RegExp(`/${other}/\\?categories=security`));
  await expect.poll(() => x.listIds(), 'filter kept in the other language').toEqual(securityIds);
  await page.goBack();
  await page.waitForURL(new RegExp(`/${lang}/\\?categories=security`));
  await expect.poll(() => x.listIds(), 'filter back after returning').toEqual(securityIds);

  // A filter, an open event, its own page (a client-side navigation) and back.
  await x.chip(securityLabel(lang)).click();
  await page.waitForURL((url) => !url.searchParams.has('categories'));
  await x.chip(securityLabel(lang)).click();
  await page.waitForURL(/categories=security/);
  await page.locator(`#list-${securityIds[0]}`).click();
  await page.waitForURL(/event=/);
  // The panel's link to the event's own page: a client-side navigation of SvelteKit's.
  await page.getByRole('link', { name: getMessages(lang).openPage }).click();
  await page.waitForURL(new RegExp(`/events/${securityIds[0]}/$`));
  await page.goBack();
  await page.waitForURL(/categories=security.*event=/);
  await expect(page.locator('#detail-title'), 'panel open again').toBeVisible();
  await expect.poll(() => x.listIds(), 'filter kept after an event page').toEqual(securityIds);
  await page.goBack();
  await page.waitForURL((url) => !url.searchParams.has('event'));
  await expect(page.locator('#detail-title'), 'panel closed one step back').toBeHidden();
  await page.goBack();
  await page.waitForURL((url) => !url.searchParams.has('categories'));
  await expect
    .poll(() => x.count(), 'no filter one step further back')
    .toBe(countText(lang, TOTAL, TOTAL));
});

test('a copied URL reproduces the same view', async ({ page, browser, baseURL, lang }) => {
  const x = await openExplorer(page, lang);
  await x.chip(securityLabel(lang)).click();
  await page.waitForURL(/categories=security/);
  await page.locator('.chronik-timeline button[aria-label]').nth(1).click(); // zoom in
  await page.waitForURL(/window=/);
  await page.locator(`#list-${securityIds[1]}`).click();
  await page.waitForURL(/event=/);
  await page.waitForTimeout(400);
  const url = page.url();
  const overview = (p: typeof page) => p.locator('[role="slider"]').getAttribute('aria-valuetext');
  const expected = {
    list: await x.listIds(),
    window: await overview(page),
    panel: await page.locator('#detail-title').textContent(),
  };

  // A reader who was sent the link: a fresh browser context.
  const context = await browser.newContext({ baseURL, reducedMotion: 'reduce' });
  const watched = watch(context);
  const second = await context.newPage();
  const y = await openExplorer(second, lang, new URL(url).search);
  await second.locator('#detail-title').waitFor();
  await second.waitForTimeout(400);
  expect({
    list: await y.listIds(),
    window: await overview(second),
    panel: await second.locator('#detail-title').textContent(),
  }).toEqual(expected);
  expect(second.url(), 'URL unchanged').toBe(url);
  expect(watched).toEqual({ foreign: [], errors: [] });
  await context.close();
});

test('malformed query parameters are ignored with a notice; the rest applies', async ({
  page,
  lang,
}) => {
  // Long enough to be refused by the page (over 500 characters), short enough for HTTP servers.
  const huge = 'x'.repeat(5_000);
  const x = await openExplorer(
    page,
    lang,
    `?category=weather,security&from=banana&event=nonexistent&q=${huge}&foo=1`,
  );
  // Past the timeline's 250 ms report of its window: opening the page must not rewrite the
  // URL, which would also take the notices away.
  await page.waitForTimeout(600);
  expect(new URL(page.url()).searchParams.has('window'), `URL left as opened`).toBe(false);
  const notices = await page.locator('.notices li').allTextContents();
  expect(notices, 'five notices').toHaveLength(5);
  expect(notices.some((n) => n.includes('weather'))).toBe(true);
  expect(notices.some((n) => n.includes('banana'))).toBe(true);
  expect(await x.listIds(), 'the valid category still applies').toEqual(securityIds);
});

test('view=list shows only the list, view=timeline only the timeline', async ({ page, lang }) => {
  await page.goto(`/${lang}/?view=list`);
  await expect(page.locator('.filter-bar')).toBeVisible();
  await expect(page.locator('.chronik-timeline')).toHaveCount(0);
  await expect(page.locator('li.card')).toHaveCount(TOTAL);
  await page.goto(`/${lang}/?view=timeline&categories=security`);
  await expect(page.locator('.chronik-timeline button.mark')).toHaveCount(securityIds.length);
  await expect(page.locator('section.list')).toBeHidden();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every event is listed and the filters are hidden', async ({ page, lang }) => {
    await page.goto(`/${lang}/`);
    await expect(page.locator('li.card')).toHaveCount(TOTAL);
    await expect(page.locator('.filter-bar')).toBeHidden();
    const first = page.locator('li.card h4 a').first();
    expect(await first.getAttribute('href')).toMatch(
      new RegExp(`${lang}/events/${data.events[0]!.id}/$`),
    );
    await first.click();
    await page.waitForURL(`**/${lang}/events/${data.events[0]!.id}/`);
    await expect(page.locator('h1')).toHaveText(data.events[0]!.title[lang]);
  });
});
