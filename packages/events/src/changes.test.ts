import { extractFromXml } from '@extractus/feed-extractor';
import { beforeAll, describe, expect, it } from 'vitest';
import { getChangeLog } from './changes.js';
import type { Dataset } from './dataset.js';
import { toChangesFeed } from './formats.js';
import { loadDataset } from './node.js';
import { EventSchema } from './schema.js';

const SITE = 'https://chronik.example/sub';
let dataset: Dataset;
beforeAll(async () => {
  dataset = (await loadDataset({ now: new Date('2026-12-01T00:00:00Z') })).dataset!;
});

describe('getChangeLog', () => {
  it('holds every version and every event change, each newest first', () => {
    const log = getChangeLog(dataset);
    expect(log.versions.map((v) => v.version)).toEqual(
      dataset.info.changes.map((c) => c.version).reverse(),
    );
    const total = dataset.events.reduce((sum, e) => sum + e.changes.length, 0);
    expect(log.events).toHaveLength(total);
    const dates = log.events.map((c) => c.date);
    expect(dates).toEqual([...dates].sort().reverse());
    for (const change of log.events) {
      const event = dataset.events.find((e) => e.id === change.id)!;
      expect(event.changes[change.index]).toEqual({ date: change.date, note: change.note });
    }
  });

  it('orders changes of one day by the event, the same whatever the order of the files', () => {
    const forward = getChangeLog(dataset).events;
    const backward = getChangeLog({ ...dataset, events: [...dataset.events].reverse() }).events;
    expect(backward).toEqual(forward);
  });
});

describe('toChangesFeed', () => {
  const feedOf = (lang: 'de' | 'en', events = dataset.events, limit?: number) =>
    toChangesFeed({
      info: dataset.info,
      events,
      lang,
      title: 'Chronik',
      siteUrl: SITE,
      feedUrl: `${SITE}/feeds/${lang}/changes.atom`,
      pageUrl: `${SITE}/${lang}/changes/`,
      ...(limit === undefined ? {} : { limit }),
    });

  it('is an Atom feed a feed parser reads: versions and corrections, newest first, linked', () => {
    const feed = extractFromXml(feedOf('en'), {
      descriptionMaxLen: 0,
      getExtraEntryFields: (entry: Record<string, unknown>) => ({ id: entry.id }),
    });
    const entries = feed.entries!;
    expect(entries.length).toBe(100);
    const version = entries.find((e) => e.title === `Version ${dataset.info.version}`);
    expect(version?.link).toBe(`${SITE}/en/changes/`);
    const newest = getChangeLog(dataset).events[0]!;
    const entry = entries.find((e) => e.link === `${SITE}/en/events/${newest.id}/`);
    expect(entry?.title).toBe(`${newest.title.en}: ${newest.note.en}`);
    const published = entries.map((e) => e.published!);
    expect(published).toEqual([...published].sort().reverse());
    // Ids stay when the log grows: the event's page and the change's place in its log.
    const ids = entries.map((e) => (e as { id?: string }).id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('writes hostile notes as text', () => {
    const event = EventSchema.parse({
      ...dataset.events[0]!,
      changes: [{ date: '2030-01-01', note: { de: '<script>x</script> ]]> &', en: 'x' } }],
    });
    const xml = feedOf('de', [event]);
    expect(xml).not.toContain('<script>');
    const feed = extractFromXml(xml, { descriptionMaxLen: 0 });
    expect(feed.entries![0]!.title).toBe(`${event.title.de}: <script>x</script> ]]> &`);
  });

  it('holds at most the limit, and is the same for the same data', () => {
    expect(extractFromXml(feedOf('de', dataset.events, 3)).entries).toHaveLength(3);
    expect(feedOf('de')).toBe(feedOf('de'));
  });
});
