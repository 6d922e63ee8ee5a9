import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryEvents } from './__fixtures__/arbitrary-events.js';
import { EVENTS_FOLDER, parseDataset, type DataFile, type Dataset } from './dataset.js';
import { toDatasetExport } from './export.js';
import { fromEventsJson, planImport } from './formats.js';
import { DEFAULT_DATA_DIR, loadDataset, readDataFiles } from './node.js';
import { parseDataFile } from './parse.js';
import { EventSchema } from './schema.js';
import { createSyntheticDataset } from './synthetic.js';

const NOW = new Date('2026-12-01T00:00:00Z');
const synthetic = createSyntheticDataset({ count: 24, seed: 5 });
const { dataset: generated } = parseDataset({ files: synthetic, now: NOW });

/** A dataset's JSON export, as `chronik export --format json` writes it. */
const exportJson = (dataset: Dataset) =>
  `${JSON.stringify(toDatasetExport({ dataset, generatedAt: NOW }), null, 2)}\n`;

/** Imports JSON into a data directory and reads the directory back as the build would. */
function importJson(text: string, files: readonly DataFile[], force = false) {
  const read = fromEventsJson(text, 'events.json');
  expect(read.problems).toEqual([]);
  const plan = planImport({ files, rows: read.rows, file: 'events.json', force, now: NOW });
  expect(plan.problems).toEqual([]);
  const replacing = new Set(plan.files.map((file) => file.path));
  const after = [...files.filter((file) => !replacing.has(file.path)), ...plan.files];
  const result = parseDataset({ files: after, now: NOW });
  expect(result.problems).toEqual([]);
  return { plan, dataset: result.dataset! };
}

describe('fromEventsJson', () => {
  it('reads the JSON export of the curated dataset back into the same events', async () => {
    const { dataset: curated } = await loadDataset({ now: NOW });
    const registries = (await readDataFiles(DEFAULT_DATA_DIR)).filter(
      (file) => !file.path.startsWith(`${EVENTS_FOLDER}/`),
    );
    const { plan, dataset } = importJson(exportJson(curated!), registries);
    expect(plan.created).toHaveLength(curated!.events.length);
    expect(dataset.events).toEqual(curated!.events);
    expect(dataset).toEqual(curated);
  });

  it('reads back generated events with any text, sources and change logs (property)', () => {
    fc.assert(
      fc.property(arbitraryEvents(generated!.events), (list) => {
        const read = fromEventsJson(exportJson({ ...generated!, events: list }), 'events.json');
        expect(read.problems).toEqual([]);
        // Into the directory they came from, replacing themselves: the events they link to
        // are there.
        const plan = planImport({
          files: synthetic,
          rows: read.rows,
          file: 'events.json',
          force: true,
          now: NOW,
        });
        expect(plan.problems).toEqual([]);
        expect(plan.replaced).toEqual(list.map((e) => e.id));
        const written = plan.files.map(
          (file) =>
            parseDataFile({ file: file.path, contents: file.contents, schema: EventSchema }).value,
        );
        expect(written).toEqual(list);
      }),
      { numRuns: 50 },
    );
  });

  it('reads a bare array of events too, numbering rows from 1 at their lines', () => {
    const events = generated!.events.slice(0, 2);
    const { rows, problems } = fromEventsJson(JSON.stringify(events, null, 2), 'list.json');
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.row, r.line, r.input.id])).toEqual([
      [1, 2, events[0]!.id],
      [2, expect.any(Number), events[1]!.id],
    ]);
  });

  it('names the line, column and JSON path of a bad field, and writes nothing', () => {
    const text = exportJson(generated!).replace(
      `"url": "${generated!.events[1]!.sources[0]!.url}"`,
      '"url": "javascript:alert(1)"',
    );
    const read = fromEventsJson(text, 'events.json');
    const plan = planImport({
      files: synthetic,
      rows: read.rows,
      file: 'events.json',
      force: true,
      now: NOW,
    });
    expect(plan.files).toEqual([]);
    const line = text.split('\n').findIndex((l) => l.includes('javascript:')) + 1;
    expect(plan.problems.map((p) => [p.file, p.line, p.column, p.path])).toEqual([
      [
        'events.json',
        line,
        text.split('\n')[line - 1]!.indexOf('"javascript:') + 1,
        'events[1].sources[0].url',
      ],
    ]);
    expect(plan.problems[0]!.message).toMatch(/^row 2: .*javascript: link/);
  });

  it.each([
    ['', 1, 1, '', 'the file is empty'],
    ['  \n', 1, 1, '', 'the file is empty'],
    ['{ "events": [1, 2,] }', 1, 19, '', 'the file is not valid JSON: unexpected token "]" found'],
    ['<html></html>', 1, 1, '', "the file is not valid JSON: unexpected character '<' found"],
    ['"events"', 1, 1, '', 'the file holds a string, not a Chronik export'],
    ['{ "dataset": {} }', 1, 1, '', 'the file has no "events"'],
    ['{\n  "events": {}\n}', 2, 13, 'events', '"events" is not an array'],
    ['{ "events": [] }', 1, 13, 'events', 'the file has no events'],
    [
      '{ "dataset": { "format": 2 }, "events": [] }',
      1,
      26,
      'dataset.format',
      'the export is in format 2; this version of Chronik reads format 1',
    ],
    ['{ "events": [\n  "x"\n] }', 2, 3, 'events[0]', 'row 1: the event is a string, not an object'],
  ])('refuses %j: %s', (text, line, column, path, message) => {
    const { rows, problems } = fromEventsJson(text, 'bad.json');
    expect(rows).toEqual([]);
    expect(problems).toEqual([
      expect.objectContaining({ file: 'bad.json', line, column, path, message }),
    ]);
    expect(problems[0]!.fix).not.toBe('');
  });
});
