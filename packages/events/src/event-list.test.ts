import { describe, expect, it } from 'vitest';
import { event } from './__fixtures__/events.js';
import { parseDataset } from './dataset.js';
import {
  EVENT_LIST_FORMAT,
  EventListError,
  fromEventList,
  toEventList,
  toListedEvent,
  type ListedEvent,
} from './event-list.js';
import { getEvidence } from './evidence.js';
import { loadDataset } from './node.js';
import type { ChronikEvent } from './schema.js';
import { checksumIds, toSearchIndex } from './search.js';
import { createSyntheticDataset } from './synthetic.js';

/** The fields of a full event that the list keeps, with its evidence and number of sources. */
const listed = (e: ChronikEvent) => {
  const picked: ListedEvent = {
    id: e.id,
    date: e.date,
    title: e.title,
    categories: e.categories,
    actors: e.actors,
    jurisdictions: e.jurisdictions,
    threads: e.threads,
    importance: e.importance,
    status: e.status,
    verified: e.verified,
  };
  return { ...picked, evidence: getEvidence(e), sourceCount: e.sources.length };
};

/** The list through JSON, as a browser reads it. */
const roundTrip = (events: ChronikEvent[]) =>
  fromEventList(JSON.parse(JSON.stringify(toEventList(events, { datasetVersion: '1.0.0' }))));

describe('toEventList and fromEventList', () => {
  it('give back every listed field of the curated events, in their order', async () => {
    const { dataset } = await loadDataset({ now: new Date('2026-12-02T00:00:00Z') });
    expect(dataset).toBeDefined();
    expect(roundTrip(dataset!.events)).toEqual(dataset!.events.map(listed));
  });

  it('give back generated events of every precision, ranges and approximate dates', () => {
    const { dataset } = parseDataset({
      files: createSyntheticDataset({ count: 200, seed: 3 }),
      now: new Date('2026-12-01T00:00:00Z'),
    });
    const events = dataset!.events;
    expect(new Set(events.map((e) => e.date.precision)).size).toBe(5);
    expect(events.some((e) => e.date.end)).toBe(true);
    expect(events.some((e) => e.date.approximate)).toBe(true);
    expect(roundTrip(events)).toEqual(events.map(listed));
    expect(events.map(toListedEvent)).toEqual(events.map(listed));
  });

  it('write each registry id once and refer to it by position', () => {
    const events = [
      event({ id: 'a', categories: ['legal', 'politics'], actors: ['osba'] }),
      event({ id: 'b', categories: ['politics'], actors: ['osba', 'edps'], threads: ['delos'] }),
    ];
    const list = toEventList(events, { datasetVersion: '2.0.0', chunkSize: 10 });
    expect(list).toMatchObject({ ...EVENT_LIST_FORMAT, datasetVersion: '2.0.0', chunkSize: 10 });
    expect(list.ids.categories).toEqual(['legal', 'politics']);
    expect(list.events.categories).toEqual([[0, 1], [1]]);
    expect(list.ids.actors).toEqual(['osba', 'edps']);
    expect(list.events.actors).toEqual([[0], [0, 1]]);
    expect(list.events.end).toEqual(['', '']);
  });

  it('state the checksum of the ids, as the search index built from the same events names it', () => {
    const events = [event({ id: 'a' }), event({ id: 'b' })];
    const list = toEventList(events, { datasetVersion: '1' });
    expect(list.checksum).toBe(checksumIds(['a', 'b']));
    expect(list.checksum).toBe(toSearchIndex({ events, actors: [] }).index.events.checksum);
    expect(toEventList(events.toReversed(), { datasetVersion: '1' }).checksum).not.toBe(
      list.checksum,
    );
  });

  it('carry the dataset title and the category registry when given, for the widget', () => {
    const categories = [
      {
        id: 'politics',
        label: { de: 'Politik', en: 'Politics' },
        description: { de: 'P', en: 'P' },
        color: '#112233',
        colorDark: '#aabbcc',
        shape: 'star' as const,
      },
    ];
    const title = { de: 'Titel', en: 'Title' };
    const list = toEventList([event()], { datasetVersion: '1', title, categories });
    expect(JSON.parse(JSON.stringify(list))).toMatchObject({ title, categories });
    expect(toEventList([event()], { datasetVersion: '1' })).not.toHaveProperty('title');
  });

  it('refuse a bad value, naming the field, the event and the value', () => {
    const list = toEventList([event({ id: 'a' })], { datasetVersion: '1' });
    const broken = (field: string, value: unknown) =>
      fromEventList({ ...list, events: { ...list.events, [field]: [value] } });
    expect(() => broken('start', '2024-13-01')).toThrow(
      'events.start[0] (event "a") is "2024-13-01", which is not a valid value',
    );
    expect(() => broken('precision', 9)).toThrow('events.precision[0] (event "a") is 9');
    expect(() => broken('importance', 0)).toThrow('events.importance[0] (event "a") is 0');
    expect(() => broken('titleEn', { html: '<b>' })).toThrow('events.titleEn[0] (event "a")');
    expect(() => broken('status', -1)).toThrow('events.status[0]');
  });

  it('refuse another format or version, naming what they found and the fix', () => {
    const list = toEventList([event()], { datasetVersion: '1.0.0' });
    expect(() => fromEventList({ ...list, version: 2 })).toThrow(
      /not a Chronik event list of version 1 \(format "chronik-event-list", version 2\); rebuild/,
    );
    expect(() => fromEventList(null)).toThrow(EventListError);
    expect(() => fromEventList({ events: [] })).toThrow(/format "undefined"/);
  });

  it('refuse columns of different lengths and references to missing ids', () => {
    const list = toEventList([event({ id: 'a' }), event({ id: 'b' })], { datasetVersion: '1' });
    expect(() =>
      fromEventList({ ...list, events: { ...list.events, titleEn: ['only one'] } }),
    ).toThrow('events.titleEn has 1 values for 2 events; rebuild the site');
    expect(() => fromEventList({ ...list, ids: { ...list.ids, categories: [] } })).toThrow(
      'events.categories refers to entry 0, which ids.categories lacks',
    );
  });
});
