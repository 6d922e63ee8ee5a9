import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { toDatasetExport } from '@chronik/events';
import { loadDataset } from '@chronik/events/node';
import { generateValidator } from '../scripts/write-validator.js';
import { checkData } from './load.js';

async function curatedExport() {
  const { dataset } = await loadDataset({ now: new Date('2026-11-29T00:00:00Z') });
  if (!dataset) throw new Error('the curated data should be valid');
  return JSON.parse(
    JSON.stringify(toDatasetExport({ dataset, generatedAt: new Date('2026-11-29T00:00:00Z') })),
  ) as {
    events: Record<string, unknown>[];
    categories: unknown[];
  };
}

describe('checkData', () => {
  it('accepts the site’s export and its events array', async () => {
    const data = await curatedExport();
    expect(checkData(data)).toEqual(expect.objectContaining({ ok: true }));
    const fromArray = checkData(data.events);
    expect(fromArray.ok).toBe(true);
    if (fromArray.ok)
      expect(fromArray.data.categories.map((c) => c.id).sort()).toContain('security');
  });

  it.each([
    ['nothing', undefined, 'noData'],
    ['a string', 'hello', 'invalidData'],
    ['an event without a title', 'no-title', 'invalidData'],
    ['an unknown precision', 'bad-precision', 'invalidData'],
  ])('refuses %s', async (_, kind, reason) => {
    const data = await curatedExport();
    const value =
      kind === 'no-title'
        ? { ...data, events: [{ ...data.events[0], title: undefined }] }
        : kind === 'bad-precision'
          ? { ...data, events: [{ ...data.events[0], date: { start: '2024', precision: 'week' } }] }
          : kind;
    expect(checkData(value)).toMatchObject({ ok: false, reason });
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
