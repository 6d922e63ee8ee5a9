import type { Page } from 'playwright-core';
import type { Target } from './target.js';

/**
 * Times a change of one of the widget's attributes until its event count reads differently
 * and the change is painted. (`chronik-ready` fires only for the first render, so the count,
 * which changes with every filter, is the signal.)
 */
function timeAttribute(page: Page, name: string, value: string | null, timeoutMs: number) {
  return page.evaluate(
    ({ name, value, timeoutMs }) => {
      const widget = document.getElementById('target')!;
      const root = widget.shadowRoot!;
      return window.__bench.timeChange(
        root,
        () => {
          // A busy count (the search loading what new words need) is not the result yet.
          const count = root.querySelector('.count');
          return count?.getAttribute('aria-busy') === 'true' ? undefined : count?.textContent;
        },
        () => (value === null ? widget.removeAttribute(name) : widget.setAttribute(name, value)),
        timeoutMs,
      );
    },
    { name, value, timeoutMs },
  );
}

/**
 * The built `<chronik-timeline>` on a page of its own, loading what a Chronik site serves it
 * (the compact event list, and the search index beside it when it searches) by `src`.
 */
export const widget: Target = {
  id: 'widget',
  label: 'Chronik widget',
  path: '/widget.html',
  dataPath: (count) => `/data/site-${count}/event-list.json`,
  plotSelector: '#target .plot',
  filter: (page, category, timeoutMs) => timeAttribute(page, 'categories', category, timeoutMs),
  clearFilter: async (page, _category, timeoutMs) => {
    await timeAttribute(page, 'categories', null, timeoutMs);
  },
  search: (page, word, timeoutMs) => timeAttribute(page, 'q', word, timeoutMs),
};
