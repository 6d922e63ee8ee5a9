import { readFile } from 'node:fs/promises';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { eventInput } from './__fixtures__/events.js';
import { toDatasetExport } from './export.js';
import { getJsonSchemas } from './json-schema.js';
import { DEFAULT_DATA_DIR, SCHEMA_DIR, loadDataset, readDataFiles } from './node.js';

// An independent validator: the published JSON Schemas must accept exactly what our data
// files are, whatever zod thinks.
function createAjv() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  return ajv;
}

const SCHEMA_FOR: Record<string, string> = {
  'dataset.yaml': 'dataset.schema.json',
  'categories.yaml': 'categories.schema.json',
  'actors.yaml': 'actors.schema.json',
  'jurisdictions.yaml': 'jurisdictions.schema.json',
};

describe('JSON Schemas', () => {
  const schemas = getJsonSchemas();

  it.each(Object.keys(schemas))('schema/%s is committed and up to date', async (name) => {
    const committed: unknown = JSON.parse(await readFile(`${SCHEMA_DIR}${name}`, 'utf8'));
    // If this fails: run `pnpm --filter @chronik/events build` and commit schema/.
    expect(committed).toEqual(schemas[name]);
  });

  it('accepts every data file', async () => {
    const ajv = createAjv();
    const files = await readDataFiles(DEFAULT_DATA_DIR);
    expect(files.length).toBeGreaterThan(4);
    for (const file of files) {
      const schemaName = file.path.startsWith('events/')
        ? 'event.schema.json'
        : SCHEMA_FOR[file.path];
      if (!schemaName) continue;
      const validate = ajv.compile(schemas[schemaName]!);
      const text =
        typeof file.contents === 'string' ? file.contents : new TextDecoder().decode(file.contents);
      const data: unknown = parse(text);
      const valid = validate(data);
      expect({ file: file.path, errors: valid ? [] : validate.errors }).toEqual({
        file: file.path,
        errors: [],
      });
    }
  });

  it.each([
    ['an unknown field', { ...eventInput(), sumary: 'x' }],
    ['a missing language', { ...eventInput(), title: { de: 'Titel' } }],
    ['a malformed date', { ...eventInput(), date: { start: '23-07-11', precision: 'day' } }],
    ['no sources', { ...eventInput(), sources: [] }],
    [
      'a javascript: URL',
      {
        ...eventInput(),
        sources: [{ url: 'javascript:alert(1)', title: 'x', publisher: 'x', lang: 'en' }],
      },
    ],
  ])('rejects an event with %s', (_, data) => {
    const validate = createAjv().compile(schemas['event.schema.json']!);
    expect(validate(data)).toBe(false);
  });

  it('describes the export, and the export of the curated data passes it', async () => {
    const result = await loadDataset({ now: new Date('2026-11-29T00:00:00Z') });
    if (!result.dataset) throw new Error('the curated data should be valid');
    const document = JSON.parse(
      JSON.stringify(
        toDatasetExport({ dataset: result.dataset, generatedAt: new Date('2026-11-29T10:00:00Z') }),
      ),
    ) as unknown;
    const validate = createAjv().compile(schemas['export.schema.json']!);
    expect(validate.errors ?? validate(document)).toBe(true);
    expect(validate({ ...(document as object), extra: 1 })).toBe(false);
  });
});
