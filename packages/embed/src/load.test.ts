import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { toDatasetExport, toEventList } from '@chronik/events';
import { loadDataset } from '@chronik/events/node';
import { generateValidator } from '../scripts/write-validator.js';
import { checkData } from './load.js';

async function curatedExport() {
  const { dataset } = await loadDataset({ now: new Date('2026-12-02T00:00:00Z') });
  if (!dataset) throw new Error('the curated data should be valid');
  return JSON.parse(
    JSON.stringify(toDatasetExport({ dataset, generatedAt: new Date('2026-12-02T00:00:00Z') })),
  ) as {
    events: Record<string, unknown>[];
    categories: unknown[];
  };
}

describe('checkData', () => {
  it('accepts the site’s export and its events array', async () => {
    const data = await curatedExport();
    expect(await checkData(data)).toEqual(expect.objectContaining({ ok: true }));
    const fromArray = await checkData(data.events);
    expect(fromArray.ok).toBe(true);
    if (fromArray.ok)
      expect(fromArray.data.categories.map((c) => c.id).sort()).toContain('security');
  });

  it.each([
    ['nothing', undefined, 'noData'],
    ['a string', 'hello', 'invalidData'],
    ['an event without a title', 'no-title', 'invalidData'],
    ['an unknown precision', 'bad-precision', 'invalidData'],
    // The shape's check leaves dates to the reading of them, which must not throw instead.
    ['a day that does not exist', 'bad-day', 'invalidData'],
    ['an end that is not a date', 'bad-end', 'invalidData'],
  ])('refuses %s', async (_, kind, reason) => {
    const data = await curatedExport();
    const withDate = (date: unknown) => ({ ...data, events: [{ ...data.events[0], date }] });
    const value =
      kind === 'no-title'
        ? { ...data, events: [{ ...data.events[0], title: undefined }] }
        : kind === 'bad-precision'
          ? withDate({ start: '2024', precision: 'week' })
          : kind === 'bad-day'
            ? withDate({ start: '2023-02-30', precision: 'day' })
            : kind === 'bad-end'
              ? withDate({ start: '2024', end: 'soon', precision: 'year' })
              : kind;
    expect(await checkData(value)).toMatchObject({ ok: false, reason });
  });
});

describe('checkData with the compact event list', () => {
  async function curatedList() {
    const { dataset } = await loadDataset({ now: new Date('2026-12-02T00:00:00Z') });
    if (!dataset) throw new Error('the curated data should be valid');
    const list = toEventList(dataset.events, {
      datasetVersion: dataset.info.version,
      title: dataset.info.title,
      categories: dataset.categories,
    });
    return { dataset, list: JSON.parse(JSON.stringify(list)) as Record<string, unknown> };
  }

  it('reads the site’s list: events, title, categories, known ids and the index beside it', async () => {
    const { dataset, list } = await curatedList();
    const result = await checkData(list, 'https://chronik.example/data/event-list.json');
    if (!result.ok) throw new Error(result.detail);
    const { data } = result;
    expect(data.events.map((e) => e.id)).toEqual(dataset.events.map((e) => e.id));
    expect(data.title).toEqual(dataset.info.title);
    expect(data.categories).toEqual(dataset.categories);
    expect(data.known.storylines.size).toBe(dataset.threads.length);
    expect(data.search).toEqual({
      from: 'index',
      url: 'https://chronik.example/data/search-index.json',
      checksum: list.checksum,
    });
    expect(list.checksum).toMatch(/^[0-9a-f]{8}$/);
  });

  it('gives categories missing from the list a neutral look, and a default title', async () => {
    const { list } = await curatedList();
    const result = await checkData(
      { ...list, title: 42, categories: [{ id: 'security' }] },
      'https://chronik.example/data/event-list.json',
    );
    if (!result.ok) throw new Error(result.detail);
    expect(result.data.title).toEqual({ de: 'Chronik', en: 'Chronik' });
    const security = result.data.categories.find((c) => c.id === 'security');
    expect(security).toMatchObject({ shape: 'circle', color: '#4d5562' });
  });

  it('refuses a list without its address, where its search index cannot be found', async () => {
    const { list } = await curatedList();
    const result = await checkData(list);
    expect(result).toMatchObject({ ok: false, reason: 'invalidData' });
    if (!result.ok) expect(result.detail).toContain('give its URL as src');
  });

  it('refuses a list with a bad value, naming it', async () => {
    const { list } = await curatedList();
    const events = list.events as Record<string, unknown[]>;
    const result = await checkData(
      { ...list, events: { ...events, start: ['not a date', ...events.start!.slice(1)] } },
      'https://chronik.example/data/event-list.json',
    );
    expect(result).toMatchObject({ ok: false, reason: 'invalidData' });
    if (!result.ok) expect(result.detail).toContain('events.start[0]');
  });
});

describe('the generated validator', () => {
  it('is up to date with the export schema (run `pnpm --filter @chronik/embed build` if not)', async () => {
    const committed = await readFile(
      new URL('./generated/validate-export.js', import.meta.url),
      'utf8',
    );
    expect(committed).toBe(await generateValidator());
  });
});
