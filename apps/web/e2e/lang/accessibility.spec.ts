// axe finds no WCAG 2.1 A/AA violations (light in the de and en projects, dark in de-dark and
// en-dark).
import { openExplorer } from '../explorer';
import { axeViolations, data, expect, test } from '../fixtures';

test('axe finds no violations on the explorer, the panel, an event page and the data page', async ({
  page,
  lang,
}) => {
  await openExplorer(page, lang);
  expect(await axeViolations(page), 'explorer').toEqual([]);
  await page.locator(`#list-${data.events[2]!.id}`).click();
  await page.locator('#detail-title').waitFor();
  expect(await axeViolations(page), 'explorer with panel').toEqual([]);
  await page.goto(`/${lang}/events/${data.events[4]!.id}/`);
  expect(await axeViolations(page), 'event page').toEqual([]);
  await page.goto(`/${lang}/data/`);
  expect(await axeViolations(page), 'data and feeds').toEqual([]);
});
