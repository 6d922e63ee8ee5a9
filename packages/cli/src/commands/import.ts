import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import {
  CategoriesFileSchema,
  EVENTS_FOLDER,
  REGISTRY_FILES,
  getFileSizeLimit,
  parseDataFile,
  type DataFile,
  type Language,
  toPrintable,
} from '@chronik/events';
import {
  fromEventsCsv,
  fromEventsJson,
  fromTimelineJs,
  planImport,
  type ImportRows,
} from '@chronik/events/formats';
import { readDataDirectory } from '@chronik/events/node';
import { EXIT, type CliContext } from '../io.js';
import { reportProblems } from '../report.js';

/**
 * The formats `chronik import` reads: Chronik's CSV (`chronik export --format csv`), Chronik's
 * JSON export (`--format json`, the site's `/data/events.json`), and TimelineJS 3 (a JSON
 * document, or the Google Sheets template downloaded as CSV).
 */
export const IMPORT_FORMATS = ['csv', 'json', 'timelinejs'] as const;

/** How to save a file of each format as UTF-8, for the message when it is not. */
const UTF8_ADVICE: Record<ImportOptions['from'], string> = {
  csv: '"CSV UTF-8"',
  json: 'UTF-8',
  timelinejs: 'UTF-8 (a sheet as "CSV UTF-8")',
};

/** What `chronik import` is given on the command line. */
export interface ImportOptions {
  from: (typeof IMPORT_FORMATS)[number];
  /** The file to import (absolute). */
  file: string;
  /** The data directory to import into. */
  dir: string;
  /** Check and say what would be written, but write nothing. */
  dryRun?: boolean;
  /** Replace events that exist already. */
  force?: boolean;
  /**
   * The language a TimelineJS file is written in; required for `timelinejs` and refused for
   * the other formats, which hold both languages.
   */
  lang?: Language;
  /** The category (id or label) of TimelineJS slides without a group; `timelinejs` only. */
  category?: string;
}

/**
 * `chronik import --from csv|json|timelinejs FILE`: turns the rows of a file into event
 * files. Checks every row, with the data directory as it would be afterwards, before it
 * writes anything: one bad row and nothing is written. Never replaces an event without
 * `force`. A TimelineJS file has one language (`lang`); its text goes into both of an event's
 * languages, and a note says which copies to translate.
 */
export async function importCommand(context: CliContext, options: ImportOptions): Promise<number> {
  if (options.from === 'timelinejs' && options.lang === undefined) {
    context.err(
      'chronik import: --from timelinejs needs --lang de or --lang en, the language the file is written in\n',
    );
    return EXIT.usage;
  }
  if (options.from !== 'timelinejs' && options.lang !== undefined) {
    context.err(
      `chronik import: --lang is only for --from timelinejs; a ${options.from} file holds both languages, so leave --lang out\n`,
    );
    return EXIT.usage;
  }
  if (options.from !== 'timelinejs' && options.category !== undefined) {
    context.err(
      `chronik import: --category is only for --from timelinejs; in a ${options.from} file each event names its categories, so leave --category out\n`,
    );
    return EXIT.usage;
  }
  const shown = relative(context.cwd, options.file) || options.file;
  let bytes: Uint8Array;
  try {
    bytes = await readFile(options.file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    context.err(
      code === 'ENOENT'
        ? `chronik import: ${shown} does not exist; give the path of the file to import\n`
        : `chronik import: cannot read ${shown}: ${(error as Error).message}\n`,
    );
    return EXIT.problems;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    context.err(
      `chronik import: ${shown} is not UTF-8 text; save it as ${UTF8_ADVICE[options.from]} and import it again\n`,
    );
    return EXIT.problems;
  }
  let directory;
  try {
    directory = await readDataDirectory(options.dir);
  } catch (error) {
    context.err(
      `chronik import: cannot read the data directory ${options.dir}: ${(error as Error).message}\n`,
    );
    return EXIT.problems;
  }
  const { files } = directory;
  const read = readRows(text, shown, files, options, context.now);
  const plan = planImport({
    files,
    rows: read.rows,
    file: shown,
    force: options.force === true,
    now: context.now,
  });
  // What the data directory holds but cannot be read (links) is named with the directory's
  // path, as `chronik validate` names it.
  const unread = directory.problems.map((problem) => ({
    ...problem,
    file: relative(context.cwd, join(options.dir, problem.file)),
  }));
  const problems = [...unread, ...read.problems, ...plan.problems];
  if (problems.length > 0) {
    reportProblems(context, problems);
    context.err('Nothing was imported; fix the problems above and import again.\n');
    return EXIT.problems;
  }
  const target = (path: string) => join(options.dir, ...path.split('/'));
  const list = (verb: string, ids: readonly string[]) => {
    for (const id of ids) {
      const path = relative(context.cwd, target(`${EVENTS_FOLDER}/${id}.yaml`));
      context.out(`${verb} ${toPrintable(path)}\n`);
    }
  };
  const lang = options.lang;
  if (options.from === 'timelinejs' && lang !== undefined && plan.files.length > 0) {
    // The schema needs both languages and TimelineJS has one: say which texts are copies.
    const other = lang === 'de' ? 'en' : 'de';
    context.err(
      `note: TimelineJS files have one language: the ${other} titles, summaries and notes of these ${plan.files.length} events are copies of the ${lang} text; translate them in the event files\n`,
    );
  }
  if (options.dryRun) {
    list('would create', plan.created);
    list('would replace', plan.replaced);
    context.err(`✓ ${plan.files.length} events checked; nothing written (--dry-run)\n`);
    return EXIT.ok;
  }
  // Every file written beside its target first, then all renamed: a failure on the way
  // leaves no event half-written, and removes what it had written.
  const partials: string[] = [];
  try {
    for (const file of plan.files) {
      const partial = `${target(file.path)}.partial`;
      await mkdir(dirname(partial), { recursive: true });
      await writeFile(partial, file.contents);
      partials.push(partial);
    }
  } catch (error) {
    await Promise.all(partials.map((partial) => rm(partial, { force: true })));
    context.err(`chronik import: nothing was imported: ${(error as Error).message}\n`);
    return EXIT.problems;
  }
  for (const partial of partials) await rename(partial, partial.slice(0, -'.partial'.length));
  list('created', plan.created);
  list('replaced', plan.replaced);
  context.err(
    `✓ ${plan.files.length} events imported into ${relative(context.cwd, options.dir) || '.'}\n`,
  );
  return EXIT.ok;
}

/** The rows of the file in its format; TimelineJS groups name the directory's categories. */
function readRows(
  text: string,
  file: string,
  files: readonly DataFile[],
  options: ImportOptions,
  now: Date,
): ImportRows {
  switch (options.from) {
    case 'csv':
      return fromEventsCsv(text, file);
    case 'json':
      return fromEventsJson(text, file);
    case 'timelinejs': {
      // Categories that cannot be read are reported by planImport with the rest of the
      // directory's problems; until then no group names a category.
      const registry = files.find((f) => f.path === REGISTRY_FILES.categories);
      const categories = registry
        ? (parseDataFile({
            file: registry.path,
            contents: registry.contents,
            size: registry.size,
            schema: CategoriesFileSchema,
            maxBytes: getFileSizeLimit(registry.path),
          }).value ?? [])
        : [];
      return fromTimelineJs(text, file, {
        lang: options.lang ?? 'de',
        categories,
        now,
        ...(options.category === undefined ? {} : { category: options.category }),
      });
    }
  }
}
