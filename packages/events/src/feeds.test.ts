import { extractFromJson, extractFromXml } from '@extractus/feed-extractor';
import ICAL from 'ical.js';
import { SaxesParser } from 'saxes';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDataset, type Dataset } from './dataset.js';
import { FEED_LIMIT, toAtomFeed, toICalendar, toJsonFeed, type FeedOptions } from './formats.js';
import { loadDataset } from './node.js';
import { EventSchema, type ChronikEvent } from './schema.js';
import { createSyntheticDataset } from './synthetic.js';

const SITE = 'https://chronik.example/sub';
let dataset: Dataset;
let categories: FeedOptions['categories'];
beforeAll(async () => {
  const result = await loadDataset({ now: new Date('2026-12-01T00:00:00Z') });
  dataset = result.dataset!;
  categories = dataset.categories;
});

const options = (events: readonly ChronikEvent[], lang: 'de' | 'en' = 'de'): FeedOptions => ({
  info: dataset.info,
  events,
  categories,
  lang,
  title: 'Chronik',
  siteUrl: SITE,
  feedUrl: `${SITE}/feeds/${lang}/events.atom`,
  pageUrl: `${SITE}/${lang}/`,
});

/**
 * An event whose texts try to break out of XML, CDATA, JSON and iCalendar lines. The texts are
 * set past the schema, which refuses them (line breaks in a title, HTML in a summary): the
 * feeds must stay well-formed with data that was never validated.
 */
const hostile = (): ChronikEvent => ({
  ...EventSchema.parse({
    ...dataset.events[0]!,
    id: 'hostile',
    changes: [{ date: '2026-11-30', note: { de: 'x', en: 'x' } }],
  }),
  title: {
    de: 'A ]]> <script>alert(1)</script> & "q"\r\nEND:VEVENT\rBEGIN:VEVENT',
    en: 'B </title></entry><entry> \u2028 ;,\\',
  },
  summary: { de: ']]></content><x>', en: '</summary>' },
});

const latest = (event: ChronikEvent) =>
  event.changes
    .map((c) => c.date)
    .sort()
    .at(-1);

describe('toAtomFeed', () => {
  it('lists every event newest first, linking its page, dated by its latest correction', () => {
    const xml = toAtomFeed(options(dataset.events));
    const feed = extractFromXml(xml, {
      descriptionMaxLen: 0,
      getExtraEntryFields: (entry: Record<string, unknown>) => ({ updated: entry.updated }),
    });
    expect(feed.entries).toHaveLength(dataset.events.length);
    const byLink = new Map(dataset.events.map((e) => [`${SITE}/de/events/${e.id}/`, e]));
    const updated: string[] = [];
    for (const entry of feed.entries!) {
      const event = byLink.get(entry.link!);
      expect(event, entry.link).toBeDefined();
      expect(entry.title).toBe(event!.title.de);
      expect(entry.updated).toBe(`${latest(event!)}T00:00:00.000Z`);
      updated.push(entry.updated as string);
    }
    expect(updated).toEqual([...updated].sort().reverse());
    expect(xml).toContain(`<link rel="self" href="${SITE}/feeds/de/events.atom"`);
    expect(xml).toMatch(/<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/);
  });

  it('stays well-formed with text that tries to close its elements or CDATA', () => {
    const event = hostile();
    for (const lang of ['de', 'en'] as const) {
      const xml = toAtomFeed(options([event], lang));
      expect(() => readCategories(xml), 'well-formed for a conforming parser').not.toThrow();
      const feed = extractFromXml(xml, { descriptionMaxLen: 0, normalization: true });
      expect(feed.entries).toHaveLength(1);
      // XML reads every line end as a line feed.
      expect(feed.entries![0]!.title).toBe(event.title[lang].replace(/\r\n?/g, '\n'));
      // Titles and summaries are HTML in Atom (as `feed` writes them): text is escaped in it.
      expect(xml).not.toMatch(/<script>|<x>|<entry><\/title>/);
    }
  });

  it('is well-formed XML whatever a category label holds, with term and label per category', () => {
    // XML forbids "<" in attribute values; `feed` escapes only "&" there (found by the
    // injection corpus in apps/web/e2e/builds/xss.spec.ts). Atom requires a term.
    const event = dataset.events[0]!;
    const label = `Rat <b>"Test"</b> & ']]> <!--`;
    const hostileCategories = categories.map((category) =>
      category.id === event.categories[0]
        ? { ...category, label: { de: label, en: label } }
        : category,
    );
    for (const lang of ['de', 'en'] as const) {
      const xml = toAtomFeed({ ...options([event], lang), categories: hostileCategories });
      const read = readCategories(xml);
      expect(read.map((c) => c.term)).toEqual(event.categories);
      expect(read[0]!.label, 'the label reads back as written').toBe(label);
    }
  });

  it('is the same for the same data (no clock)', () => {
    expect(toAtomFeed(options(dataset.events))).toBe(toAtomFeed(options(dataset.events)));
  });
});

/**
 * The attributes of every `<category>` of an XML text, read by a conforming XML parser
 * (saxes refuses what XML 1.0 refuses, such as "<" in an attribute value or U+FFFE in text;
 * feed readers refuse the whole feed then).
 */
function readCategories(xml: string): Record<string, string>[] {
  const parser = new SaxesParser();
  const found: Record<string, string>[] = [];
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    if (tag.name === 'category') found.push({ ...(tag.attributes as Record<string, string>) });
  });
  parser.write(xml).close();
  return found;
}

describe('toJsonFeed', () => {
  it('is JSON Feed 1.1 that a feed reader reads, with every event', () => {
    const json = toJsonFeed(options(dataset.events, 'en'));
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    const feed = extractFromJson(JSON.parse(JSON.stringify(json)) as Record<string, unknown>, {
      descriptionMaxLen: 0,
    });
    expect(feed.title).toBe('Chronik');
    expect(feed.entries).toHaveLength(dataset.events.length);
    expect(new Set(json.items.map((item) => item.id)).size).toBe(dataset.events.length);
    const event = dataset.events.find((e) => e.id === '2024-06-24-osba-open-letter-delos')!;
    const item = json.items.find((i) => i.url === `${SITE}/en/events/${event.id}/`)!;
    expect(item).toMatchObject({
      title: event.title.en,
      summary: `24 June 2024: ${event.title.en}`,
      date_modified: `${latest(event)}T00:00:00.000Z`,
      language: 'en',
    });
    expect(item.content_html).toContain('<p><strong>24 June 2024</strong></p>');
    expect(item.content_html).toContain(`<a href="${event.sources[0]!.url}">`);
  });
});

describe('the newest entries', () => {
  it('are the FEED_LIMIT most recently changed, however many events there are', () => {
    const files = createSyntheticDataset({ count: 150, seed: 9 });
    const synthetic = parseDataset({ files, now: new Date('2026-12-01T00:00:00Z') }).dataset!;
    // Corrected on different days: each event's latest change is its own.
    const events = synthetic.events.map((event, i) =>
      EventSchema.parse({
        ...event,
        changes: [
          {
            date: `2026-0${1 + (i % 9)}-${String(1 + (i % 28)).padStart(2, '0')}`,
            note: { de: 'x', en: 'x' },
          },
        ],
      }),
    );
    const feed = toJsonFeed({ ...options(events), info: synthetic.info });
    expect(feed.items).toHaveLength(FEED_LIMIT);
    const modified = feed.items.map((item) => item.date_modified);
    expect(modified).toEqual([...modified].sort().reverse());
    const newest = events.map(latest).sort().reverse().slice(0, FEED_LIMIT);
    expect(modified.map((m) => m.slice(0, 10))).toEqual(newest);
    expect(toJsonFeed({ ...options(events), limit: 3 }).items).toHaveLength(3);
  });
});

describe('toICalendar', () => {
  /** The calendar as an independent parser reads it. */
  const read = (text: string) =>
    // A calendar parses to one component (jCal); `parse` is typed as any of several shapes.
    new ICAL.Component(ICAL.parse(text) as unknown[])
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v));

  it('has every event as an all-day event over the whole time its date stands for', () => {
    const text = toICalendar({ ...options(dataset.events), name: 'Chronik' });
    const events = read(text);
    expect(events).toHaveLength(dataset.events.length);
    const byUid = new Map(events.map((e) => [e.uid, e]));
    expect(byUid.size).toBe(events.length);
    const day = byUid.get('2024-06-24-osba-open-letter-delos.de@chronik.example')!;
    expect(day.summary).toBe(
      dataset.events.find((e) => e.id === '2024-06-24-osba-open-letter-delos')!.title.de,
    );
    expect(day.startDate.isDate).toBe(true);
    expect(day.startDate.toString()).toBe('2024-06-24');
    expect(day.endDate.toString()).toBe('2024-06-25');
    expect(day.description).toMatch(/^24\. Juni 2024\.\n\n/);
    expect(day.description).toContain(`Mehr: ${SITE}/de/events/2024-06-24-osba-open-letter-delos/`);
    const month = byUid.get(
      '2024-04-microsoft-azure-storage-credentials-exposed.de@chronik.example',
    )!;
    expect([month.startDate.toString(), month.endDate.toString()]).toEqual([
      '2024-04-01',
      '2024-05-01',
    ]);
    expect(month.description).toMatch(
      /^April 2024\. Nur der Monat ist bekannt; der Kalender zeigt den ganzen Monat\./,
    );
    for (const source of dataset.events) {
      const event = byUid.get(`${source.id}.de@chronik.example`)!;
      const modified = event.component.getFirstPropertyValue('last-modified') as ICAL.Time;
      expect(modified.toString().slice(0, 10)).toBe(latest(source));
    }
    // Lines are folded at 75 octets (RFC 5545, 3.1) and end in CRLF.
    for (const line of text.split('\r\n')) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    }
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('keeps each text in its own line, whatever it holds', () => {
    const event = hostile();
    const text = toICalendar({ ...options([event, dataset.events[1]!], 'de'), name: 'a,b;c' });
    const events = read(text);
    expect(events).toHaveLength(2);
    expect(events[0]!.summary).toBe(event.title.de.replace(/\r\n?/g, '\n'));
    const en = read(toICalendar({ ...options([event], 'en'), name: 'x' }));
    expect(en[0]!.summary).toBe(event.title.en);
  });

  it('marks a span, a scheduled and an unconfirmed event', () => {
    const base = dataset.events[0]!;
    const span = EventSchema.parse({
      ...base,
      id: 'span',
      date: { start: '2024-11-05', precision: 'day', end: '2025-01' },
      status: 'scheduled',
      verified: false,
      notes: { de: 'Unklar.', en: 'Unclear.' },
    });
    const [event] = read(toICalendar({ ...options([span], 'en'), name: 'x' }));
    expect([event!.startDate.toString(), event!.endDate.toString()]).toEqual([
      '2024-11-05',
      '2025-02-01',
    ]);
    expect(event!.description).toMatch(
      /^5 November 2024 – January 2025\. Scheduled\. Unconfirmed\./,
    );
    expect(event!.component.getFirstPropertyValue('status')).toBe('TENTATIVE');
  });
});
