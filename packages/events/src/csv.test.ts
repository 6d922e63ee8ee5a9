import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryEvents } from './__fixtures__/arbitrary-events.js';
import { parseDataset, type DataFile } from './dataset.js';
import { CSV_COLUMNS, fromEventsCsv, planImport, toEventsCsv } from './formats.js';
import { loadDataset } from './node.js';
import { EventSchema, type ChronikEvent } from './schema.js';
import { createSyntheticDataset } from './synthetic.js';

const NOW = new Date('2026-12-01T00:00:00Z');
const synthetic = createSyntheticDataset({ count: 60, seed: 5 });
const { dataset } = parseDataset({ files: synthetic, now: NOW });
const events = dataset!.events;
/** The synthetic data directory without its events: registries only. */
const registries = synthetic.filter((file) => !file.path.startsWith('events/'));

/** The events as read back from their CSV, checked as the schema checks a file. */
function roundTrip(list: readonly ChronikEvent[]) {
  const { rows, problems } = fromEventsCsv(toEventsCsv(list), 'events.csv');
  expect(problems).toEqual([]);
  return rows.map((row) => EventSchema.parse(row.input));
}

describe('toEventsCsv and fromEventsCsv', () => {
  it('give back every field of the curated events', async () => {
    const { dataset: curated } = await loadDataset({ now: NOW });
    expect(roundTrip(curated!.events)).toEqual(curated!.events);
  });

  it('give back generated events with any text, sources and change logs (property)', () => {
    fc.assert(
      fc.property(arbitraryEvents(events), (list) => {
        expect(roundTrip(list)).toEqual(list);
      }),
      { numRuns: 200 },
    );
  });

  it('neutralise formulas for spreadsheets and read them back unchanged', () => {
    const base = events[0]!;
    const titles = ['=HYPERLINK("https://evil.example")', '+1', '-2', '@SUM(A1)', "'=x", "''+y"];
    const list = titles.map((de, i) =>
      EventSchema.parse({ ...base, id: `formula-${i}`, title: { de, en: 'x' } }),
    );
    const csv = toEventsCsv(list);
    const table: string[][] = parse(csv);
    const cells = table.slice(1).map((row) => row[5]);
    expect(cells).toEqual([
      `'=HYPERLINK("https://evil.example")`,
      "'+1",
      "'-2",
      "'@SUM(A1)",
      "''=x",
      "'''+y",
    ]);
    for (const cell of cells) expect(cell).toMatch(/^'/);
    expect(roundTrip(list).map((e) => e.title.de)).toEqual(titles);
  });

  it('write RFC 4180: a header, CRLF line ends, quotes doubled, ids joined by "; "', () => {
    const event = EventSchema.parse({
      ...events[0]!,
      title: { de: 'Ein "Zitat", mit Komma', en: 'Title' },
      // Titles are one line; a summary may have several.
      summary: { de: 'Zusammenfassung.', en: 'Line\nbreak' },
      categories: [events[0]!.categories[0]!, ...events[1]!.categories].filter(
        (c, i, all) => all.indexOf(c) === i,
      ),
    });
    const csv = toEventsCsv([event]);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).toContain('"Ein ""Zitat"", mit Komma",Title,Zusammenfassung.,"Line\nbreak"');
    const table: string[][] = parse(csv);
    const [header, row] = table;
    expect(header!.slice(0, CSV_COLUMNS.length)).toEqual(CSV_COLUMNS);
    expect(header!.slice(0, 5)).toEqual(['id', 'start', 'end', 'precision', 'approximate']);
    expect(row![header!.indexOf('categories')]).toBe(event.categories.join('; '));
    expect(header).toContain('source1_url');
  });

  it('read a byte order mark, CRLF, columns in another order and defaults for empty cells', () => {
    const csv =
      '\uFEFFtitle_en,id,start,precision,title_de,summary_de,summary_en,categories,source1_url,source1_title,source1_publisher,source1_lang\r\n' +
      `Title,an-event,2024-06,month,Titel,"Zwei\r\nZeilen",Two,${events[0]!.categories[0]},https://example.org/,Quelle,Verlag,de\r\n`;
    const { rows, problems } = fromEventsCsv(csv, 'in.csv');
    expect(problems).toEqual([]);
    const event = EventSchema.parse(rows[0]!.input);
    expect(event).toMatchObject({
      id: 'an-event',
      date: { start: '2024-06', precision: 'month' },
      title: { de: 'Titel', en: 'Title' },
      // As YAML keeps a line break: LF, whatever the spreadsheet wrote in the cell.
      summary: { de: 'Zwei\nZeilen', en: 'Two' },
      importance: 2,
      status: 'happened',
      verified: true,
      actors: [],
    });
    expect(rows[0]).toMatchObject({ row: 2, line: 2 });
  });

  it('refuse an empty file, a header without rows, unknown and missing columns', () => {
    expect(fromEventsCsv('', 'a.csv').problems[0]!.message).toBe('the file is empty');
    expect(fromEventsCsv('id,start\n', 'a.csv').problems[0]!.message).toBe(
      'the file has a header but no rows',
    );
    const renamed = fromEventsCsv(
      toEventsCsv([events[0]!]).replace('title_de', 'Titel').replace('source1_lang', 'sprache'),
      'a.csv',
    );
    expect(renamed.rows).toEqual([]);
    expect(renamed.problems.map((p) => [p.line, p.column, p.message])).toEqual([
      [1, 6, 'unknown column "Titel"'],
      [1, expect.any(Number), 'unknown column "sprache"'],
      [1, 1, 'the header lacks the columns title_de, source1_lang'],
    ]);
  });

  it("skip notes before the header (a downloaded view's citation), counting their lines", () => {
    const csv = toEventsCsv([events[0]!, events[1]!]);
    const noted = fromEventsCsv(
      `\uFEFF# Chronik · licence CC BY 4.0\r\n# second note\r\n${csv}`,
      'a.csv',
    );
    expect(noted.problems).toEqual([]);
    expect(noted.rows.map((row) => [row.input.id, row.line])).toEqual([
      [events[0]!.id, 4],
      [events[1]!.id, 5],
    ]);
    // Further down, a row that begins with "#" is data, and checked as such.
    const [head, first] = csv.split('\r\n');
    const later = fromEventsCsv(`# note\n${head}\r\n${first}\r\n#x,"unclosed\r\n`, 'a.csv');
    expect(later.problems[0]).toMatchObject({ line: 4 });
  });

  it('refuse a broken quote and a row with more cells than the header, naming the line', () => {
    const csv = toEventsCsv([events[0]!, events[1]!]);
    const [head, first] = csv.split('\r\n');
    const broken = fromEventsCsv(`${head}\r\n${first}\r\n"unclosed,x\r\n`, 'a.csv');
    expect(broken.problems[0]).toMatchObject({ file: 'a.csv', line: 3 });
    expect(broken.problems[0]!.message).toBe(
      'a quote opened in the row that begins on line 3 is never closed',
    );
    const stray = fromEventsCsv(`${head}\r\n${first}\r\nx,"y"z\r\n`, 'a.csv');
    expect(stray.problems[0]).toMatchObject({ line: 3 });
    expect(stray.problems[0]!.message).toMatch(/^the file is not valid CSV: Invalid Closing Quote/);
    const long = fromEventsCsv(`${head}\r\n${first},extra\r\n`, 'a.csv');
    expect(long.problems[0]).toMatchObject({ line: 2 });
    expect(long.problems[0]!.message).toMatch(/^row 2 has \d+ cells, the header \d+$/);
  });
});

describe('planImport', () => {
  /** The import of a CSV into the synthetic data directory (`files`). */
  const importCsv = (csv: string, files: readonly DataFile[], force = false) => {
    const { rows, problems } = fromEventsCsv(csv, 'in.csv');
    expect(problems).toEqual([]);
    return planImport({ files, rows, file: 'in.csv', force, now: NOW });
  };

  it('writes one file per event that the build then reads as the same events', () => {
    const csv = toEventsCsv(events);
    const plan = importCsv(csv, registries);
    expect(plan.problems).toEqual([]);
    expect(plan.created).toHaveLength(events.length);
    const after = parseDataset({ files: [...registries, ...plan.files], now: NOW });
    expect(after.problems).toEqual([]);
    expect(after.dataset!.events).toEqual(events);
  });

  it('names the row, line and column of every bad cell, and writes nothing', () => {
    const [head, ...lines] = toEventsCsv(events.slice(0, 4)).split('\r\n');
    const columns = parse(head!)[0] as string[];
    const set = (line: string, column: string, value: string) => {
      const cells = parse(line)[0] as string[];
      cells[columns.indexOf(column)] = value;
      return cells.map((c) => `"${c.replaceAll('"', '""')}"`).join(',');
    };
    const bad = [
      set(lines[0]!, 'start', '2024-02-30'),
      set(lines[1]!, 'categories', 'no-such-category'),
      set(lines[2]!, 'id', lines[0]!.split(',')[0]!),
      set(lines[3]!, 'importance', 'high'),
    ];
    const plan = importCsv([head, ...bad, ''].join('\r\n'), registries);
    expect(plan.files).toEqual([]);
    const found = plan.problems.map((p) => [p.line, p.path, p.message.slice(0, 6)]);
    expect(found).toEqual([
      [2, 'start', 'row 2:'],
      [3, 'categories', 'row 3:'],
      [4, 'id', 'row 4:'],
      [5, 'importance', 'row 5:'],
    ]);
    expect(plan.problems[0]!.column).toBe(columns.indexOf('start') + 1);
    expect(plan.problems[1]!.message).toMatch(/unknown category "no-such-category"/);
    expect(plan.problems[2]!.message).toMatch(/also in row 2/);
  });

  it('reports only the rows when none can be read into an empty data directory', () => {
    const [head, line] = toEventsCsv(events.slice(0, 1)).split('\r\n');
    const plan = importCsv(
      [head, line!.replace(/^[^,]+/, 'Not An Id'), ''].join('\r\n'),
      registries,
    );
    expect(plan.problems.map((p) => [p.file, p.path, p.message])).toEqual([
      ['in.csv', 'id', 'row 2: "Not An Id" is not a kebab-case id'],
    ]);
  });

  it('replaces an existing event only when forced', () => {
    const csv = toEventsCsv([events[0]!]);
    const refused = importCsv(csv, synthetic);
    expect(refused.files).toEqual([]);
    expect(refused.problems[0]!.message).toMatch(/exists already/);
    expect(refused.problems[0]!.fix).toMatch(/--force/);
    const forced = importCsv(csv, synthetic, true);
    expect(forced.problems).toEqual([]);
    expect(forced.replaced).toEqual([events[0]!.id]);
  });
});
