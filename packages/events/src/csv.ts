/**
 * Events as CSV, for spreadsheets: one row per event, one column per field, written and read
 * with `csv-stringify` and `csv-parse` (RFC 4180: UTF-8, comma, `"` quoting, CRLF).
 *
 * The columns (in this order; a file may have them in any order, and leave out those marked
 * optional):
 *
 * | column | value |
 * | --- | --- |
 * | `id` | the event's id (kebab-case) |
 * | `start`, `end` | `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `end` empty when the event has none |
 * | `precision` | `day`, `month`, `quarter`, `season` or `year` |
 * | `approximate` | `true` when the date is approximate, else empty |
 * | `title_de`, `title_en`, `summary_de`, `summary_en` | text (summaries in Markdown) |
 * | `categories`, `actors`, `jurisdictions`, `storylines` | ids, joined by `; ` |
 * | `importance` | 1, 2 or 3 (empty: 2) |
 * | `status` | `happened` or `scheduled` (empty: `happened`) |
 * | `verified` | `true` or `false` (empty: `true`) |
 * | `evidence` | `primary`, `multiple`, `single`, or empty to derive it from the sources |
 * | `notes_de`, `notes_en` | caveats, both or neither |
 * | `related` | links to other events as `type:id`, joined by `; ` (`cites:2024-06-24-letter`; a bare id is `related`) |
 * | `sourceN_url`, `sourceN_title`, `sourceN_publisher`, `sourceN_published`, `sourceN_lang` | the N-th source (N from 1; as many groups as the event with the most sources needs) |
 * | `changeN_date`, `changeN_de`, `changeN_en` | the N-th entry of the change log |
 *
 * A cell that a spreadsheet would run as a formula (one that begins with `=`, `+`, `-`, `@`,
 * a tab or a carriage return) is written with a `'` before it, and read back without; a cell
 * that already began with `'` before such a character gets one more, so nothing is lost.
 *
 * @module
 */
import { stringify } from 'csv-stringify/sync';
import type { ImportRow, ImportRows } from './import.js';
import { readCsvRecords } from './internal/csv-file.js';
import { truncate, type Problem } from './problem.js';
import type { ChronikEvent, ChronikEventInput } from './schema.js';

/** The columns of one event's fields, before the numbered groups of sources and changes. */
export const CSV_COLUMNS = [
  'id',
  'start',
  'end',
  'precision',
  'approximate',
  'title_de',
  'title_en',
  'summary_de',
  'summary_en',
  'categories',
  'actors',
  'jurisdictions',
  'storylines',
  'importance',
  'status',
  'verified',
  'evidence',
  'notes_de',
  'notes_en',
  'related',
] as const;

/** The fields of the N-th source, as `source<N>_<field>` columns. */
const CSV_SOURCE_FIELDS = ['url', 'title', 'publisher', 'published', 'lang'] as const;

/** The fields of the N-th change, as `change<N>_<field>` columns. */
const CSV_CHANGE_FIELDS = ['date', 'de', 'en'] as const;

/** The columns every file must have; the others may be left out. */
const REQUIRED = [
  'id',
  'start',
  'precision',
  'title_de',
  'title_en',
  'summary_de',
  'summary_en',
  'categories',
  'source1_url',
  'source1_title',
  'source1_publisher',
  'source1_lang',
] as const;

/** Ids in one cell are joined by this, and split at `;` with spaces trimmed. */
const LIST_SEPARATOR = '; ';

/** What a spreadsheet reads as the start of a formula, after any number of `'`. */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** A cell as written: a `'` before a formula's first character (OWASP's advice). */
function toCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** A cell as read: the `'` that {@link toCell} added taken off again. */
function fromCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value) ? value.slice(1) : value;
}

/**
 * Writes events as CSV: a header row, then one row per event in the order given.
 *
 * @example
 * toEventsCsv(dataset.events).split('\r\n')[0]
 * // 'id,start,end,precision,approximate,title_de,…,source1_url,…'
 */
export function toEventsCsv(events: readonly ChronikEvent[]): string {
  const sources = Math.max(1, ...events.map((e) => e.sources.length));
  const changes = Math.max(0, ...events.map((e) => e.changes.length));
  const header = [
    ...CSV_COLUMNS,
    ...numbered('source', CSV_SOURCE_FIELDS, sources),
    ...numbered('change', CSV_CHANGE_FIELDS, changes),
  ];
  const rows = events.map((event) => {
    const row: string[] = [
      event.id,
      event.date.start,
      event.date.end ?? '',
      event.date.precision,
      event.date.approximate ? 'true' : '',
      event.title.de,
      event.title.en,
      event.summary.de,
      event.summary.en,
      event.categories.join(LIST_SEPARATOR),
      event.actors.join(LIST_SEPARATOR),
      event.jurisdictions.join(LIST_SEPARATOR),
      event.threads.join(LIST_SEPARATOR),
      String(event.importance),
      event.status,
      String(event.verified),
      event.evidence ?? '',
      event.notes?.de ?? '',
      event.notes?.en ?? '',
      event.related.map((r) => `${r.type}:${r.id}`).join(LIST_SEPARATOR),
    ];
    for (let i = 0; i < sources; i++) {
      const source = event.sources[i];
      row.push(
        source?.url ?? '',
        source?.title ?? '',
        source?.publisher ?? '',
        source?.published ?? '',
        source?.lang ?? '',
      );
    }
    for (let i = 0; i < changes; i++) {
      const change = event.changes[i];
      row.push(change?.date ?? '', change?.note.de ?? '', change?.note.en ?? '');
    }
    return row.map(toCell);
  });
  // Quoted whenever a cell holds a line break of either kind, not only the CRLF of the rows,
  // so that readers which end a row at a bare LF or CR read the cell whole.
  return stringify([header, ...rows], { record_delimiter: 'windows', quoted_match: /[\r\n]/ });
}

function numbered(prefix: string, fields: readonly string[], count: number): string[] {
  return Array.from({ length: count }, (_, i) =>
    fields.map((f) => `${prefix}${i + 1}_${f}`),
  ).flat();
}

/**
 * Reads events from CSV as {@link toEventsCsv} writes them: a UTF-8 byte order mark, CRLF or
 * LF line ends and quoted line breaks are fine; columns may come in any order. Checks only
 * the file's shape (the header, the rows' lengths, the numbers and flags); the events are
 * checked against the schema and the registries by `planImport`.
 *
 * @param file - the file's name, for problems
 */
export function fromEventsCsv(text: string, file: string): ImportRows {
  const problems: Problem[] = [];
  const problem = (line: number, column: number, path: string, message: string, fix: string) =>
    problems.push({ file, line, column, path, message, fix });
  const { records, problems: unreadable } = readCsvRecords({ file, text });
  if (unreadable.length > 0) return { rows: [], problems: unreadable };
  const [head, ...body] = records;
  if (!head || body.length === 0) {
    problem(
      1,
      1,
      '',
      head ? 'the file has a header but no rows' : 'the file is empty',
      `write a header row (${REQUIRED.join(',')}, …) and one row per event`,
    );
    return { rows: [], problems };
  }
  const columns = new Map<string, number>();
  head.cells.forEach((raw, index) => {
    const name = raw.trim();
    if (columns.has(name)) {
      problem(1, index + 1, name, `column "${name}" appears twice`, 'remove one of them');
    } else if (!isKnownColumn(name)) {
      problem(
        1,
        index + 1,
        name,
        `unknown column "${truncate(name, 40)}"`,
        `rename it to one of ${CSV_COLUMNS.join(', ')}, source1_url… or change1_date…, or remove it`,
      );
    } else columns.set(name, index);
  });
  const missing = REQUIRED.filter((name) => !columns.has(name));
  if (missing.length > 0) {
    problem(
      1,
      1,
      '',
      `the header lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`,
      'add them to the first row (a renamed column is reported above)',
    );
  }
  if (problems.length > 0) return { rows: [], problems };

  const sourceCount = countGroups(columns, 'source');
  const changeCount = countGroups(columns, 'change');
  const rows: ImportRow[] = [];
  body.forEach(({ cells: record, line }, index) => {
    const row = index + 2;
    if (record.length > head.cells.length) {
      problem(
        line,
        head.cells.length + 1,
        '',
        `row ${row} has ${record.length} cells, the header ${head.cells.length}`,
        'remove the extra cells, or quote a cell that contains a comma',
      );
      return;
    }
    const cell = (name: string): string => {
      const index = columns.get(name);
      return index === undefined ? '' : fromCell(record[index] ?? '');
    };
    const located = (name: string) => {
      const index = columns.get(name);
      return index === undefined ? undefined : { column: index + 1, name };
    };
    rows.push({
      input: toInput(cell, sourceCount, changeCount),
      row,
      line,
      locate: (path) => located(toColumnName(path)),
    });
  });
  return { rows, problems };
}

function isKnownColumn(name: string): boolean {
  if ((CSV_COLUMNS as readonly string[]).includes(name)) return true;
  const match = /^(source|change)([1-9]\d*)_(\w+)$/.exec(name);
  if (!match) return false;
  const fields: readonly string[] = match[1] === 'source' ? CSV_SOURCE_FIELDS : CSV_CHANGE_FIELDS;
  return fields.includes(match[3]!) && Number(match[2]) <= 1000;
}

function countGroups(columns: Map<string, number>, prefix: string): number {
  let count = 0;
  for (const name of columns.keys()) {
    const match = new RegExp(`^${prefix}(\\d+)_`).exec(name);
    if (match) count = Math.max(count, Number(match[1]));
  }
  return count;
}

/** Where the value at a schema path (`sources[1].url`) is written: its column's name. */
function toColumnName(path: string): string {
  const source = /^sources\[(\d+)\](?:\.(\w+))?/.exec(path);
  if (source) return `source${Number(source[1]) + 1}_${source[2] ?? 'url'}`;
  const change = /^changes\[(\d+)\](?:\.(?:note\.)?(\w+))?/.exec(path);
  if (change) return `change${Number(change[1]) + 1}_${change[2] ?? 'date'}`;
  const [field = '', sub] = path.split(/[.[]/);
  if (field === 'date') return sub && sub !== 'approximate' ? sub : (sub ?? 'start');
  if (field === 'threads') return 'storylines';
  if (field === 'title' || field === 'summary' || field === 'notes') {
    return `${field}_${sub === 'en' ? 'en' : 'de'}`;
  }
  return field;
}

/** The event's fields from a row's cells: empty cells left out, so defaults apply. */
function toInput(
  cell: (name: string) => string,
  sourceCount: number,
  changeCount: number,
): ChronikEventInput {
  const list = (name: string) =>
    cell(name)
      .split(';')
      .map((value) => value.trim())
      .filter(Boolean);
  // A spreadsheet may write CRLF inside a cell; a YAML file keeps every line break as LF, and
  // the schema refuses a carriage return in a text.
  const text = (name: string) => cell(name).replace(/\r\n?/g, '\n');
  const optional = <T>(value: string, make: (value: string) => T): T | undefined =>
    value.trim() === '' ? undefined : make(value.trim());
  const pair = (prefix: string) => {
    const de = text(`${prefix}_de`);
    const en = text(`${prefix}_en`);
    return de.trim() === '' && en.trim() === '' ? undefined : { de, en };
  };
  const sources = [];
  for (let i = 1; i <= sourceCount; i++) {
    const fields = CSV_SOURCE_FIELDS.map((field) => cell(`source${i}_${field}`));
    if (fields.every((value) => value.trim() === '')) continue;
    const [url, title, publisher, published, lang] = fields.map((value) => value.trim());
    sources.push({
      url: url!,
      title: title!,
      publisher: publisher!,
      ...(published ? { published } : {}),
      lang: lang!,
    });
  }
  const changes = [];
  for (let i = 1; i <= changeCount; i++) {
    const date = cell(`change${i}_date`).trim();
    const de = cell(`change${i}_de`);
    const en = cell(`change${i}_en`);
    if (!date && !de.trim() && !en.trim()) continue;
    changes.push({ date, note: { de, en } });
  }
  const input: Record<string, unknown> = {
    id: cell('id').trim(),
    date: {
      start: cell('start').trim(),
      precision: cell('precision').trim(),
      ...optional(cell('end'), (end) => ({ end })),
      ...optional(cell('approximate'), (value) => ({ approximate: toFlag(value) })),
    },
    title: { de: text('title_de'), en: text('title_en') },
    summary: { de: text('summary_de'), en: text('summary_en') },
    categories: list('categories'),
    actors: list('actors'),
    jurisdictions: list('jurisdictions'),
    threads: list('storylines'),
    sources,
    related: list('related').map((value) => {
      const colon = value.indexOf(':');
      return colon < 0
        ? { type: 'related', id: value }
        : { type: value.slice(0, colon).trim(), id: value.slice(colon + 1).trim() };
    }),
    changes,
  };
  const importance = optional(cell('importance'), (value) =>
    /^\d+$/.test(value) ? Number(value) : value,
  );
  if (importance !== undefined) input.importance = importance;
  const status = optional(cell('status'), (value) => value);
  if (status !== undefined) input.status = status;
  const verified = optional(cell('verified'), toFlag);
  if (verified !== undefined) input.verified = verified;
  const evidence = optional(cell('evidence'), (value) => value);
  if (evidence !== undefined) input.evidence = evidence;
  const notes = pair('notes');
  if (notes) input.notes = notes;
  // Values the schema does not take (a word for a number) are passed on as written, so that
  // its problem names them.
  return input as ChronikEventInput;
}

/** `true`/`false` as a spreadsheet may write them; anything else is passed on as written. */
function toFlag(value: string): boolean | string {
  const lower = value.toLowerCase();
  if (lower === 'true' || lower === 'wahr') return true;
  if (lower === 'false' || lower === 'falsch') return false;
  return value;
}
