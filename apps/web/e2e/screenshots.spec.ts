// Screenshots for people to look at, not assertions: with SCREENSHOTS=1 the `screenshots`
// project exists and writes them to e2e/screenshots/.
import { openExplorer } from './explorer';
import { data, test } from './fixtures';

test.skip(!process.env.SCREENSHOTS, 'set SCREENSHOTS=1 to write screenshots');

const DIR = 'e2e/screenshots';
const event = data.events[4]!;

for (const lang of ['de', 'en'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [360, 1280]) {
      test.describe(`${lang}, ${colorScheme}, ${width} px`, () => {
        test.use({ colorScheme, viewport: { width, height: 900 } });

        test('explorer, panel and event page', async ({ page }) => {
          const name = `${lang}-${colorScheme}-${width}`;
          await openExplorer(page, lang);
          await page.screenshot({ path: `${DIR}/explorer-${name}.png`, fullPage: true });
          await page.locator(`#list-${event.id}`).click();
          await page.locator('#detail-title').waitFor();
          await page.screenshot({ path: `${DIR}/panel-${name}.png` });
          await page.goto(`/${lang}/events/${event.id}/`);
          await page.screenshot({ path: `${DIR}/event-${name}.png`, fullPage: true });
        });
      });
    }
  }
}
