import type { Target } from './target.js';

/**
 * TimelineJS 3 with the same events as slides, grouped by first category (the page is
 * `pages.ts`). It has neither a filter nor a search, so those are not measured.
 */
export const timelinejs: Target = {
  id: 'timelinejs',
  label: 'TimelineJS',
  path: '/timelinejs.html',
  dataPath: (count) => `/data/timelinejs-${count}.json`,
  plotSelector: '#target .tl-timenav',
};
