import type { Target } from './target.js';

/**
 * vis-timeline's standalone build with the same events as items in one group per category
 * (the page is `pages.ts`). Its filter is a refreshed DataView plus hidden groups, timed until
 * vis reports the redraw (`changed`) and the next frame is painted.
 */
export const vis: Target = {
  id: 'vis',
  label: 'vis-timeline',
  path: '/vis.html',
  dataPath: (count) => `/data/vis-${count}.json`,
  plotSelector: '#target .vis-center',
  filter: (page, category) =>
    page.evaluate((category) => (window as unknown as VisPage).visFilter(category), category),
  clearFilter: async (page) => {
    await page.evaluate(() => (window as unknown as VisPage).visFilter(null));
  },
};

/** What the vis page adds to `window`. */
interface VisPage {
  visFilter(category: string | null): Promise<number>;
}
