import type { Page } from 'playwright-core';
import type { Target } from './target.js';

/** Clicks the chip of a category and times it until the live count changes and is painted. */
function timeChip(page: Page, index: number, timeoutMs: number) {
  return page.evaluate(
    ({ index, timeoutMs }) =>
      window.__bench.timeChange(
        document.body,
        () => {
          // A busy count (the search loading what new words need) is not the result yet.
          const count = document.querySelector('.filter-bar [role="status"]');
          return count?.getAttribute('aria-busy') === 'true' ? undefined : count?.textContent;
        },
        () => document.querySelectorAll<HTMLButtonElement>('.chips button')[index]!.click(),
        timeoutMs,
      ),
    { index, timeoutMs },
  );
}

/**
 * The explorer of the site built from the same events (`/en/`). Its first render is the moment
 * it has hydrated: the filter bar and the timeline are hidden in the prerendered HTML and
 * appear when the client takes over.
 */
export const explorer: Target = {
  id: 'explorer',
  label: 'Chronik explorer',
  path: '/en/',
  waitForRender: async (page, timeoutMs) => {
    await page.waitForFunction(
      () => {
        const shown = (selector: string) =>
          document.querySelector(selector)?.checkVisibility() ?? false;
        if (!shown('.filter-bar') || !shown('.chronik-timeline .plot')) return false;
        window.__bench.rendered ??= performance.now();
        return true;
      },
      undefined,
      { polling: 'raf', timeout: timeoutMs },
    );
  },
  plotSelector: '.chronik-timeline .plot',
  // The first chip is the first category of the registry, the one the others filter by.
  filter: (page, _category, timeoutMs) => timeChip(page, 0, timeoutMs),
  clearFilter: async (page, _category, timeoutMs) => {
    await timeChip(page, 0, timeoutMs);
  },
  search: (page, word, timeoutMs) =>
    page.evaluate(
      ({ word, timeoutMs }) => {
        const input = document.querySelector<HTMLInputElement>('input[type="search"]')!;
        return window.__bench.timeChange(
          document.body,
          () => {
            const count = document.querySelector('.filter-bar [role="status"]');
            return count?.getAttribute('aria-busy') === 'true' ? undefined : count?.textContent;
          },
          () => {
            input.value = word;
            input.dispatchEvent(new InputEvent('input', { bubbles: true, data: word }));
          },
          timeoutMs,
        );
      },
      { word, timeoutMs },
    ),
};
