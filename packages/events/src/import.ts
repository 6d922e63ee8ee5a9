/**
 * Importing events into a data directory: every row of an imported file checked together
 * with the directory's files, as the build would check them, before anything is written.
 *
 * @module
 */
import { EVENTS_FOLDER, parseDataset, type DataFile } from './dataset.js';
import { toEventFileText } from './event-file.js';
import { compareProblems, type Problem } from './problem.js';
import type { ChronikEventInput } from './schema.js';
import { SlugSchema } from './schema/rules.js';

/**
 * One event read from a row of a file to import, with where each of its fields came from.
 *
 * @public
 */
export interface ImportRow {
  /** The event's fields as the row gives them, to be checked against the schema. */
  input: ChronikEventInput;
  /**
   * 1-based number of the row in the file: in a CSV file the header is row 1, as in a
   * spreadsheet; in a JSON file it is the event's place in the `events` array, counted from 1.
   */
  row: number;
  /** 1-based line of the file where the row begins. */
  line: number;
  /**
   * Where a field of the event (`sources[0].url`, `title.de`) is in the file, if known: its
   * column, the name the file gives it (a CSV column, a JSON path), and its line when that is
   * not the row's own (a field of a JSON object several lines long).
   */
  locate(path: string): { column: number; name: string; line?: number } | undefined;
}

/**
 * The rows of a file to import, and what is wrong with the file as a whole or in its cells.
 *
 * @public
 */
export interface ImportRows {
  rows: ImportRow[];
  problems: Problem[];
}

/**
 * What an import would write, or why it writes nothing.
 *
 * @public
 */
export interface ImportPlan {
  /** The event files to write (paths relative to the data directory), when there are no problems. */
  files: DataFile[];
  /** The ids of the events the import creates, and of those it replaces (with `force`). */
  created: string[];
  replaced: string[];
  /** Every problem: of the imported rows (in the imported file's rows and columns), and of the
   * data directory as it would be after the import. Nothing may be written unless empty. */
  problems: Problem[];
}

/**
 * Checks imported rows as events of the data directory `files`: each row against the schema
 * and the registries, ids against each other and against the events already there (replaced
 * only with `force`). A problem of a row names the imported file, the row's line and the
 * column of the field.
 *
 * @param options.file - the imported file's name, for problems
 * @param options.now - the current time, for the checks on `status`
 */
export function planImport(options: {
  files: readonly DataFile[];
  rows: readonly ImportRow[];
  file: string;
  force?: boolean;
  now: Date;
}): ImportPlan {
  const { rows, file } = options;
  const problems: Problem[] = [];
  const existing = new Set(options.files.map((f) => f.path));
  const encoder = new TextEncoder();
  const byPath = new Map<string, ImportRow>();
  const incoming: DataFile[] = [];
  const created: string[] = [];
  const replaced: string[] = [];
  const firstRow = new Map<string, number>();
  const atRow = (row: ImportRow, path: string, value: unknown, message: string, fix: string) => {
    const where = row.locate(path);
    problems.push({
      file,
      line: where?.line ?? row.line,
      column: where?.column ?? 1,
      path: where?.name ?? path,
      ...(value === undefined ? {} : { value }),
      message: `row ${row.row}: ${message}`,
      fix,
    });
  };

  for (const row of rows) {
    const id = row.input.id;
    if (!SlugSchema.safeParse(id).success) {
      atRow(
        row,
        'id',
        id,
        id ? `"${String(id)}" is not a kebab-case id` : 'the id is empty',
        'use lower-case letters, digits and single hyphens, e.g. 2024-06-24-open-letter',
      );
      continue;
    }
    const earlier = firstRow.get(id);
    if (earlier !== undefined) {
      atRow(row, 'id', id, `id "${id}" is also in row ${earlier}`, 'give each event its own id');
      continue;
    }
    firstRow.set(id, row.row);
    const path = `${EVENTS_FOLDER}/${id}.yaml`;
    if (existing.has(path)) {
      if (!options.force) {
        atRow(
          row,
          'id',
          id,
          `event "${id}" exists already (${path})`,
          'give the row another id, remove it, or import with --force to replace the event',
        );
        continue;
      }
      replaced.push(id);
    } else created.push(id);
    byPath.set(path, row);
    incoming.push({ path, contents: encoder.encode(toEventFileText(row.input)) });
  }

  const replacing = new Set(incoming.map((f) => f.path));
  const after = [...options.files.filter((f) => !replacing.has(f.path)), ...incoming];
  const result = parseDataset({ files: after, now: options.now });
  for (const problem of result.problems) {
    // Into an empty directory, with no row that could be read: the rows' own problems say
    // why, and "add event files" is what the import is doing.
    if (incoming.length === 0 && rows.length > 0 && problem.file === `${EVENTS_FOLDER}/`) continue;
    const row = byPath.get(problem.file);
    if (!row) {
      problems.push(problem);
      continue;
    }
    atRow(row, problem.path, problem.value, problem.message, problem.fix);
  }
  problems.sort(compareProblems);
  return problems.length > 0
    ? { files: [], created: [], replaced: [], problems }
    : { files: incoming, created, replaced, problems };
}
