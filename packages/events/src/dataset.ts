/**
 * A whole dataset: the registries, the dataset description and every event, checked within
 * each file and across files. Pure: the caller hands in the files and the current time.
 *
 * @module
 */
import { findControlCharacter } from './internal/characters.js';
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

function stemOf(file: string): string {
  return file.slice(EVENTS_FOLDER.length + 1, -'.yaml'.length);
}

/**
 * Checks a whole data directory given as files: each file against its schema, then across
 * files (there are event files; ids match file names and are unique; categories, actors,
 * jurisdictions and related events exist; nothing marked `happened` lies after `now`, and no
 * source is dated after it). Every problem of every file is reported in one run.
 *
 * @param options.files - every file of the directory, paths relative to it
 * @param options.now - the current time, for the checks on `status` and on source dates
 */
export function parseDataset(options: { files: readonly DataFile[]; now: Date }): DatasetResult {
  const problems: Problem[] = [];
  const byPath = new Map(options.files.map((file) => [file.path, file]));

  function readRegistry<T>(path: string, schema: Parameters<typeof parseDataFile>[0]['schema']) {
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
    const result = parseDataFile({ file: path, contents: file.contents, schema });
    problems.push(...result.problems);
    return result.value as T | undefined;
  }

  const info = readRegistry<DatasetInfo>(REGISTRY_FILES.info, DatasetInfoSchema);
  const categories = readRegistry<Category[]>(REGISTRY_FILES.categories, CategoriesFileSchema);
  const actors = readRegistry<Actor[]>(REGISTRY_FILES.actors, ActorsFileSchema);
  const jurisdictions = readRegistry<Jurisdiction[]>(
    REGISTRY_FILES.jurisdictions,
    JurisdictionsFileSchema,
  );
  const threads = readRegistry<Thread[]>(REGISTRY_FILES.threads, ThreadsFileSchema);

  const known = new Set<string>(Object.values(REGISTRY_FILES));
  const eventFiles: DataFile[] = [];
  for (const file of options.files) {
    if (known.has(file.path) || IGNORED.test(file.path)) continue;
    if (file.path.startsWith(`${EVENTS_FOLDER}/`) && file.path.endsWith('.yaml')) {
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
      result: parseDataFile({ file: file.path, contents: file.contents, schema: EventSchema }),
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

    const id = field(data, 'id');
    const expected = stemOf(file);
    if (typeof id === 'string' && id !== expected) {
      report(
        ['id'],
        id,
        `id "${id}" does not match the file name ${expected}.yaml`,
        `rename the file to ${id}.yaml or set id: ${expected}`,
      );
    }
    const owner = typeof id === 'string' ? ids.get(id) : undefined;
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
        if (findControlCharacter(value)) return; // reported by the schema, by code point
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
      const start = getPeriodTimes(published, getImpliedPrecision(published)).start;
      if (start <= options.now.getTime() + SOURCE_DATE_SLACK) return;
      report(
        ['sources', index, 'published'],
        published,
        `the source is dated ${published}, after today (${toIsoDay(options.now)})`,
        'write the date the source shows; leave published out if it shows none',
      );
    });

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
  const sorted = sortEvents(events);
  const complete =
    problems.length === 0 && info && categories && actors && jurisdictions && threads
      ? { info, categories, actors, jurisdictions, threads, events: sorted }
      : undefined;
  return complete ? { dataset: complete, events: sorted, problems } : { events: sorted, problems };
}
