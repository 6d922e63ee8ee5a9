// What the scale tests measure of a page: its elements while the reader zooms.
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** Every element in the page, those in shadow roots (the widget's) included. */
export const countNodes = (page: Page) =>
  page.evaluate(() => {
    let count = 0;
    const walk = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        count++;
        if (element.shadowRoot) walk(element.shadowRoot);
      }
    };
    walk(document);
    return count;
  });

/**
 * Zooms into a timeline's plot with Ctrl + wheel, `steps` times, and checks after each step
 * that the page stays under `limit` elements, and again once the gesture has paused and the
 * timeline has laid its elements out anew.
 */
export async function zoomKeepingBounded(
  page: Page,
  plot: Locator,
  options: { steps: number; limit: number },
): Promise<void> {
  const box = (await plot.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 40);
  await page.keyboard.down('Control');
  for (let i = 0; i < options.steps; i++) {
    await page.mouse.wheel(0, -200);
    expect(await countNodes(page), `elements while zooming in (${i})`).toBeLessThan(options.limit);
  }
  await page.keyboard.up('Control');
  // The timeline lays its elements out 150 ms after the gesture's last step.
  await page.waitForTimeout(400);
  expect(await countNodes(page), 'elements after zooming in').toBeLessThan(options.limit);
}
