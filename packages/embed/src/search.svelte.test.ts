import { EventSchema } from '@chronik/events';
import * as search from '@chronik/events/search';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WidgetSearch } from './search.svelte.js';

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
  vi.stubGlobal('fetch', (url: string) => {
    requested.push(url.slice(BASE.length));
    const path = url.slice(BASE.length);
    const n = /^search-index\/(\d+)\.json$/.exec(path)?.[1];
    const body = path === 'search-index.json' ? index : n === undefined ? undefined : parts[+n];
    const ok = body !== undefined && !failing.has(path);
    return Promise.resolve({ ok, status: ok ? 200 : 503, json: () => Promise.resolve(body) });
  });
  return requested;
}

afterEach(() => vi.unstubAllGlobals());

describe('WidgetSearch over a published index', () => {
  it('fetches the table once and only the parts the words need', async () => {
    const requested = serve(new Set());
    const widget = new WidgetSearch(search, { from: 'index', url: `${BASE}search-index.json` });
    expect(widget.find('signing')).toBeUndefined();
    await widget.load('signing');
    expect([...widget.find('signing')!]).toEqual(['e0']);
    expect(widget.find('microsoft')).toBeUndefined();
    await widget.load('microsoft');
    expect([...widget.find('microsoft')!]).toEqual(['e1']);
    const part = (key: string) => `search-index/${index.parts.indexOf(key)}.json`;
    expect(requested).toEqual(['search-index.json', part('si'), part('mi')]);
  });

  it('reports a failure, tries again with the next words, and recovers', async () => {
    const failing = new Set(['search-index.json']);
    serve(failing);
    const widget = new WidgetSearch(search, { from: 'index', url: `${BASE}search-index.json` });
    await widget.load('signing');
    expect(widget.failure).toBe(`${BASE}search-index.json: HTTP 503`);
    failing.clear();
    await widget.load('signing');
    expect(widget.failure).toBeUndefined();
    expect([...widget.find('signing')!]).toEqual(['e0']);
  });
});
