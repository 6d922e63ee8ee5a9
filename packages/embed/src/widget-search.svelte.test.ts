import { EventSchema } from '@chronik/events';
import * as search from '@chronik/events/search';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { requestEarly } from './search-requests.js';
import { WidgetSearch } from './widget-search.svelte.js';

const events = ['Stolen signing key', 'Decision on Microsoft 365'].map((en, i) =>
  EventSchema.parse({
    id: `e${i}`,
    date: { start: '2024', precision: 'year' },
    title: { de: en, en },
    summary: { de: 'x', en: 'x' },
    categories: ['security'],
    sources: [{ url: 'https://example.org/', title: 'x', publisher: 'x', lang: 'en' }],
  }),
);
const { index, parts } = search.toSearchIndex({ events, actors: [] });
const BASE = 'https://chronik.example/data/';

/** Serves the index and its parts, except the addresses in `failing`. */
function serve(failing: Set<string>) {
  const requested: string[] = [];
  const files = new Map<string, unknown>([['search-index.json', index]]);
  for (const part of parts) files.set(search.searchPartPath(part.key), part);
  vi.stubGlobal('fetch', (url: string) => {
    const path = url.slice(BASE.length);
    requested.push(path);
    const body = files.get(path);
    const ok = body !== undefined && !failing.has(path);
    return Promise.resolve({ ok, status: ok ? 200 : 503, json: () => Promise.resolve(body) });
  });
  return requested;
}

afterEach(() => vi.unstubAllGlobals());

/** A search over the index {@link serve} serves, given the requests already made, if any. */
const overIndex = (early?: Map<string, Promise<unknown>>) =>
  new WidgetSearch(search, { from: 'index', url: `${BASE}search-index.json` }, events, early);

describe('WidgetSearch over a published index', () => {
  it('fetches the table once and only the parts the words need, each with its words', async () => {
    const requested = serve(new Set());
    const widget = overIndex();
    expect(widget.find('signing')).toBeUndefined();
    await widget.load('signing');
    expect([...widget.find('signing')!]).toEqual(['e0']);
    expect(widget.find('microsoft')).toBeUndefined();
    await widget.load('microsoft');
    expect([...widget.find('microsoft')!]).toEqual(['e1']);
    // Each word's part is asked for at once, the table with the first words only.
    expect(requested).toEqual([
      'search-index/73-69.json',
      'search-index.json',
      'search-index/6d-69.json',
    ]);
  });

  it('reports a failure, tries again with the next words, and recovers', async () => {
    const failing = new Set(['search-index.json']);
    serve(failing);
    const widget = overIndex();
    await widget.load('signing');
    expect(widget.failure).toBe(`${BASE}search-index.json: HTTP 503`);
    failing.clear();
    await widget.load('signing');
    expect(widget.failure).toBeUndefined();
    expect([...widget.find('signing')!]).toEqual(['e0']);
  });
});

describe('requestEarly', () => {
  it('hands its requests to the search, which asks for nothing twice', async () => {
    const requested = serve(new Set());
    const early = requestEarly(`${BASE}search-index.json`, 'signing');
    expect(requested).toEqual(['search-index.json', 'search-index/73-69.json']);
    const widget = overIndex(early);
    await widget.load('signing');
    expect([...widget.find('signing')!]).toEqual(['e0']);
    await widget.load('microsoft');
    expect([...widget.find('microsoft')!]).toEqual(['e1']);
    expect(requested).toEqual([
      'search-index.json',
      'search-index/73-69.json',
      'search-index/6d-69.json',
    ]);
  });

  it("reports an early request that failed as the search's own, and asks again after", async () => {
    const failing = new Set(['search-index/73-69.json']);
    const requested = serve(failing);
    const early = requestEarly(`${BASE}search-index.json`, 'signing');
    const widget = overIndex(early);
    await widget.load('signing');
    expect(widget.failure).toBe(`${BASE}search-index/73-69.json: HTTP 503`);
    failing.clear();
    await widget.load('signing');
    expect(widget.failure).toBeUndefined();
    expect([...widget.find('signing')!]).toEqual(['e0']);
    expect(requested).toEqual([
      'search-index.json',
      'search-index/73-69.json',
      'search-index/73-69.json',
    ]);
  });
});
