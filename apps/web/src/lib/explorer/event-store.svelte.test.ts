import { describe, expect, it, vi } from 'vitest';
import { EVENT_CHUNK_SIZE, toEventList, type ChronikEvent, type EventIndex } from '@chronik/events';
import { createEventIndex, parseDataset } from '@chronik/events';
import { createSyntheticDataset } from '@chronik/events/synthetic';
import { toEventChunk, toEventDetails } from '$lib/server/event-details';
import { EventStore } from './event-store.svelte';

const { dataset } = parseDataset({
  files: createSyntheticDataset({ count: 120, seed: 5 }),
  now: new Date('2026-12-01T00:00:00Z'),
});
const events: ChronikEvent[] = dataset!.events;
const index: EventIndex = createEventIndex(events);

/** A server with the site's data files, counting the requests. */
function site(options: { failFirst?: boolean } = {}) {
  const requests: string[] = [];
  let failed = false;
  const fetcher = vi.fn((url: string) => {
    requests.push(url);
    if (options.failFirst && !failed) {
      failed = true;
      return Promise.resolve(new Response('', { status: 503, statusText: 'Unavailable' }));
    }
    const chunk = /\/data\/chunks\/en\/(\d+)\.json$/.exec(url);
    const body = url.endsWith('/data/event-list.json')
      ? toEventList(events, { datasetVersion: '1.0.0' })
      : chunk
        ? toEventChunk(index, 'en', Number(chunk[1]))
        : undefined;
    return Promise.resolve(
      body ? Response.json(body) : new Response('', { status: 404, statusText: 'Not Found' }),
    );
  }) as unknown as typeof fetch;
  return { fetcher, requests };
}

const preview = events.slice(0, 10).map((event) => toEventDetails(event, 'en', index));
const store = () =>
  new EventStore({ lang: 'en', total: events.length, preview, actors: dataset!.actors });

describe('EventStore', () => {
  it('starts with the events the page brought, then loads every one', async () => {
    const s = store();
    expect(s.ready).toBe(false);
    expect(s.list.map((e) => e.id)).toEqual(events.slice(0, 10).map((e) => e.id));
    expect(s.details(events[0]!.id)?.event).toEqual(events[0]);
    const { fetcher } = site();
    await s.load(fetcher);
    expect(s.ready).toBe(true);
    expect(s.list.map((e) => e.id)).toEqual(events.map((e) => e.id));
  });

  it('needs no request when the page brought every event', async () => {
    const all = events.map((event) => toEventDetails(event, 'en', index));
    const s = new EventStore({ lang: 'en', total: events.length, preview: all, actors: [] });
    const { fetcher, requests } = site();
    await s.load(fetcher);
    expect(s.ready).toBe(true);
    expect(requests).toEqual([]);
  });

  it('fetches the chunk that holds an event once, for every event in it', async () => {
    const s = store();
    const { fetcher, requests } = site();
    await s.load(fetcher);
    const a = events[EVENT_CHUNK_SIZE + 3]!;
    const b = events[EVENT_CHUNK_SIZE + 7]!;
    await Promise.all([s.request(a.id, fetcher), s.request(b.id, fetcher)]);
    expect(requests.filter((url) => url.includes('/chunks/'))).toEqual(['/data/chunks/en/1.json']);
    expect(s.details(a.id)?.event).toEqual(a);
    expect(s.details(b.id)?.html.summary).toContain('<p>');
    await s.request(events[0]!.id, fetcher);
    expect(requests.filter((url) => url.includes('/chunks/'))).toHaveLength(1);
  });

  it('says what failed, and tries again the next time', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const s = store();
    const { fetcher } = site({ failFirst: true });
    await s.load(fetcher);
    expect(s.ready).toBe(false);
    expect(s.failure).toBe('could not load the event list: 503 Unavailable');
    expect(errors).toHaveBeenCalledWith('Chronik: could not load the event list: 503 Unavailable');
    await s.load(fetcher);
    expect(s.ready).toBe(true);
    expect(s.failure).toBeUndefined();
    errors.mockRestore();
  });
});
