// Helpers for the explorer page: open it, wait for hydration, read what it shows.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** What the explorer shows, read from the page. */
export interface Explorer {
  /** Ids of the list's cards, in order. */
  listIds(): Promise<(string | null)[]>;
  /** Ids of the timeline's focusable marks, in order. */
  markIds(): Promise<(string | null)[]>;
  /** The live count ("27 Ereignisse"). */
  count(): Promise<string | undefined>;
  /** A category chip by its label. */
  chip(name: string): ReturnType<Page['locator']>;
}

/**
 * Opens the explorer and waits until it has hydrated: the filter bar and the timeline are
 * hidden in the prerendered page and appear only when the client has taken over, so this is
 * also the check that the built site hydrates at all.
 */
export async function openExplorer(page: Page, lang: string, query = ''): Promise<Explorer> {
  // `lang` may carry another site's origin (`http://127.0.0.1:4321/de`).
  await page.goto(`${lang}/${query}`.replace(/^(de|en)\//, '/$1/'));
  await expect(page.locator('.filter-bar')).toBeVisible();
  await expect(page.locator('.chronik-timeline')).toBeVisible();
  return {
    listIds: () =>
      page.locator('li.card').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-id'))),
    markIds: () =>
      page
        .locator('.chronik-timeline button.mark')
        .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-id'))),
    count: async () => (await page.locator('.filter-bar [role="status"]').textContent())?.trim(),
    chip: (name) => page.locator('.chips button', { hasText: name }),
  };
}

/** The live count as the explorer writes it. */
export function countText(lang: string, shown: number, total: number): string {
  if (lang === 'de') {
    return shown === total ? `${total} Ereignisse` : `${shown} von ${total} Ereignissen`;
  }
  return shown === total ? `${total} events` : `${shown} of ${total} events`;
}

/** The id of the element that has focus in the document. */
export function focusedId(page: Page): Promise<string | null | undefined> {
  return page.evaluate(() => document.activeElement?.getAttribute('data-id'));
}
