import { beforeAll, describe, expect, it } from 'vitest';
import { EVENTS_FOLDER, parseDataset, type DataFile, type Dataset } from './dataset.js';
import {
  TIMELINEJS_SHEET_COLUMNS,
  fromTimelineJs,
  fromTimelineJsCsv,
  fromTimelineJsJson,
  planImport,
  toTimelineJs,
} from './formats.js';
import { DEFAULT_DATA_DIR, loadDataset, readDataFiles } from './node.js';
import { EventSchema, type ChronikEvent } from './schema.js';
import { createSyntheticDataset } from './synthetic.js';
import type { Language } from './vocabulary.js';

const NOW = new Date('2026-12-01T00:00:00Z');
let curated: Dataset;
let registries: DataFile[];
beforeAll(async () => {
  curated = (await loadDataset({ now: NOW })).dataset!;
  registries = (await readDataFiles(DEFAULT_DATA_DIR)).filter(
    (file) => !file.path.startsWith(`${EVENTS_FOLDER}/`),
  );
});

const options = (lang: Language = 'en') => ({ lang, categories: curated.categories, now: NOW });

/** A TimelineJS document of the given slides, as text. */
const timeline = (events: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ events, ...extra }, null, 2);

/** A slide with everything an event needs; override fields to build test cases. */
const slide = (overrides: Record<string, unknown> = {}) => ({
  start_date: { year: 2024, month: 6, day: 27 },
  text: {
    headline: 'A headline',
    text: '<p>What happened. <a href="https://example.org/report">Report</a></p>',
  },
  group: 'politics',
  ...overrides,
});

/** The events of a TimelineJS document as the schema reads them; no problems expected. */
function read(text: string, lang: Language = 'en'): ChronikEvent[] {
  const { rows, problems } = fromTimelineJsJson(text, 'timeline.json', options(lang));
  expect(problems).toEqual([]);
  return rows.map((row) => EventSchema.parse(row.input));
}

/** The problems of reading a TimelineJS document, as [line, column, path, message]. */
function problemsOf(text: string) {
  const { rows, problems } = fromTimelineJsJson(text, 'timeline.json', options());
  for (const problem of problems) expect(problem.fix).not.toBe('');
  return { rows, found: problems.map((p) => [p.line, p.column, p.path, p.message]) };
}

describe('fromTimelineJsJson: our own export read back', () => {
  it.each(['de', 'en'] as const)(
    'keeps id, dates, title, summary, notes and sources of the curated events (%s)',
    (lang) => {
      const document = toTimelineJs({
        info: curated.info,
        events: curated.events,
        categories: curated.categories,
        lang,
        siteUrl: 'https://chronik.example',
      });
      const events = read(JSON.stringify(document), lang);
      expect(events).toHaveLength(curated.events.length);
      events.forEach((event, i) => {
        const original = curated.events[i]!;
        expect(event.id).toBe(original.id);
        expect(event.date).toEqual(original.date);
        expect(event.title[lang]).toBe(original.title[lang]);
        expect(event.summary[lang]).toBe(original.summary[lang]);
        expect(event.notes?.[lang]).toBe(original.notes?.[lang]);
        expect(event.sources.map((s) => [s.url, s.title, s.publisher])).toEqual(
          original.sources.map((s) => [s.url, s.title, s.publisher]),
        );
        expect(event.categories).toEqual([original.categories[0]]);
        // One language in the file: the other is a copy, to be translated.
        const other = lang === 'de' ? 'en' : 'de';
        expect(event.title[other]).toBe(event.title[lang]);
        expect(event.summary[other]).toBe(event.summary[lang]);
        expect(event.sources.every((s) => s.lang === lang)).toBe(true);
      });
    },
  );

  it('imports the export into a data directory without its events, and the build reads it', () => {
    const document = toTimelineJs({
      info: curated.info,
      events: curated.events,
      categories: curated.categories,
      lang: 'de',
      siteUrl: 'https://chronik.example',
    });
    const { rows } = fromTimelineJsJson(JSON.stringify(document), 'tl.json', options('de'));
    const plan = planImport({ files: registries, rows, file: 'tl.json', now: NOW });
    expect(plan.problems).toEqual([]);
    const after = parseDataset({ files: [...registries, ...plan.files], now: NOW });
    expect(after.problems).toEqual([]);
    expect(after.dataset!.events.map((e) => e.id)).toEqual(curated.events.map((e) => e.id));
  });

  it('keeps every precision, approximate dates and ends (synthetic events)', () => {
    const files = createSyntheticDataset({ count: 120, seed: 3 });
    const synthetic = parseDataset({ files, now: NOW }).dataset!;
    const document = toTimelineJs({
      info: synthetic.info,
      events: synthetic.events,
      categories: synthetic.categories,
      lang: 'en',
      siteUrl: 'https://chronik.example',
    });
    const { rows, problems } = fromTimelineJsJson(JSON.stringify(document), 'tl.json', {
      lang: 'en',
      categories: synthetic.categories,
      now: NOW,
    });
    expect(problems).toEqual([]);
    const dates = rows.map((row) => EventSchema.parse(row.input).date);
    expect(dates).toEqual(synthetic.events.map((e) => e.date));
    expect(new Set(dates.map((d) => d.precision))).toEqual(
      new Set(['day', 'month', 'quarter', 'season', 'year']),
    );
    expect(dates.some((d) => d.approximate)).toBe(true);
  });
});

describe('fromTimelineJsJson: any TimelineJS document', () => {
  it('takes the precision from the date parts given, and ends as spans', () => {
    const events = read(
      timeline([
        slide({ start_date: { year: 2024 } }),
        slide({ start_date: { year: '2024', month: '6' } }),
        slide({ start_date: { year: 2024, month: 6, day: 5 }, end_date: { year: 2025, month: 1 } }),
        slide({ start_date: { year: 2024, month: 6, day: 5 }, end_date: { year: '' } }),
      ]),
    );
    expect(events.map((e) => e.date)).toEqual([
      { start: '2024', precision: 'year' },
      { start: '2024-06', precision: 'month' },
      { start: '2024-06-05', precision: 'day', end: '2025-01' },
      { start: '2024-06-05', precision: 'day' },
    ]);
  });

  it('uses a kebab-case unique_id as the id, else one from date and headline, unique in the file', () => {
    const events = read(
      timeline([
        slide({ unique_id: 'my-event' }),
        slide({ unique_id: 'Not An Id!' }),
        slide(),
        slide({ unique_id: '2024-06-27-a-headline-2' }),
        slide({ text: { headline: 'Ä <b>Üml</b>aut & ß', text: slide().text.text } }),
      ]),
    );
    expect(events.map((e) => e.id)).toEqual([
      'my-event',
      '2024-06-27-a-headline',
      '2024-06-27-a-headline-3',
      '2024-06-27-a-headline-2',
      '2024-06-27-a-umlaut-ss',
    ]);
    expect(events[4]!.title).toEqual({ de: 'Ä Ümlaut & ß', en: 'Ä Ümlaut & ß' });
  });

  it('matches the group to a category by id or by label in either language', () => {
    const groups = ['security', 'IT-Sicherheit', 'Data protection', ' politik ', 'LEGAL'];
    const events = read(timeline(groups.map((group) => slide({ group }))));
    expect(events.map((e) => e.categories)).toEqual([
      ['security'],
      ['security'],
      ['data-protection'],
      ['politics'],
      ['legal'],
    ]);
  });

  it('files slides without a group under options.category, which must be a category', () => {
    const text = timeline([slide({ group: undefined }), slide({ group: 'security' })]);
    const { rows, problems } = fromTimelineJsJson(text, 'tl.json', {
      ...options(),
      category: 'Recht',
    });
    expect(problems).toEqual([]);
    expect(rows.map((row) => row.input.categories)).toEqual([['legal'], ['security']]);
    const unknown = fromTimelineJsJson(text, 'tl.json', { ...options(), category: 'Legl' });
    expect(unknown.rows).toEqual([]);
    expect(unknown.problems.map((p) => [p.line, p.path, p.message])).toEqual([
      [1, '', '"Legl", the category for slides without a group, is not a category of the dataset'],
    ]);
    expect(unknown.problems[0]!.fix).toMatch(/^did you mean "legal"\? Else set it to /);
  });

  it('reads sources from the links of the text and from http(s) media', () => {
    const [event] = read(
      timeline([
        slide({
          text: {
            headline: 'Sources',
            text:
              '<p>See <a href="https://www.example.org/a">the report</a>, ' +
              '<a href="https://www.example.org/a">again</a> and <a href="mailto:x@example.org">mail</a>.</p>',
          },
          media: {
            url: 'https://photos.example.net/1.jpg',
            credit: 'Photo <b>agency</b>',
            caption: 'A caption',
          },
        }),
      ]),
    );
    expect(event!.sources).toEqual([
      {
        url: 'https://www.example.org/a',
        title: 'the report',
        publisher: 'example.org',
        lang: 'en',
      },
      {
        url: 'https://photos.example.net/1.jpg',
        title: 'A caption',
        publisher: 'Photo agency',
        lang: 'en',
      },
    ]);
    expect(event!.summary.en).toBe(
      'See [the report](https://www.example.org/a), [again](https://www.example.org/a) and mail.',
    );
  });

  it('imports a slide dated after now as scheduled', () => {
    const [later, earlier] = read(
      timeline([slide({ start_date: { year: 2027 } }), slide({ start_date: { year: 2026 } })]),
    );
    expect(later!.status).toBe('scheduled');
    expect(earlier!.status).toBe('happened');
  });

  it('ignores the title slide and eras', () => {
    const events = read(
      timeline([slide()], {
        title: { text: { headline: 'Title', text: '<p>No date, no source</p>' } },
        eras: [{ start_date: { year: 2020 }, end_date: { year: 2021 }, text: { headline: 'Era' } }],
      }),
    );
    expect(events).toHaveLength(1);
  });

  it('passes no markup on: scripts, handlers and javascript: links are dropped', () => {
    const text = [
      '<p>Before <script>alert(1)</script><img src="x" onerror="alert(2)">',
      '<a href="javascript:alert(3)">click</a> <a href="https://example.org/ok" onclick="alert(4)">ok</a></p>',
      '<style>body { display: none }</style><iframe src="https://evil.example/"></iframe>',
    ].join('');
    const [event] = read(
      timeline([
        slide({
          text: { headline: '<b onmouseover="alert(5)">Bold</b> <script>alert(6)</script>', text },
        }),
      ]),
    );
    expect(event!.title.en).toBe('Bold');
    expect(event!.summary.en).toBe('Before click [ok](https://example.org/ok)');
    const all = JSON.stringify(event);
    expect(all).not.toMatch(/<|>|alert|script|javascript|onerror|onclick|evil/i);
    expect(event!.sources.map((s) => s.url)).toEqual(['https://example.org/ok']);
  });

  it('names the row, line and field of a slide without a usable date, and leaves it out', () => {
    const text = timeline([
      slide(),
      slide({ start_date: undefined }),
      slide({ start_date: { year: 'last year' } }),
      slide({ start_date: { year: 2024, month: 13 } }),
      slide({ start_date: { year: 2024, day: 3 } }),
      slide({ start_date: { year: 24 } }),
      slide({ start_date: { year: 2024, month: 1 }, end_date: { year: 2024, month: 0 } }),
      slide({ start_date: '2024-06-27' }),
    ]);
    const lineOf = (needle: string, from = 0) =>
      text.split('\n').findIndex((line, i) => i >= from && line.includes(needle)) + 1;
    const { rows, found } = problemsOf(text);
    expect(rows.map((r) => r.row)).toEqual([1]);
    expect(found).toEqual([
      [
        lineOf('{', lineOf('"group"')),
        5,
        'events[1].start_date',
        'row 2: the slide has no start date',
      ],
      [
        lineOf('"last year"'),
        17,
        'events[2].start_date.year',
        'row 3: start_date.year "last year" is not a year from 1000 to 9999',
      ],
      [
        lineOf('13'),
        18,
        'events[3].start_date.month',
        'row 4: start_date.month 13 is not a month (1 to 12)',
      ],
      [
        lineOf('"day": 3'),
        16,
        'events[4].start_date.day',
        'row 5: start_date.day is given but start_date.month is not',
      ],
      [
        lineOf('"year": 24'),
        17,
        'events[5].start_date.year',
        'row 6: start_date.year 24 is not a year from 1000 to 9999',
      ],
      [
        lineOf('"month": 0'),
        18,
        'events[6].end_date.month',
        'row 7: end_date.month 0 is not a month (1 to 12)',
      ],
      [
        lineOf('"2024-06-27"'),
        21,
        'events[7].start_date.year',
        'row 8: start_date.year is missing',
      ],
    ]);
  });

  it('names an unknown or missing group with the categories there are', () => {
    const { rows, found } = problemsOf(
      timeline([slide({ group: 'Securty' }), slide({ group: undefined })]),
    );
    expect(rows).toEqual([]);
    expect(found.map(([, , path, message]) => [path, message])).toEqual([
      ['events[0].group', 'row 1: group "Securty" is not a category of the dataset'],
      ['events[1].group', 'row 2: the slide has no group: every event needs a category'],
    ]);
    const { problems } = fromTimelineJsJson(
      timeline([slide({ group: 'Securty' })]),
      'x.json',
      options(),
    );
    expect(problems[0]!.fix).toMatch(
      /^did you mean "security"\? Else set the group to a category's id or label: /,
    );
    expect(problems[0]!.fix).toContain('security (IT-Sicherheit / Security)');
  });

  it('refuses a slide without a source', () => {
    const text = timeline([
      slide({
        text: { headline: 'x', text: '<p>No link, <a href="javascript:x()">bad</a></p>' },
      }),
    ]);
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('<p>No link')) + 1;
    expect(problemsOf(text).found).toEqual([
      [
        line,
        lines[line - 1]!.indexOf('"<p>') + 1,
        'events[0].text.text',
        'row 1: the slide names no source: every event needs a source',
      ],
    ]);
  });

  it.each([
    ['', 1, 1, '', 'the file is empty'],
    [
      '{ "events": [ { "start_date": } ] }',
      1,
      31,
      '',
      'the file is not valid JSON: unexpected token "}" found',
    ],
    ['Year,Month\n2024,1', 1, 1, '', "the file is not valid JSON: unexpected character 'Y' found"],
    ['[]', 1, 1, '', 'the file holds an array, not a TimelineJS document'],
    ['{ "title": { "text": { "headline": "x" } } }', 1, 1, '', 'the file has no "events"'],
    ['{ "events": "none" }', 1, 13, 'events', '"events" holds a string, not an array'],
    ['{ "events": [] }', 1, 13, 'events', 'the file has no events'],
    ['{ "events": [null] }', 1, 14, 'events[0]', 'row 1: the slide is null, not an object'],
  ])('refuses %j: %s', (text, line, column, path, message) => {
    const { rows, found } = problemsOf(text);
    expect(rows).toEqual([]);
    expect(found).toEqual([[line, column, path, message]]);
  });

  it('points problems found by planImport at the slide field', () => {
    const text = timeline([slide({ text: { headline: '  ', text: slide().text.text } })]);
    const { rows } = fromTimelineJsJson(text, 'tl.json', options());
    const plan = planImport({ files: registries, rows, file: 'tl.json', now: NOW });
    expect(plan.problems.map((p) => [p.line, p.path, p.message])).toEqual([
      [
        text.split('\n').findIndex((l) => l.includes('"headline"')) + 1,
        'events[0].text.headline',
        'row 1: is empty',
      ],
      [
        text.split('\n').findIndex((l) => l.includes('"headline"')) + 1,
        'events[0].text.headline',
        'row 1: is empty',
      ],
    ]);
  });
});

/** A sheet in the TimelineJS template's columns, as CSV; rows give cells by column name. */
function sheet(
  rows: Record<string, string>[],
  columns: readonly string[] = TIMELINEJS_SHEET_COLUMNS,
) {
  const quote = (value: string) =>
    /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
  return [
    columns.join(','),
    ...rows.map((row) => columns.map((c) => quote(row[c] ?? '')).join(',')),
  ]
    .map((line) => `${line}\r\n`)
    .join('');
}

const ROW = {
  Year: '2024',
  Month: '6',
  Day: '27',
  Headline: 'A headline',
  Text: '<p>What happened.</p>\n<p><a href="https://example.org/report">Report</a></p>',
  Group: 'Politik',
};

describe('fromTimelineJsCsv', () => {
  it('reads the template: dates, headline, text, media and group; skips title and era rows', () => {
    const csv = sheet([
      { Headline: 'My timeline', Text: 'Intro', Type: 'title' },
      ROW,
      { ...ROW, Month: '', Day: '', 'End Year': '2025', 'End Month': '3', Headline: 'Span' },
      { Year: '2020', 'End Year': '2021', Headline: 'An era', Type: 'era' },
      {
        ...ROW,
        Year: '2,023',
        Text: 'No link here',
        Media: 'https://example.org/photo.jpg',
        'Media Credit': 'Agency',
        Group: 'data-protection',
      },
    ]);
    const { rows, problems } = fromTimelineJsCsv(csv, 'sheet.csv', options('de'));
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.row, r.line])).toEqual([
      [3, 3],
      [4, 5],
      [6, 8],
    ]);
    const events = rows.map((row) => EventSchema.parse(row.input));
    expect(events.map((e) => [e.id, e.date, e.categories])).toEqual([
      ['2024-06-27-a-headline', { start: '2024-06-27', precision: 'day' }, ['politics']],
      ['2024-span', { start: '2024', precision: 'year', end: '2025-03' }, ['politics']],
      ['2023-06-27-a-headline', { start: '2023-06-27', precision: 'day' }, ['data-protection']],
    ]);
    expect(events[0]!.summary).toEqual({
      de: 'What happened.\n\n[Report](https://example.org/report)',
      en: 'What happened.\n\n[Report](https://example.org/report)',
    });
    expect(events[2]!.sources).toEqual([
      { url: 'https://example.org/photo.jpg', title: 'Agency', publisher: 'Agency', lang: 'de' },
    ]);
  });

  it('reads columns in any order, in any case, with Tag for Group, and ignores others', () => {
    const columns = ['headline', 'Notes', 'Tag', 'Text', 'YEAR'];
    const { rows, problems } = fromTimelineJsCsv(
      sheet(
        [{ headline: 'x', Notes: 'ignored', Tag: 'legal', Text: ROW.Text, YEAR: '2022' }],
        columns,
      ),
      'sheet.csv',
      options(),
    );
    expect(problems).toEqual([]);
    expect(EventSchema.parse(rows[0]!.input)).toMatchObject({
      id: '2022-x',
      date: { start: '2022', precision: 'year' },
      categories: ['legal'],
    });
  });

  it('names the row, line and column of a bad cell, after a cell with line breaks', () => {
    const csv = sheet([
      ROW,
      { ...ROW, Month: '13' },
      { ...ROW, Group: 'Nonsense' },
      { ...ROW, Year: '' },
    ]);
    const { rows, problems } = fromTimelineJsCsv(csv, 'sheet.csv', options());
    expect(rows).toHaveLength(1);
    expect(problems.map((p) => [p.line, p.column, p.path, p.message])).toEqual([
      [4, 2, 'Month', 'row 3: Month "13" is not a month (1 to 12)'],
      [6, 17, 'Group', 'row 4: group "Nonsense" is not a category of the dataset'],
      [8, 1, 'Year', 'row 5: Year is missing'],
    ]);
  });

  it('refuses an empty file, a header without the template columns, and a sheet of no events', () => {
    const first = (text: string) =>
      fromTimelineJsCsv(text, 's.csv', options()).problems[0]!.message;
    expect(first('')).toBe('the file is empty');
    expect(first('id,start\r\nx,2024\r\n')).toBe(
      'the header lacks the columns Year, Headline, Text of the TimelineJS template',
    );
    expect(first(sheet([{ Headline: 'T', Type: 'title' }]))).toBe('the sheet has no events');
    expect(first('Year,Headline,Text\r\n"2024,x\r\n')).toBe(
      'a quote opened in the row that begins on line 2 is never closed',
    );
  });
});

describe('fromTimelineJs', () => {
  it('reads .json as JSON and .csv as a sheet, and anything else by its content', () => {
    const json = timeline([slide()]);
    const csv = sheet([ROW]);
    const ids = (text: string, file: string) =>
      fromTimelineJs(text, file, options()).rows.map((r) => r.input.id);
    expect(ids(json, 'a.json')).toEqual(['2024-06-27-a-headline']);
    expect(ids(csv, 'a.CSV')).toEqual(['2024-06-27-a-headline']);
    expect(ids(json, 'a.txt')).toEqual(['2024-06-27-a-headline']);
    expect(ids(`\uFEFF${csv}`, 'download')).toEqual(['2024-06-27-a-headline']);
    expect(fromTimelineJs(csv, 'a.json', options()).problems[0]!.message).toMatch(/not valid JSON/);
  });
});
