// Zoom and pan: buttons, keys, Ctrl + wheel, dragging and the overview strip.
import { openExplorer } from '../explorer';
import { expect, test } from '../fixtures';

test('zoom buttons, keys, Ctrl + wheel, dragging and the overview move the visible window', async ({
  page,
}) => {
  await openExplorer(page, 'en');
  const windowText = () => page.locator('[role="slider"]').getAttribute('aria-valuetext');
  const plot = page.locator('.chronik-timeline .plot');
  const initial = await windowText();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  const zoomed = await windowText();
  expect(zoomed, 'the zoom button narrows the window').not.toBe(initial);
  await page.waitForURL(/window=/);
  const box = await plot.boundingBox();
  if (!box) throw new Error('no plot');
  await page.mouse.move(box.x + box.width / 2, box.y + 40);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 200, box.y + 40, { steps: 5 });
  await page.mouse.up();
  const dragged = await windowText();
  expect(dragged, 'dragging pans the window').not.toBe(zoomed);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -400);
  await page.keyboard.up('Control');
  expect(await windowText(), 'Ctrl + wheel zooms').not.toBe(dragged);
  const beforeWheel = await windowText();
  await page.mouse.wheel(0, 300);
  expect(await windowText(), 'a plain wheel leaves the timeline alone (the page scrolls)').toBe(
    beforeWheel,
  );
  await page.locator('[role="slider"]').focus();
  await page.keyboard.press('ArrowLeft');
  expect(await windowText(), 'arrow keys on the overview pan').not.toBe(beforeWheel);
  await page.getByRole('button', { name: 'Show the whole period' }).click();
  expect(await windowText(), 'reset shows the whole period').toBe(initial);
  await page.locator('.chronik-timeline button.mark').first().focus();
  await page.keyboard.press('+');
  expect(await windowText(), '"+" zooms in').not.toBe(initial);
  await page.keyboard.press('0');
  expect(await windowText(), '"0" resets').toBe(initial);
});
