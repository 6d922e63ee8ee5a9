/**
 * A whole dataset: the registries, the dataset description and every event, checked within
 * each file and across files. Pure: the caller hands in the files and the current time.
 *
 * @module
 */
import type { z } from 'zod';
import { MAX_EVENT_FILE_BYTES, MAX_REGISTRY_FILE_BYTES } from './file-size.js';
import { findBidiControl, findControlCharacter } from './internal/characters.js';
import { suggest } from './internal/suggest.js';
import { getEventPeriod } from './event-period.js';
import { getImpliedPrecision, getPeriodTimes, isPartialDate, toIsoDay } from './partial-date.js';
import { parseDataFile, type ParseResult } from './parse.js';
import { compareProblems, toFieldPath, type Problem } from './problem.js';
import {
  ActorsFileSchema,
  CategoriesFileSchema,
  DatasetInfoSchema,
  EventSchema,
  JurisdictionsFileSchema,
  SlugSchema,
  ThreadsFileSchema,
  type Actor,
  type Category,
  type ChronikEvent,
  type DatasetInfo,
  type Jurisdiction,
  type Thread,
} from './schema.js';
import { sortEvents } from './sort.js';

/** A file of a data directory: its path relative to the directory (with `/`) and contents. */
export interface DataFile {
  path: string;
  contents: string | Uint8Array;
  /**
   * The file's size in bytes, given when `contents` does not hold all of it:
   * `readDataDirectory` leaves a file over its size limit (see {@link getFileSizeLimit})
   * unread, with empty `contents`, and `parseDataset` reports it by this size.
   * @default the size of `contents`
   */
  size?: number;
}

/** A checked dataset: what it is, its registries and its events in chronological order. */
export interface Dataset {
  info: DatasetInfo;
  categories: Category[];
  actors: Actor[];
  jurisdictions: Jurisdiction[];
  threads: Thread[];
  /** Events in chronological order (see `compareEvents`). */
  events: ChronikEvent[];
}

/** The outcome of reading a data directory. */
export interface DatasetResult {
  /**
   * The dataset, present only when every file is valid: a dataset with some events missing
   * would look complete to its readers.
   */
  dataset?: Dataset;
  /** The events that passed every check, in chronological order, even when others failed. */
  events: ChronikEvent[];
  /** Every problem in every file, ordered by file, line and column. */
  problems: Problem[];
}

/** The files a data directory holds besides `events/`. */
export const REGISTRY_FILES = {
  info: 'dataset.yaml',
  categories: 'categories.yaml',
  actors: 'actors.yaml',
  jurisdictions: 'jurisdictions.yaml',
  threads: 'threads.yaml',
} as const;

/** The folder of a data directory that holds one YAML file per event. */
export const EVENTS_FOLDER = 'events';

const REGISTRY_PATHS = new Set<string>(Object.values(REGISTRY_FILES));

/**
 * The most bytes a file of a data directory may have, by its path relative to the directory:
 * `MAX_REGISTRY_FILE_BYTES` for the registries and `dataset.yaml`, `MAX_EVENT_FILE_BYTES` for
 * every other file (event files, and files that do not belong, which are reported unread).
 *
 * @example
 * getFileSizeLimit('actors.yaml') // 524288
 * getFileSizeLimit('events/2024-06-24-osba-open-letter-delos.yaml') // 262144
 */
export function getFileSizeLimit(path: string): number {
  return REGISTRY_PATHS.has(path) ? MAX_REGISTRY_FILE_BYTES : MAX_EVENT_FILE_BYTES;
}

const IGNORED = /(^|\/)(\.[^/]*|README\.md|LICENSE)$/;

function field(data: unknown, key: string): unknown {
  return data !== null && typeof data === 'object' && !Array.isArray(data)
    ? (data as Record<string, unknown>)[key]
    : undefined;
}

function listOf(data: unknown, key: string): unknown[] {
  const value = field(data, key);
  return Array.isArray(value) ? value : [];
}

/**
 * How far after `now` a source may be dated: a source published today where it is already
 * tomorrow (UTC+14) carries tomorrow's date.
 */
const SOURCE_DATE_SLACK = 24 * 60 * 60 * 1000;

/** Whether a day (`YYYY-MM-DD`, or a coarser date) begins after `now`, give or take the slack above. */
function isAfterToday(date: string, now: Date): boolean {
  const start = getPeriodTimes(date, getImpliedPrecision(date)).start;
  return start > now.getTime() + SOURCE_DATE_SLACK;
}

function stemOf(file: string): string {
  return file.slice(EVENTS_FOLDER.length + 1, -'.yaml'.length);
}

/**
 * Checks a whole data directory given as files: each file against its schema, then across
 * files (there are event files; ids match file names and are unique; categories, actors,
 * jurisdictions and related events exist; nothing marked `happened` lies after `now`, and no
 * source or change-log entry is dated after it). Every problem of every file is reported in
 * one run. A file over its size limit ({@link getFileSizeLimit}) is reported and not read.
 *
 * @param options.files - every file of the directory, paths relative to it
 * @param options.now - the current time, for the checks on `status` and on the dates of
 *   sources and change logs
 */
export function parseDataset(options: { files: readonly DataFile[]; now: Date }): DatasetResult {
  const problems: Problem[] = [];
  const byPath = new Map(options.files.map((file) => [file.path, file]));

  function readRegistry<S extends z.ZodType>(
    path: string,
    schema: S,
  ): ParseResult<z.output<S>> | undefined {
    const file = byPath.get(path);
    if (!file) {
      problems.push({
        file: path,
        line: 1,
        column: 1,
        path: '',
        message: 'the file is missing',
        fix: `create ${path} (see packages/events/data/${path} for the format)`,
      });
      return undefined;
    }
    const result = parseDataFile({ ...file, file: path, schema, maxBytes: getFileSizeLimit(path) });
    problems.push(...result.problems);
    return result;
  }

  const infoFile = readRegistry(REGISTRY_FILES.info, DatasetInfoSchema);
  const info: DatasetInfo | undefined = infoFile?.value;
  const categories: Category[] | undefined = readRegistry(
    REGISTRY_FILES.categories,
    CategoriesFileSchema,
  )?.value;
  const actors: Actor[] | undefined = readRegistry(REGISTRY_FILES.actors, ActorsFileSchema)?.value;
  const jurisdictions: Jurisdiction[] | undefined = readRegistry(
    REGISTRY_FILES.jurisdictions,
    JurisdictionsFileSchema,
  )?.value;
  const threads: Thread[] | undefined = readRegistry(
    REGISTRY_FILES.threads,
    ThreadsFileSchema,
  )?.value;

  // The change log of the dataset, read from its data as written, so that a future date is
  // reported in the same run as the file's other problems.
  if (infoFile?.data !== undefined) {
    problems.push(
      ...findFutureChanges({
        file: REGISTRY_FILES.info,
        data: infoFile.data,
        locate: infoFile.locate,
        now: options.now,
      }),
    );
  }

  const known = new Set<string>(Object.values(REGISTRY_FILES));
  const eventFiles: DataFile[] = [];
  for (const file of options.files) {
    if (known.has(file.path) || IGNORED.test(file.path)) continue;
    const inEvents = file.path.startsWith(`${EVENTS_FOLDER}/`);
    // An event's id is its file name, which no folder can be part of.
    const nested = inEvents && file.path.includes('/', EVENTS_FOLDER.length + 1);
    if (inEvents && !nested && file.path.endsWith('.yaml')) {
      eventFiles.push(file);
    } else {
      problems.push({
        file: file.path,
        line: 1,
        column: 1,
        path: '',
        message: 'unexpected file in the data directory',
        fix: file.path.endsWith('.yml')
          ? `rename it to ${file.path.replace(/\.yml$/, '.yaml')}`
          : nested && file.path.endsWith('.yaml')
            ? `event files go directly in ${EVENTS_FOLDER}/, not in a folder inside it: move it to ${EVENTS_FOLDER}/${file.path.slice(file.path.lastIndexOf('/') + 1)}`
            : `event files go in ${EVENTS_FOLDER}/ and end in .yaml; move or remove this file`,
      });
    }
  }

  if (eventFiles.length === 0) {
    // Without this, a wrong directory (or one whose events/ folder is misnamed) would pass as
    // a valid dataset of no events; no site, export or test has a use for one.
    problems.push({
      file: `${EVENTS_FOLDER}/`,
      line: 1,
      column: 1,
      path: '',
      message: `the data directory has no event files: no ${EVENTS_FOLDER}/ folder, or no .yaml files in it`,
      fix: `add one file per event as ${EVENTS_FOLDER}/<id>.yaml (see CONTRIBUTING.md)`,
    });
  }

  const parsed: { file: string; result: ParseResult<ChronikEvent> }[] = eventFiles
    .sort((a, b) => (a.path < b.path ? -1 : 1))
    .map((file) => ({
      file: file.path,
      result: parseDataFile({
        ...file,
        file: file.path,
        schema: EventSchema,
        maxBytes: getFileSizeLimit(file.path),
      }),
    }));

  // Every id that exists, even in files with other problems, so that one broken file does not
  // make every relation to it look wrong too. A file whose id cannot be read counts under its
  // file name, which its id must equal anyway.
  const ids = new Map<string, string>();
  for (const { file, result } of parsed) {
    const written = field(result.data, 'id');
    const id = typeof written === 'string' ? written : stemOf(file);
    if (!ids.has(id)) ids.set(id, file);
  }

  const registry = (entries: readonly { id: string }[] | undefined) =>
    entries ? entries.map((entry) => entry.id) : undefined;
  const references = {
    categories: { ids: registry(categories), file: REGISTRY_FILES.categories, what: 'category' },
    actors: { ids: registry(actors), file: REGISTRY_FILES.actors, what: 'actor' },
    jurisdictions: {
      ids: registry(jurisdictions),
      file: REGISTRY_FILES.jurisdictions,
      what: 'jurisdiction',
    },
    threads: { ids: registry(threads), file: REGISTRY_FILES.threads, what: 'thread' },
  } as const;

  const events: ChronikEvent[] = [];
  for (const { file, result } of parsed) {
    problems.push(...result.problems);
    if (result.data === undefined) continue; // unreadable: already reported
    // Cross-file checks read the raw data, so that they are reported in the same run as the
    // file's own problems; fields of the wrong type are skipped here (reported above).
    const data = result.data;
    const found: Problem[] = [];
    const report = (path: PropertyKey[], value: unknown, message: string, fix: string) =>
      found.push({ file, ...result.locate(path), path: toFieldPath(path), value, message, fix });

    const written = field(data, 'id');
    // An id with a control character or a bidi control is reported by the schema, by code
    // point, and not quoted again here.
    const id =
      typeof written === 'string' && !findControlCharacter(written) && !findBidiControl(written)
        ? written
        : undefined;
    const expected = stemOf(file);
    if (id !== undefined && id !== expected) {
      report(
        ['id'],
        id,
        `id "${id}" does not match the file name ${expected}.yaml`,
        toIdFix(id, expected),
      );
    }
    const owner = id === undefined ? undefined : ids.get(id);
    if (owner !== undefined && owner !== file) {
      report(
        ['id'],
        id,
        `id "${String(id)}" is already used by ${owner}`,
        'give this event its own id',
      );
    }

    for (const key of ['categories', 'actors', 'jurisdictions', 'threads'] as const) {
      const { ids: allowed, file: registryFile, what } = references[key];
      if (!allowed) continue; // the registry itself is broken and reported above
      listOf(data, key).forEach((value, index) => {
        if (typeof value !== 'string' || allowed.includes(value)) return;
        // Reported by the schema, by code point.
        if (findControlCharacter(value) || findBidiControl(value)) return;
        const guess = suggest(value, allowed);
        report(
          [key, index],
          value,
          `unknown ${what} "${value}"`,
          guess
            ? `did you mean "${guess}"?`
            : `use an id from ${registryFile} or add "${value}" there`,
        );
      });
    }

    listOf(data, 'related').forEach((relation, index) => {
      const target = field(relation, 'id');
      if (typeof target !== 'string' || ids.has(target)) return;
      const guess = suggest(target, [...ids.keys()]);
      report(
        ['related', index, 'id'],
        target,
        `related event "${target}" does not exist`,
        guess ? `did you mean "${guess}"?` : `use the id of an event in ${EVENTS_FOLDER}/`,
      );
    });

    listOf(data, 'sources').forEach((source, index) => {
      const published = field(source, 'published');
      if (typeof published !== 'string' || !isPartialDate(published)) return;
      if (!isAfterToday(published, options.now)) return;
      report(
        ['sources', index, 'published'],
        published,
        `the source is dated ${published}, after today (${toIsoDay(options.now)})`,
        'write the date the source shows; leave published out if it shows none',
      );
    });

    found.push(...findFutureChanges({ file, data, locate: result.locate, now: options.now }));

    const event = result.value;
    if (event && event.status === 'happened' && getEventPeriod(event.date).start > options.now) {
      report(
        ['status'],
        event.status,
        `the event starts on ${event.date.start}, after today, but is marked as happened`,
        'set status: scheduled',
      );
    }

    problems.push(...found);
    if (event && found.length === 0) events.push(event);
  }

  problems.sort(compareProblems);
  const shown = limitPerFile(problems);
  const sorted = sortEvents(events);
  const complete =
    problems.length === 0 && info && categories && actors && jurisdictions && threads
      ? { info, categories, actors, jurisdictions, threads, events: sorted }
      : undefined;
  return complete
    ? { dataset: complete, events: sorted, problems: shown }
    : { events: sorted, problems: shown };
}

/** How to make an event's id and file name agree: only ever to a valid id. */
function toIdFix(id: string, stem: string): string {
  const [idIsSlug, stemIsSlug] = [id, stem].map((value) => SlugSchema.safeParse(value).success);
  if (idIsSlug && stemIsSlug) return `rename the file to ${id}.yaml or set id: ${stem}`;
  if (idIsSlug) return `rename the file to ${id}.yaml`;
  if (stemIsSlug) return `set id: ${stem}`;
  return 'give the event a kebab-case id, and name its file after it';
}

/**
 * How many problems one file reports before one line says how many more there are: enough
 * for every field of an event to be wrong, and no more, so that a file listing a category
 * 20,000 times does not bury every other file's problems (issue 11).
 */
const MAX_PROBLEMS_PER_FILE = 20;

/** The problems (sorted by file) with those of a file after the first 20 summed up in one. */
function limitPerFile(problems: readonly Problem[]): Problem[] {
  const shown: Problem[] = [];
  let start = 0;
  while (start < problems.length) {
    const file = problems[start]!.file;
    let end = start;
    while (end < problems.length && problems[end]!.file === file) end++;
    shown.push(...problems.slice(start, Math.min(end, start + MAX_PROBLEMS_PER_FILE)));
    const more = end - start - MAX_PROBLEMS_PER_FILE;
    if (more > 0) {
      const next = problems[start + MAX_PROBLEMS_PER_FILE]!;
      shown.push({
        file,
        line: next.line,
        column: next.column,
        path: '',
        message: `… and ${more} more ${more === 1 ? 'problem' : 'problems'} in this file`,
        fix: 'fix the problems above first, then check again: the later ones are often the same',
      });
    }
    start = end;
  }
  return shown;
}

/**
 * The entries of a change log (`changes` of an event or of `dataset.yaml`) dated after `now`
 * (and the slack of a day for time zones): a correction cannot have been made tomorrow, and
 * the change feed, newest first, would show it above today's for as long as it is ahead.
 */
function findFutureChanges(options: {
  file: string;
  data: unknown;
  locate: ParseResult<unknown>['locate'];
  now: Date;
}): Problem[] {
  const { file, data, locate, now } = options;
  return listOf(data, 'changes').flatMap((change, index): Problem[] => {
    const date = field(change, 'date');
    if (typeof date !== 'string' || !isPartialDate(date) || !isAfterToday(date, now)) return [];
    const path = ['changes', index, 'date'];
    return [
      {
        file,
        ...locate(path),
        path: toFieldPath(path),
        value: date,
        message: `the change is dated ${date}, after today (${toIsoDay(now)})`,
        fix: 'write the day the change was made',
      },
    ];
  });
}
