import { parse as parseCsv } from 'csv-parse/sync';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { toDatasetExport, type DatasetExport } from './export.js';
import { fromEventsCsv } from './formats.js';
import { getJsonSchemas } from './json-schema.js';
import { loadDataset } from './node.js';
import { formatViewCitation, toViewDownload } from './view-download.js';

let data: DatasetExport;
let ids: Set<string>;
beforeAll(async () => {
  const { dataset } = await loadDataset({ now: new Date('2026-12-01T00:00:00Z') });
  data = toDatasetExport({ dataset: dataset!, generatedAt: new Date('2026-12-01T00:00:00Z') });
  ids = new Set(data.events.filter((e) => e.categories.includes('security')).map((e) => e.id));
});

const VIEW = 'https://chronik.example/sub/de/?categories=security,procurement&q="x"';

describe('formatViewCitation', () => {
  it('names the dataset, version, licence, view and day of access, without commas or quotes', () => {
    const line = formatViewCitation({
      info: data.dataset,
      viewUrl: VIEW,
      accessed: '2026-12-03',
      lang: 'de',
    });
    expect(line).toContain(`Chronik – ${data.dataset.title.de}`);
    expect(line).toContain(`Version ${data.dataset.version}`);
    expect(line).toContain(data.dataset.license.url);
    expect(line).toContain('categories=security%2Cprocurement&q=%22x%22');
    expect(line).toContain('abgerufen am 2026-12-03');
    expect(line).not.toMatch(/[,"\r\n]/);
    const en = formatViewCitation({
      info: data.dataset,
      viewUrl: VIEW,
      accessed: '2026-12-03',
      lang: 'en',
    });
    expect(en).toContain('accessed 2026-12-03');
  });

  it('keeps hostile dataset titles on one line, without commas or quotes', () => {
    const info = { ...data.dataset, title: { de: 'A,"B"\r\nC', en: 'x' } };
    const line = formatViewCitation({ info, viewUrl: VIEW, accessed: '2026-12-03', lang: 'de' });
    expect(line).not.toMatch(/[,"\r\n]/);
  });
});

describe('toViewDownload', () => {
  it("JSON: the export with the view's events and a view header, valid against the JSON Schema", () => {
    const file = toViewDownload({
      data,
      ids,
      format: 'json',
      viewUrl: VIEW,
      accessed: '2026-12-03',
      lang: 'en',
    });
    expect(file.filename).toBe(
      `chronik-${data.dataset.id}-${data.dataset.version}-2026-12-03.json`,
    );
    expect(file.type).toBe('application/json;charset=utf-8');
    const json = JSON.parse(file.text) as DatasetExport;
    expect(json.events.map((e) => e.id)).toEqual(
      data.events.filter((e) => ids.has(e.id)).map((e) => e.id),
    );
    expect(json.dataset.eventCount).toBe(ids.size);
    expect(json.dataset.view).toMatchObject({ url: VIEW, accessed: '2026-12-03' });
    expect(json.dataset.view!.citation).toContain(data.dataset.license.url);
    expect(json.dataset.license).toEqual(data.dataset.license);
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(getJsonSchemas()['export.schema.json']!);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
  });

  it('CSV: a # line with the citation, then the events as the CSV export writes them', () => {
    const file = toViewDownload({
      data,
      ids,
      format: 'csv',
      viewUrl: VIEW,
      accessed: '2026-12-03',
      lang: 'de',
    });
    expect(file.filename).toMatch(/\.csv$/);
    const [first, ...rest] = file.text.split('\r\n');
    expect(first).toBe(
      `# ${formatViewCitation({ info: data.dataset, viewUrl: VIEW, accessed: '2026-12-03', lang: 'de' })}`,
    );
    // An independent reader with a comment option sees the table alone.
    const rows = parseCsv<Record<string, string>>(file.text, {
      comment: '#',
      comment_no_infix: true,
      columns: true,
    });
    expect(rows.map((row) => row.id)).toEqual(
      [...ids].sort(
        (a, b) =>
          data.events.findIndex((e) => e.id === a) - data.events.findIndex((e) => e.id === b),
      ),
    );
    expect(rest.join('\r\n').length).toBeGreaterThan(0);
    // And `chronik import` reads it back.
    const read = fromEventsCsv(file.text, 'view.csv');
    expect(read.problems).toEqual([]);
    expect(read.rows.map((row) => row.input.id)).toEqual(rows.map((row) => row.id));
  });

  it('an empty view is a file with the header alone', () => {
    const file = toViewDownload({
      data,
      ids: new Set(),
      format: 'csv',
      viewUrl: VIEW,
      accessed: '2026-12-03',
      lang: 'en',
    });
    expect(parseCsv(file.text, { comment: '#', comment_no_infix: true, columns: true })).toEqual(
      [],
    );
    const json = toViewDownload({
      data,
      ids: new Set(),
      format: 'json',
      viewUrl: VIEW,
      accessed: '2026-12-03',
      lang: 'en',
    });
    expect((JSON.parse(json.text) as DatasetExport).events).toEqual([]);
  });
});
