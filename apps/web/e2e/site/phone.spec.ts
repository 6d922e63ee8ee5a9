// Small screens: modal sheets and dialogs, and no horizontal scrolling.
import { data, expect, test } from '../fixtures';

const securityIds = data.events.filter((e) => e.categories.includes('security')).map((e) => e.id);

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('filters open in a modal sheet and events in a full-screen dialog that keeps focus', async ({
    page,
  }) => {
    await page.goto('/de/');
    const toggle = page.getByRole('button', { name: /^Filter/ });
    await toggle.click();
    expect(
      await page.locator('dialog.filter-sheet').evaluate((d) => d.matches(':modal')),
      'filter sheet is modal',
    ).toBe(true);
    await page.locator('dialog.filter-sheet .chips button', { hasText: 'IT-Sicherheit' }).click();
    await page.waitForURL(/categories=security/);
    await page.keyboard.press('Escape');
    expect(
      await page.locator('dialog.filter-sheet').evaluate((d) => (d as HTMLDialogElement).open),
      'Escape closes the sheet',
    ).toBe(false);
    expect(
      await page.evaluate(() => document.activeElement?.textContent?.trim()),
      'focus back on the toggle, which counts the filter',
    ).toBe('Filter (1)');
    await page.locator(`#list-${securityIds[0]}`).focus();
    await page.keyboard.press('Enter');
    await page.locator('#detail-title').waitFor();
    expect(
      await page.locator('dialog.panel').evaluate((d) => d.matches(':modal')),
      'event panel is modal',
    ).toBe(true);
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      expect(
        await page.evaluate(
          () =>
            document.activeElement?.closest('dialog.panel') !== null ||
            document.activeElement === document.body,
        ),
        `focus stays in the dialog (Tab ${i + 1})`,
      ).toBe(true);
    }
    await page.keyboard.press('Escape');
    await page.waitForURL((url) => !url.searchParams.has('event'));
    expect(
      await page.evaluate(() => document.activeElement?.id),
      'focus back on the list entry',
    ).toBe(`list-${securityIds[0]}`);
  });
});

for (const width of [360, 640]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    test('no page needs horizontal scrolling (360 px, and 200% zoom at 640 px)', async ({
      page,
    }) => {
      for (const path of [
        '/de/',
        `/de/events/${data.events[4]!.id}/`,
        '/en/accessibility/',
        '/de/embed/',
      ]) {
        await page.goto(path);
        await page.waitForTimeout(200);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `horizontal overflow of ${path}`).toBe(0);
      }
    });
  });
}
