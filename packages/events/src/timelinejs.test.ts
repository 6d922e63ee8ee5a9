import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from './dataset.js';
import { toTimelineJs } from './formats.js';
import { loadDataset } from './node.js';
import { EventSchema } from './schema.js';

const SITE = 'https://chronik.example';
let dataset: Dataset;
beforeAll(async () => {
  dataset = (await loadDataset({ now: new Date('2026-12-01T00:00:00Z') })).dataset!;
});
const write = (events = dataset.events, lang: 'de' | 'en' = 'de') =>
  toTimelineJs({
    info: dataset.info,
    events,
    categories: dataset.categories,
    lang,
    siteUrl: SITE,
  });

describe('toTimelineJs', () => {
  it('has a title slide and one slide per event, grouped by first category', () => {
    const document = write();
    expect(document.title.text.headline).toBe(dataset.info.title.de);
    expect(document.events.map((e) => e.unique_id)).toEqual(dataset.events.map((e) => e.id));
    const letter = document.events.find(
      (e) => e.unique_id === '2024-06-24-osba-open-letter-delos',
    )!;
    expect(letter).toMatchObject({
      start_date: { year: 2024, month: 6, day: 24, display_date: '24. Juni 2024' },
      display_date: '24. Juni 2024',
      group: 'Politik',
    });
    expect(letter.text.text).toContain(
      `<a href="${SITE}/de/events/2024-06-24-osba-open-letter-delos/">Mehr in der Chronik</a>`,
    );
    expect(letter.text.text).toContain('<li><a href="https://osb-alliance.de/');
  });

  it('keeps a date to its precision and writes how Chronik reads it', () => {
    const base = dataset.events[0]!;
    const events = [
      { start: '2024-04', precision: 'quarter' },
      { start: '2022', precision: 'year', approximate: true },
      { start: '2024-11-05', precision: 'day', end: '2025-01' },
    ].map((date, i) => EventSchema.parse({ ...base, id: `d${i}`, date }));
    const slides = write(events, 'en').events;
    expect(slides.map((s) => [s.start_date, s.end_date, s.display_date])).toEqual([
      [{ year: 2024, month: 4, display_date: 'Q2 2024' }, undefined, 'Q2 2024'],
      [{ year: 2022, display_date: 'approx. 2022' }, undefined, 'approx. 2022'],
      [
        { year: 2024, month: 11, day: 5, display_date: '5 November 2024 – January 2025' },
        { year: 2025, month: 1 },
        '5 November 2024 – January 2025',
      ],
    ]);
  });

  it('shows text as text: a headline cannot carry markup', () => {
    // Past the schema, which refuses HTML in a summary: the writer must not rely on it.
    const hostile = {
      ...dataset.events[0]!,
      title: { de: '<img src=x onerror=alert(1)>"', en: 'x' },
      summary: { de: '<script>alert(1)</script>', en: 'x' },
    };
    const [slide] = write([hostile]).events;
    expect(slide!.text.headline).toBe('&lt;img src=x onerror=alert(1)&gt;&quot;');
    expect(slide!.text.text).not.toMatch(/<script|<img/);
  });
});
