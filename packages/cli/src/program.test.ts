import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { compareEvents, type ChronikEvent } from '@chronik/events';
import { toEventsCsv } from '@chronik/events/formats';
import { DEFAULT_DATA_DIR, SCHEMA_DIR, loadDataset } from '@chronik/events/node';
import { toEventId } from './commands/new.js';
import { EXIT, type CliContext } from './io.js';
import { run } from './program.js';

// The curated data's newest change-log entries are of 2026-12-02, and no change may be dated
// after today.
const NOW = new Date('2026-12-02T10:00:00Z');
const temporary: string[] = [];
afterAll(async () => {
  await Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** An empty directory of its own. */
async function emptyDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'chronik-cli-'));
  temporary.push(dir);
  return dir;
}

/** A copy of the curated data directory to change freely. */
async function copyOfData(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'chronik-cli-'));
  temporary.push(dir);
  await cp(DEFAULT_DATA_DIR, dir, { recursive: true });
  return dir;
}

let out = '';
let err = '';
let context: CliContext;
beforeEach(() => {
  out = '';
  err = '';
  context = {
    out: (text) => (out += text),
    err: (text) => (err += text),
    cwd: tmpdir(),
    now: NOW,
  };
});

const NEW_EVENT = [
  'new',
  '--title-de',
  'Gipfel zur digitalen Souveränität in Berlin',
  '--title-en',
  'Summit on European digital sovereignty in Berlin',
  '--date',
  '2025-11-18',
  '--category',
  'politics',
  '--category',
  'sovereign-alternatives',
  '--summary-de',
  'Deutschland und Frankreich luden zu einem Gipfel ein.',
  '--summary-en',
  'Germany and France hosted a summit.',
  '--source-url',
  'https://example.org/summit',
  '--source-title',
  'Summit report',
  '--source-publisher',
  'Example News',
  '--source-lang',
  'en',
  '--jurisdiction',
  'EU',
];

describe('chronik validate', () => {
  it('exits 0 on the curated data and says so', async () => {
    expect(await run(['validate'], context)).toBe(EXIT.ok);
    expect(out).toMatch(/^✓ \d+ events and 5 registry files checked: no problems\n$/);
    expect(err).toBe('');
  });

  it('exits 1 and prints every problem of every file with a summary', async () => {
    const dir = await copyOfData();
    await writeFile(join(dir, 'events', 'empty.yaml'), '');
    const storm = join(dir, 'events', '2023-07-11-storm-0558-signing-key-intrusion.yaml');
    await writeFile(
      storm,
      (await readFile(storm, 'utf8'))
        .replace('summary:', 'sumary:')
        .replace("'2023-07-11'", "'2023-02-30'"),
    );
    expect(await run(['validate', dir], context)).toBe(EXIT.problems);
    const lines = err.trimEnd().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(
        /events\/2023-07-11-storm-0558-signing-key-intrusion\.yaml:4:10 {2}date\.start {2}"2023-02-30" does not exist: February 2023 has days 01 to 28 \(use a day from 01 to 28\)$/,
      ),
      expect.stringMatching(
        /events\/2023-07-11-storm-0558-signing-key-intrusion\.yaml:9:1 {2}sumary {2}unknown field "sumary" \(did you mean "summary"\? rename it\)$/,
      ),
      expect.stringMatching(/events\/empty\.yaml:1:1 {2}\(file\) {2}the file is empty/),
      '✗ 3 problems in 2 files',
    ]);
    expect(out).toBe('');
  });

  it('resolves a relative directory against the working directory', async () => {
    const dir = await copyOfData();
    expect(
      await run(['validate', dir.split('/').at(-1)!], { ...context, cwd: join(dir, '..') }),
    ).toBe(EXIT.ok);
  });

  it('exits 1 with a clear message for a directory that does not exist', async () => {
    expect(await run(['validate', '/nonexistent/data'], context)).toBe(EXIT.problems);
    expect(err).toContain('the data directory /nonexistent/data does not exist');
  });

  it('names a file over its size limit, with its size, the limit and the fix, unread', async () => {
    const dir = await copyOfData();
    await writeFile(join(dir, 'events', 'huge.yaml'), '}'.repeat(1024 * 1024));
    await writeFile(join(dir, 'threads.yaml'), `# ${'x'.repeat(600 * 1024)}\n`);
    expect(await run(['validate', dir], { ...context, cwd: dir })).toBe(EXIT.problems);
    expect(err.trimEnd().split('\n')).toEqual([
      'events/huge.yaml:1:1  (file)  the file is 1,024 KB (1,048,576 bytes), more than the 256 KB allowed, and was not read (check that this is the right file: an event file holds one event, a registry short entries, both far below the limit (see CONTRIBUTING.md))',
      'threads.yaml:1:1  (file)  the file is 601 KB (614,403 bytes), more than the 512 KB allowed, and was not read (check that this is the right file: an event file holds one event, a registry short entries, both far below the limit (see CONTRIBUTING.md))',
      '✗ 2 problems in 2 files',
    ]);
  });

  it('refuses a change-log entry dated after today, in an event and in dataset.yaml', async () => {
    const dir = await copyOfData();
    const storm = join(dir, 'events', '2023-07-11-storm-0558-signing-key-intrusion.yaml');
    await writeFile(
      storm,
      `${await readFile(storm, 'utf8')}  - date: '2026-12-24'\n    note: { de: Später., en: Later. }\n`,
    );
    expect(await run(['validate', dir], { ...context, cwd: dir })).toBe(EXIT.problems);
    expect(err).toMatch(
      /^events\/2023-07-11-storm-0558-signing-key-intrusion\.yaml:\d+:\d+ {2}changes\[\d+\]\.date {2}the change is dated 2026-12-24, after today \(2026-12-02\) \(write the day the change was made\)$/m,
    );
  });
});

describe('chronik new', () => {
  it('writes a valid event file with the schema line, which validate accepts', async () => {
    const dir = await copyOfData();
    expect(await run([...NEW_EVENT, '--dir', dir], context)).toBe(EXIT.ok);
    const id = '2025-11-18-summit-on-european-digital-sovereignty-in-berlin';
    expect(out).toContain(`✓ wrote`);
    const text = await readFile(join(dir, 'events', `${id}.yaml`), 'utf8');
    expect(text.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../../schema/event.schema.json',
    );
    expect(text).toContain('precision: day');
    expect(text).toContain('- date: 2026-12-02');
    expect(await run(['validate', dir], context)).toBe(EXIT.ok);
  });

  it('refuses to overwrite an existing file', async () => {
    const dir = await copyOfData();
    const before = await readdir(join(dir, 'events'));
    const code = await run(
      [...NEW_EVENT, '--dir', dir, '--id', '2024-06-24-osba-open-letter-delos'],
      context,
    );
    expect(code).toBe(EXIT.problems);
    expect(err).toContain(
      '2024-06-24-osba-open-letter-delos.yaml:1:1  (file)  the file already exists',
    );
    expect(await readdir(join(dir, 'events'))).toEqual(before);
  });

  it('writes nothing when the new event would be invalid', async () => {
    const dir = await copyOfData();
    const before = await readdir(join(dir, 'events'));
    const args = [
      ...NEW_EVENT,
      '--dir',
      dir,
      '--category',
      'wether',
      '--source-url',
      'javascript:alert(1)',
    ];
    expect(await run(args, context)).toBe(EXIT.problems);
    expect(err).toMatch(/categories\[2\] {2}unknown category "wether"/);
    expect(err).toMatch(/sources\[0\]\.url {2}"javascript:alert\(1\)" is a javascript: link/);
    expect(err).toContain('Nothing was written');
    expect(await readdir(join(dir, 'events'))).toEqual(before);
  });

  it.each([
    [
      ['--date', '2023-02-30'],
      "option '--date <date>' argument '2023-02-30' is invalid. \"2023-02-30\" is not a date",
    ],
    [
      ['--precision', 'week'],
      "argument 'week' is invalid. Allowed choices are day, month, quarter, season, year",
    ],
    [['--importance', '5'], 'use 1 (landmark), 2 (notable) or 3 (detail)'],
  ])('exits 2 on a bad option value %j', async (extra, message) => {
    expect(await run([...NEW_EVENT, ...extra], context)).toBe(EXIT.usage);
    expect(err).toContain(message);
  });

  it('creates events/ in a data directory that has none yet', async () => {
    // Once failed with ENOENT: the folder of the first event was never made.
    const dir = await copyOfData();
    await rm(join(dir, 'events'), { recursive: true });
    expect(await run([...NEW_EVENT, '--dir', dir], context)).toBe(EXIT.ok);
    expect(await readdir(join(dir, 'events'))).toEqual([
      '2025-11-18-summit-on-european-digital-sovereignty-in-berlin.yaml',
    ]);
    expect(await run(['validate', dir], context)).toBe(EXIT.ok);
  });

  it('says what to do, and writes nothing, where there is no data directory', async () => {
    const missing = join(await emptyDir(), 'data');
    expect(
      await run([...NEW_EVENT, '--dir', missing], { ...context, cwd: join(missing, '..') }),
    ).toBe(EXIT.problems);
    expect(err).toBe(
      'chronik new: the data directory data does not exist; pass --dir with the folder that holds dataset.yaml and events/\n',
    );
    err = '';
    const empty = await emptyDir();
    expect(await run([...NEW_EVENT, '--dir', empty], { ...context, cwd: empty })).toBe(
      EXIT.problems,
    );
    expect(err).toBe(
      'chronik new: . has neither dataset.yaml nor events/, so it is not a data directory; pass --dir with the folder that holds them, or start a new one as a copy of packages/events/data\n',
    );
    expect(await readdir(empty)).toEqual([]);
  });

  it('exits 2 when a required option is missing', async () => {
    expect(await run(['new', '--title-de', 'x'], context)).toBe(EXIT.usage);
    expect(err).toContain("required option '--title-en <text>' not specified");
  });

  it('derives ids from the date and the English title', () => {
    expect(toEventId('2024-06', 'Report: Microsoft’s Azure server exposed credentials!')).toBe(
      '2024-06-report-microsoft-s-azure-server-exposed-credentials',
    );
    expect(
      toEventId('2024', 'A very long title that goes on and on and on about many things'),
    ).toBe('2024-a-very-long-title-that-goes-on-and-on-and-on-about-many');
  });
});

describe('chronik export', () => {
  it('prints all events in chronological order with a dataset header, valid against the JSON Schema', async () => {
    expect(await run(['export', '--format', 'json'], context)).toBe(EXIT.ok);
    const document = JSON.parse(out) as {
      dataset: {
        version: string;
        generatedAt: string;
        license: { id: string };
        schema: string;
        eventCount: number;
      };
      events: { id: string }[];
    };
    expect(document.dataset).toMatchObject({
      generatedAt: '2026-12-02T10:00:00.000Z',
      license: { id: 'CC-BY-4.0' },
      schema: '/schema/export.schema.json',
    });
    expect(document.dataset.version).toMatch(/^\d+\.\d+\.\d+$/);
    const ids = document.events.map((event) => event.id);
    // The seven events of the first release, in this order among all the others.
    const first = [
      '2022-11-24-dsk-microsoft-365-festlegung',
      '2023-07-11-storm-0558-signing-key-intrusion',
      '2024-03-08-edps-commission-microsoft-365-decision',
      '2024-04-microsoft-azure-storage-credentials-exposed',
      '2024-06-24-osba-open-letter-delos',
      '2024-06-27-it-planungsrat-special-session-delos',
      '2024-11-05-us-presidential-election',
    ];
    expect(ids.filter((id) => first.includes(id))).toEqual(first);
    const events = document.events as unknown as ChronikEvent[];
    for (let i = 1; i < events.length; i++) {
      expect(compareEvents(events[i - 1]!, events[i]!)).toBeLessThan(0);
    }
    expect(document.dataset.eventCount).toBe(document.events.length);

    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const schema = JSON.parse(
      await readFile(join(SCHEMA_DIR, 'export.schema.json'), 'utf8'),
    ) as object;
    const validate = ajv.compile(schema);
    expect(validate(document) ? [] : validate.errors).toEqual([]);
  });

  it('writes to --out and reports on standard error', async () => {
    const dir = await copyOfData();
    const file = join(dir, 'export.json');
    expect(await run(['export', '--format', 'json', '--out', file, '--dir', dir], context)).toBe(
      EXIT.ok,
    );
    expect(out).toBe('');
    expect(err).toMatch(/^✓ \d+ events written to .*export\.json\n$/);
    expect(JSON.parse(await readFile(file, 'utf8'))).toHaveProperty('events');
  });

  it('writes nothing while the data has problems', async () => {
    const dir = await copyOfData();
    await writeFile(join(dir, 'events', 'broken.yaml'), 'id: [');
    const file = join(dir, 'export.json');
    expect(await run(['export', '--format', 'json', '--out', file, '--dir', dir], context)).toBe(
      EXIT.problems,
    );
    expect(err).toContain('Nothing was exported');
    await expect(readFile(file)).rejects.toThrow(/ENOENT/);
  });

  it('exits 2 for an unknown format', async () => {
    expect(await run(['export', '--format', 'xml'], context)).toBe(EXIT.usage);
    expect(err).toContain(
      "argument 'xml' is invalid. Allowed choices are json, csv, atom, jsonfeed, ics, timelinejs, csl, bibtex, ris",
    );
  });
});

describe('chronik export --format csv and chronik import --from csv', () => {
  it('export a view as CSV, whose import into an empty data directory names what it lacks', async () => {
    const source = await copyOfData();
    expect(
      await run(
        ['export', '--format', 'csv', '--category', 'security', '--from', '2023', '--dir', source],
        context,
      ),
    ).toBe(EXIT.ok);
    const csv = out;
    expect(csv.split('\r\n')[0]).toMatch(/^id,start,end,precision,/);
    const rows = csv.trim().split('\r\n').length;
    expect(rows).toBeGreaterThan(3);

    const target = await copyOfData();
    await rm(join(target, 'events'), { recursive: true });
    const file = join(await emptyDir(), 'in.csv');
    await writeFile(file, csv);
    out = '';
    err = '';
    // Into an empty directory: a relation to an event the view left out is reported by row
    // and column, and nothing is written.
    expect(await run(['import', '--from', 'csv', file, '--dir', target], context)).toBe(
      EXIT.problems,
    );
    expect(err).toMatch(
      /in\.csv:\d+:20 {2}related {2}row \d+: related event "2024-09-federal-government-answer-delos" does not exist/,
    );
    expect(err).toContain('Nothing was imported');
    expect(await readdir(target)).not.toContain('events');
  });

  it('import the whole export, checking first (--dry-run), then writing it', async () => {
    expect(await run(['export', '--format', 'csv'], context)).toBe(EXIT.ok);
    const csv = out;
    const target = await copyOfData();
    await rm(join(target, 'events'), { recursive: true });
    const file = join(await emptyDir(), 'all.csv');
    await writeFile(file, csv);
    out = '';
    err = '';
    expect(
      await run(['import', '--from', 'csv', file, '--dir', target, '--dry-run'], context),
    ).toBe(EXIT.ok);
    expect(out).toMatch(/^would create \S+\/events\/\S+\.yaml$/m);
    expect(await readdir(target)).not.toContain('events');
    out = '';
    err = '';
    expect(await run(['import', '--from', 'csv', file, '--dir', target], context)).toBe(EXIT.ok);
    const created = await readdir(join(target, 'events'));
    const original = await readdir(join(DEFAULT_DATA_DIR, 'events'));
    expect(created.sort()).toEqual(original.sort());
    // The imported directory exports the same CSV.
    out = '';
    expect(await run(['export', '--format', 'csv', '--dir', target], context)).toBe(EXIT.ok);
    expect(out).toBe(csv);
  });

  it('refuse to replace an event without --force, and writes nothing', async () => {
    const dir = await copyOfData();
    expect(
      await run(
        ['export', '--format', 'csv', '--dir', dir, '--from', '2024-06-24', '--to', '2024-06-24'],
        context,
      ),
    ).toBe(EXIT.ok);
    const file = join(await emptyDir(), 'again.csv');
    await writeFile(file, out);
    err = '';
    expect(await run(['import', '--from', 'csv', file, '--dir', dir], context)).toBe(EXIT.problems);
    expect(err).toMatch(
      /again\.csv:3:1 {2}id {2}row 3: event "2024-06-24-osba-open-letter-delos" exists already/,
    );
    expect(err).toContain('--force');
    err = '';
    expect(await run(['import', '--from', 'csv', file, '--dir', dir, '--force'], context)).toBe(
      EXIT.ok,
    );
    expect(out).toMatch(/^replaced \S+\/events\/2024-06-24-osba-open-letter-delos\.yaml$/m);
  });

  it('report a file that is missing, not UTF-8 or empty, and a view it cannot read', async () => {
    const dir = await copyOfData();
    expect(
      await run(['import', '--from', 'csv', join(dir, 'none.csv'), '--dir', dir], context),
    ).toBe(EXIT.problems);
    expect(err).toContain('none.csv does not exist');
    await writeFile(join(dir, 'latin1.csv'), Buffer.from([0x69, 0x64, 0x0a, 0xe4, 0x0a]));
    err = '';
    expect(
      await run(['import', '--from', 'csv', join(dir, 'latin1.csv'), '--dir', dir], context),
    ).toBe(EXIT.problems);
    expect(err).toContain('is not UTF-8 text; save it as "CSV UTF-8"');
    await writeFile(join(dir, 'empty.csv'), '');
    err = '';
    expect(
      await run(['import', '--from', 'csv', join(dir, 'empty.csv'), '--dir', dir], context),
    ).toBe(EXIT.problems);
    expect(err).toMatch(/empty\.csv:1:1 .*the file is empty/);
    err = '';
    expect(await run(['export', '--format', 'csv', '--category', 'nonsense'], context)).toBe(
      EXIT.usage,
    );
    expect(err).toMatch(/categories "nonsense" is not in the dataset/);
    expect(err).toContain('Nothing was exported');
    err = '';
    expect(
      await run(['export', '--format', 'csv', '--from', '2025', '--to', '2024'], context),
    ).toBe(EXIT.usage);
    expect(err).toContain(
      'chronik export: to "2024" puts the start of the period after its end; the period starts (from=2025) after it ends (to=2024); swap from and to, or use a to that ends after from begins\n',
    );
  });
});

describe('chronik import of a 50 MB file', () => {
  it('names its bad rows and writes nothing', { timeout: 300_000 }, async () => {
    const { dataset } = await loadDataset({ now: NOW });
    // About 1,050 events of 48 KB each: summaries and notes near their length limits.
    const text = (length: number) =>
      'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(length / 57).trim();
    const events = Array.from({ length: 1_050 }, (_, i) => {
      const event = dataset!.events[i % dataset!.events.length]!;
      return {
        ...event,
        id: `${event.id}-copy-${i}`,
        summary: { de: text(4_900), en: text(4_900) },
        notes: { de: text(19_000), en: text(19_000) },
        related: [],
        verified: true,
        ...(i === 16 ? { categories: ['weather'] } : {}),
      };
    });
    const [head, ...lines] = toEventsCsv(events).split('\r\n');
    // Row 902 (the 901st event) gets a date that does not exist.
    const start = head!.split(',').indexOf('start');
    const cells = lines[900]!.split(',');
    cells[start] = '2024-13-40';
    lines[900] = cells.join(',');
    const csv = [head, ...lines].join('\r\n');
    expect(csv.length).toBeGreaterThan(50_000_000);
    const file = join(await emptyDir(), 'big.csv');
    await writeFile(file, csv);
    const target = await copyOfData();
    const before = await readdir(join(target, 'events'));

    expect(await run(['import', '--from', 'csv', file, '--dir', target], context)).toBe(
      EXIT.problems,
    );
    const reported = err.split('\n').filter((line) => line.includes('big.csv:'));
    expect(reported).toEqual([
      expect.stringMatching(/big\.csv:18:\d+ {2}categories {2}row 18: unknown category "weather"/),
      expect.stringMatching(/big\.csv:902:\d+ {2}start {2}row 902: .*2024-13-40/),
    ]);
    expect(err).toContain('Nothing was imported');
    expect(await readdir(join(target, 'events'))).toEqual(before);
  });
});

describe('chronik import --from json|timelinejs', () => {
  /** A copy of the curated data directory without its events: registries only. */
  async function emptyData(): Promise<string> {
    const dir = await copyOfData();
    await rm(join(dir, 'events'), { recursive: true });
    return dir;
  }

  it('imports the JSON export into an empty data directory, which exports the same JSON', async () => {
    expect(await run(['export', '--format', 'json'], context)).toBe(EXIT.ok);
    const json = out;
    const target = await emptyData();
    const file = join(await emptyDir(), 'events.json');
    await writeFile(file, json);
    out = '';
    err = '';
    expect(await run(['import', '--from', 'json', file, '--dir', target], context)).toBe(EXIT.ok);
    expect(err).toMatch(/^✓ \d+ events imported into /m);
    const created = await readdir(join(target, 'events'));
    expect(created.sort()).toEqual((await readdir(join(DEFAULT_DATA_DIR, 'events'))).sort());
    out = '';
    expect(await run(['export', '--format', 'json', '--dir', target], context)).toBe(EXIT.ok);
    expect(out).toBe(json);
  });

  it('names the line, column and field of a JSON file of the wrong shape, and writes nothing', async () => {
    const target = await emptyData();
    const file = join(await emptyDir(), 'bad.json');
    await writeFile(file, '{\n  "events": {}\n}\n');
    expect(await run(['import', '--from', 'json', file, '--dir', target], context)).toBe(
      EXIT.problems,
    );
    expect(err).toMatch(/bad\.json:2:13 {2}events {2}"events" is not an array \(write the events/);
    expect(err).toContain('Nothing was imported');
    await writeFile(file, '{"events": [{"id": "x"}]}');
    err = '';
    expect(await run(['import', '--from', 'json', file, '--dir', target], context)).toBe(
      EXIT.problems,
    );
    expect(err).toMatch(/bad\.json:1:13 {2}events\[0\]\.date {2}row 1: /);
    expect(await readdir(target)).not.toContain('events');
  });

  it('imports our TimelineJS export in the language given, and says which texts are copies', async () => {
    expect(await run(['export', '--format', 'timelinejs', '--lang', 'en'], context)).toBe(EXIT.ok);
    const target = await emptyData();
    const file = join(await emptyDir(), 'timeline.json');
    await writeFile(file, out);
    out = '';
    err = '';
    const args = ['import', '--from', 'timelinejs', '--lang', 'en', file, '--dir', target];
    expect(await run([...args, '--dry-run'], context)).toBe(EXIT.ok);
    expect(out).toMatch(/^would create \S+\/events\/2024-06-24-osba-open-letter-delos\.yaml$/m);
    expect(err).toMatch(
      /^note: TimelineJS files have one language: the de titles, summaries and notes of these \d+ events are copies of the en text; translate them in the event files$/m,
    );
    expect(await readdir(target)).not.toContain('events');
    expect(await run(args, context)).toBe(EXIT.ok);
    const created = await readdir(join(target, 'events'));
    expect(created.sort()).toEqual((await readdir(join(DEFAULT_DATA_DIR, 'events'))).sort());
    const letter = await readFile(
      join(target, 'events', '2024-06-24-osba-open-letter-delos.yaml'),
      'utf8',
    );
    expect(letter).toContain('en: OSBA open letter asks the IT Planning Council');
    expect(letter).toContain('de: OSBA open letter asks the IT Planning Council');
    err = '';
    expect(await run(['validate', target], context)).toBe(EXIT.ok);
  });

  it('reads a TimelineJS sheet as CSV, naming the row, line and column of a bad cell', async () => {
    const target = await emptyData();
    const file = join(await emptyDir(), 'sheet.csv');
    const header =
      'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';
    const row = (year: string, month: string, headline: string, text: string) =>
      `${year},${month},,,,,,,,${headline},"${text}",,,,,,Recht,`;
    await writeFile(
      file,
      [
        header,
        ',,,,,,,,,My timeline,Intro,,,,,title,,',
        row('2024', '13', 'Bad month', '<a href=""https://example.org/a"">A</a>'),
        row(
          '2024',
          '5',
          'Good',
          '<p>Text <script>alert(1)</script><a href=""https://example.org/b"">B</a></p>',
        ),
        '',
      ].join('\r\n'),
    );
    const args = ['import', '--from', 'timelinejs', '--lang', 'de', file, '--dir', target];
    expect(await run(args, context)).toBe(EXIT.problems);
    expect(err).toMatch(
      /sheet\.csv:3:2 {2}Month {2}row 3: Month "13" is not a month \(1 to 12\) \(write the month/,
    );
    expect(err).toContain('Nothing was imported');
    await writeFile(
      file,
      [
        header,
        row(
          '2024',
          '5',
          'Good',
          '<p>Text <script>alert(1)</script><a href=""https://example.org/b"">B</a></p>',
        ),
        '',
      ].join('\r\n'),
    );
    err = '';
    expect(await run(args, context)).toBe(EXIT.ok);
    const written = await readFile(join(target, 'events', '2024-05-good.yaml'), 'utf8');
    expect(written).toContain('de: Text [B](https://example.org/b)');
    // A slide without a group, filed under --category.
    await writeFile(
      file,
      [header, '2023,,,,,,,,,No group,"<a href=""https://example.org/c"">C</a>",,,,,,,', ''].join(
        '\r\n',
      ),
    );
    err = '';
    expect(await run(args, context)).toBe(EXIT.problems);
    expect(err).toMatch(/sheet\.csv:2:17 {2}Group {2}row 2: the slide has no group/);
    err = '';
    expect(await run([...args, '--category', 'Recht'], context)).toBe(EXIT.ok);
    expect(await readFile(join(target, 'events', '2023-no-group.yaml'), 'utf8')).toMatch(
      /categories:\n {2}- legal\n/,
    );
    expect(written).not.toMatch(/script|alert|</);
  });

  it('exits 2 without --lang for timelinejs, and with --lang for csv or json', async () => {
    const file = join(await emptyDir(), 'x.json');
    expect(await run(['import', '--from', 'timelinejs', file], context)).toBe(EXIT.usage);
    expect(err).toContain('--from timelinejs needs --lang de or --lang en');
    err = '';
    expect(await run(['import', '--from', 'json', '--lang', 'de', file], context)).toBe(EXIT.usage);
    expect(err).toContain('--lang is only for --from timelinejs');
    err = '';
    expect(await run(['import', '--from', 'csv', '--category', 'legal', file], context)).toBe(
      EXIT.usage,
    );
    expect(err).toContain('--category is only for --from timelinejs');
    err = '';
    expect(await run(['import', '--from', 'xml', file], context)).toBe(EXIT.usage);
    expect(err).toContain("argument 'xml' is invalid. Allowed choices are csv, json, timelinejs");
  });
});

describe('chronik export --format atom|jsonfeed|ics', () => {
  it('writes feeds and calendars of a view, in the language asked for, linking the site', async () => {
    expect(
      await run(
        [
          'export',
          '--format',
          'atom',
          '--lang',
          'en',
          '--site-url',
          'https://chronik.example/',
          '--category',
          'security',
        ],
        context,
      ),
    ).toBe(EXIT.ok);
    expect(out).toMatch(
      /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom">/,
    );
    expect(out).toContain('<link rel="self" href="https://chronik.example/feeds/en/events.atom"/>');
    expect(out).toContain(
      '<link href="https://chronik.example/en/events/2023-07-11-storm-0558-signing-key-intrusion/"/>',
    );
    expect(out).not.toContain('2024-06-24-osba-open-letter-delos');
    out = '';
    expect(
      await run(
        ['export', '--format', 'jsonfeed', '--from', '2024-06', '--to', '2024-06'],
        context,
      ),
    ).toBe(EXIT.ok);
    const feed = JSON.parse(out) as { version: string; items: { url: string }[] };
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.items.map((item) => item.url)).toContain(
      'http://localhost:4173/de/events/2024-06-24-osba-open-letter-delos/',
    );
    out = '';
    expect(await run(['export', '--format', 'ics', '--lang', 'de'], context)).toBe(EXIT.ok);
    expect(out.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(out).toContain('UID:2024-06-24-osba-open-letter-delos.de@localhost:4173\r\n');
    expect(out).toContain('DTSTART;VALUE=DATE:20240624\r\n');
    out = '';
    expect(
      await run(
        ['export', '--format', 'timelinejs', '--lang', 'en', '--category', 'legal'],
        context,
      ),
    ).toBe(EXIT.ok);
    const timeline = JSON.parse(out) as { events: { group: string }[] };
    expect(timeline.events.length).toBeGreaterThan(0);
    expect(new Set(timeline.events.map((e) => e.group)).has('Legal')).toBe(true);
  });

  it('exits 2 for a language it does not have', async () => {
    expect(await run(['export', '--format', 'ics', '--lang', 'fr'], context)).toBe(EXIT.usage);
    expect(err).toContain("argument 'fr' is invalid. Allowed choices are de, en");
  });
});

describe('chronik export --format csl|bibtex|ris', () => {
  it('writes citations of the dataset, then of each event of a view, read on the day of the export', async () => {
    const args = ['--lang', 'en', '--site-url', 'https://chronik.example/', '--category', 'legal'];
    expect(await run(['export', '--format', 'csl', ...args], context)).toBe(EXIT.ok);
    const items = JSON.parse(out) as {
      id: string;
      type: string;
      URL: string;
      language: string;
      accessed: { 'date-parts': number[][] };
    }[];
    expect(items.length).toBeGreaterThan(1);
    expect(items[0]).toMatchObject({
      id: 'chronik:dataset:delos-cloud',
      type: 'dataset',
      URL: 'https://chronik.example/en/',
    });
    for (const item of items.slice(1)) {
      expect(item.type).toBe('entry-encyclopedia');
      expect(item.URL).toBe(
        `https://chronik.example/en/events/${item.id.slice('chronik:'.length)}/`,
      );
    }
    expect(items.map((item) => [item.language, item.accessed])).toEqual(
      items.map(() => ['en', { 'date-parts': [[2026, 12, 2]] }]),
    );
    expect(items.map((item) => item.id)).not.toContain('chronik:2024-06-24-osba-open-letter-delos');

    out = '';
    expect(await run(['export', '--format', 'bibtex', ...args], context)).toBe(EXIT.ok);
    expect(out.startsWith('@misc{chronik:dataset:delos-cloud,\n')).toBe(true);
    expect(out.match(/^@misc\{chronik:[^,\s]+,$/gm)).toEqual(
      items.map((item) => `@misc{${item.id},`),
    );
    expect(out.match(/^ {2}urldate = \{2026-12-02\},$/gm)).toHaveLength(items.length);

    out = '';
    const dir = await emptyDir();
    const file = join(dir, 'citations.ris');
    expect(await run(['export', '--format', 'ris', '--out', file, ...args], context)).toBe(EXIT.ok);
    const ris = await readFile(file, 'utf8');
    expect(ris.startsWith('TY  - DATA\r\nID  - chronik:dataset:delos-cloud\r\n')).toBe(true);
    expect(ris.match(/^ID {2}- .*$/gm)).toEqual(items.map((item) => `ID  - ${item.id}`));
    expect(ris.match(/^Y2 {2}- 2026\/12\/02\/\r$/gm)).toHaveLength(items.length);
    expect(ris.endsWith('ER  - \r\n')).toBe(true);
  });
});

describe('chronik stats', () => {
  it('reports counts and completeness', async () => {
    expect(await run(['stats'], context)).toBe(EXIT.ok);
    expect(out).toMatch(
      /^Delos Cloud and digital sovereignty \(delos-cloud \d+\.\d+\.\d+\): \d+ events/,
    );
    expect(out).toMatch(/bilingual \(title and summary in de and en\): (\d+)\/\1 \(100%\)/);
    expect(out).toMatch(/events with a source {2}(\d+)\/\1 \(100%\)/);
    expect(out).toContain('By precision');
    expect(out).toMatch(/evidence +primary \d+, multiple \d+, single \d+/);
  });

  it('prints JSON with --json', async () => {
    expect(await run(['stats', '--json'], context)).toBe(EXIT.ok);
    const stats = JSON.parse(out) as { events: number; bilingual: number };
    expect(stats.bilingual).toBe(stats.events);
  });

  it('exits 1 and warns when some files have problems', async () => {
    const dir = await copyOfData();
    await writeFile(join(dir, 'events', 'broken.yaml'), '');
    expect(await run(['stats', '--dir', dir], context)).toBe(EXIT.problems);
    expect(err).toContain('1 problems: the counts leave out the files that have them');
  });
});

describe('data on the terminal', () => {
  // A value that erases its own line and prints a false all-clear in its place, then a
  // right-to-left override that reverses what follows.
  const HOSTILE = '\x1b[2K\r✓ no problems\n\u202e';
  const SHOWN = '\\x1b[2K\\r✓ no problems\\n\\u202e';
  // Control characters other than the CLI's own line breaks, and bidi overrides.
  const RAW = /(?!\n)[\p{Cc}\u202a-\u202e\u2066-\u2069]/u;

  async function dataWith(change: { file: string; from: string; to: string }): Promise<string> {
    const dir = await copyOfData();
    const path = join(dir, change.file);
    const text = await readFile(path, 'utf8');
    expect(text).toContain(change.from);
    await writeFile(path, text.replace(change.from, change.to));
    return dir;
  }

  it('shows control and bidi characters of a file name in a problem as escapes', async () => {
    const dir = await copyOfData();
    await writeFile(join(dir, 'events', `${HOSTILE}.yaml`), '');
    expect(await run(['validate', dir], context)).toBe(EXIT.problems);
    expect(err).not.toMatch(RAW);
    // The name's newline is shown, not followed: one line for the problem, one for the sum.
    expect(err.trimEnd().split('\n')).toEqual([
      expect.stringContaining(`events/${SHOWN}.yaml:1:1  (file)  the file is empty`),
      '✗ 1 problem in 1 file',
    ]);
    expect(out).toBe('');
  });

  it('shows none of them raw from a category id', async () => {
    const dir = await dataWith({
      file: 'categories.yaml',
      from: '- id: security\n',
      to: `- id: ${JSON.stringify(HOSTILE)}\n`,
    });
    expect(await run(['validate', dir], context)).toBe(EXIT.problems);
    expect(err).not.toMatch(RAW);
    expect(err.trimEnd().split('\n')).toEqual([
      expect.stringContaining('categories.yaml:'),
      '✗ 1 problem in 1 file',
    ]);
  });

  it('shows them in usage errors, which quote the command line', async () => {
    // Standard error keeps line breaks: commander writes its help there in one piece.
    expect(await run(['frobnicate\x1b[2K\r✓\u202e'], context)).toBe(EXIT.usage);
    expect(err).not.toMatch(RAW);
    expect(err).toContain('frobnicate\\x1b[2K\\r✓\\u202e');
  });

  it('shows them in the stats, and leaves the exported JSON exact', async () => {
    // Data may hold bidi isolates, closed (a right-to-left name in a text); no other bidi
    // control passes validation.
    const title = 'Delos \u2067Cloud\u2069 and digital sovereignty';
    const dir = await dataWith({
      file: 'dataset.yaml',
      from: 'en: Delos Cloud and digital sovereignty',
      to: `en: ${JSON.stringify(title)}`,
    });
    expect(await run(['stats', '--dir', dir], context)).toBe(EXIT.ok);
    expect(out).not.toMatch(RAW);
    expect(out.split('\n')[0]).toContain(
      'Delos \\u2067Cloud\\u2069 and digital sovereignty (delos-cloud ',
    );

    out = '';
    expect(await run(['export', '--format', 'json', '--dir', dir], context)).toBe(EXIT.ok);
    const exported = JSON.parse(out) as { dataset: { title: { en: string } } };
    expect(exported.dataset.title.en).toBe(title);
  });
});

describe('the chronik binary', () => {
  const bin = fileURLToPath(new URL('../bin/chronik.js', import.meta.url));
  const exec = promisify(execFile);

  it('exits 0 for valid data and 1 for invalid data, as a real process', async () => {
    const ok = await exec(process.execPath, [bin, 'validate']);
    expect(ok.stdout).toContain('no problems');
    const dir = await copyOfData();
    await writeFile(join(dir, 'events', 'empty.yaml'), '');
    await expect(exec(process.execPath, [bin, 'validate', dir])).rejects.toMatchObject({ code: 1 });
    await expect(exec(process.execPath, [bin, 'frobnicate'])).rejects.toMatchObject({ code: 2 });
  }, 60_000); // the first run in a fresh checkout builds the CLI
});
