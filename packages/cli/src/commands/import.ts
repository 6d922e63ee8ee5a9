import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { EVENTS_FOLDER } from '@chronik/events';
import { fromEventsCsv, planImport } from '@chronik/events/formats';
import { readDataFiles } from '@chronik/events/node';
import { EXIT, type CliContext } from '../io.js';
import { reportProblems } from '../report.js';

/** The formats `chronik import` reads. */
export const IMPORT_FORMATS = ['csv'] as const;

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
}

/**
 * `chronik import --from csv FILE`: turns the rows of a file into event files. Checks every
 * row, with the data directory as it would be afterwards, before it writes anything: one bad
 * row and nothing is written. Never replaces an event without `force`.
 */
export async function importCommand(context: CliContext, options: ImportOptions): Promise<number> {
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
      `chronik import: ${shown} is not UTF-8 text; save it as "CSV UTF-8" and import it again\n`,
    );
    return EXIT.problems;
  }
  const read = fromEventsCsv(text, shown);
  let files;
  try {
    files = await readDataFiles(options.dir);
  } catch (error) {
    context.err(
      `chronik import: cannot read the data directory ${options.dir}: ${(error as Error).message}\n`,
    );
    return EXIT.problems;
  }
  const plan = planImport({
    files,
    rows: read.rows,
    file: shown,
    force: options.force === true,
    now: context.now,
  });
  const problems = [...read.problems, ...plan.problems];
  if (problems.length > 0) {
    reportProblems(context, problems);
    context.err('Nothing was imported; fix the problems above and import again.\n');
    return EXIT.problems;
  }
  const target = (path: string) => join(options.dir, ...path.split('/'));
  const list = (verb: string, ids: readonly string[]) => {
    for (const id of ids) {
      context.out(`${verb} ${relative(context.cwd, target(`${EVENTS_FOLDER}/${id}.yaml`))}\n`);
    }
  };
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
