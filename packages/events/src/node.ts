/**
 * `@chronik/events/node`: reading a data directory from disk. Everything else is in the
 * pure main entry; this file only does I/O.
 *
 * @packageDocumentation
 */
import { mkdir, open, readdir, realpath, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getFileSizeLimit, parseDataset, type DataFile, type DatasetResult } from './dataset.js';
import { compareProblems, type Problem } from './problem.js';

/** The curated data directory shipped with this package (`packages/events/data`). */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../data/', import.meta.url));

/** The generated JSON Schemas shipped with this package (`packages/events/schema`). */
export const SCHEMA_DIR = fileURLToPath(new URL('../schema/', import.meta.url));

/** How many files are open at once: a data directory may hold a hundred thousand. */
const OPEN_FILES = 64;

/** Maps with at most `limit` calls under way at once, keeping the order of `items`. */
async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * Reads every file under a directory (recursively), as bytes, with paths relative to it
 * using `/`. Bytes rather than text, so that a file that is not UTF-8 is reported, not
 * silently mangled. What is not a plain file is left out, and a file over its size limit is
 * not read: see {@link readDataDirectory}.
 */
export async function readDataFiles(dir: string): Promise<DataFile[]> {
  return (await readDataDirectory(dir)).files;
}

/**
 * Reads a data directory: every file under it, as {@link readDataFiles} does, and a problem
 * for each entry it does not read, rather than leaving it out unseen: a link (symbolic link),
 * wherever it points, and a folder named like a data file (`categories.yaml/`). Links are not
 * followed: one inside the directory would give its file twice, one outside would make the
 * build read what the repository does not hold. The directory itself may be a link.
 *
 * A file larger than its limit (`getFileSizeLimit`: 256 KB for an event, 512 KB for a
 * registry) is not read at all: it comes with empty `contents` and its `size`, which
 * `parseDataset` reports. So a file of gigabytes costs no more than one of a few bytes.
 *
 * @throws Error (from the file system) when `dir` itself cannot be read
 * @public
 */
export async function readDataDirectory(
  dir: string,
): Promise<{ files: DataFile[]; problems: Problem[] }> {
  const root = await realpath(dir);
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const problems: Problem[] = [];
  const found: { path: string; absolute: string }[] = [];
  for (const entry of entries) {
    const absolute = join(entry.parentPath, entry.name);
    const path = relative(root, absolute).split(sep).join('/');
    const problem = (message: string, fix: string) =>
      problems.push({ file: path, line: 1, column: 1, path: '', message, fix });
    if (entry.isFile()) {
      found.push({ path, absolute });
    } else if (entry.isDirectory() && /\.ya?ml$/i.test(entry.name)) {
      problem(`${path} is a folder, not a file`, `make ${path} a YAML file, or rename the folder`);
    } else if (entry.isSymbolicLink()) {
      const target = await realpath(absolute).catch(() => undefined);
      problem(
        target === undefined
          ? `${path} is a link to something that does not exist`
          : `${path} is a link to ${target}; links are not read`,
        'put the file itself here (a build reads plain files only), or remove the link',
      );
    }
  }
  found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const files = await mapLimited(found, OPEN_FILES, ({ path, absolute }) =>
    readDataFile(path, absolute),
  );
  return { files, problems };
}

/** A file's bytes; for a file over its size limit, only its size (see `file-size.ts`). */
async function readDataFile(path: string, absolute: string): Promise<DataFile> {
  // The size is asked of the open file, so that it is the size of the file then read.
  const handle = await open(absolute, 'r');
  try {
    const { size } = await handle.stat();
    if (size > getFileSizeLimit(path)) return { path, contents: new Uint8Array(0), size };
    return { path, contents: new Uint8Array(await handle.readFile()) };
  } finally {
    await handle.close();
  }
}

/**
 * Loads and checks a data directory: registries, `dataset.yaml` and `events/*.yaml`.
 * Returns the dataset when everything is valid, and always the valid events and **every**
 * problem found (file, line, column, field, value, fix). File paths in problems are shown
 * relative to `displayRoot` (default: the current directory), so they can be clicked.
 *
 * @throws Error when `dir` does not exist or cannot be read (with the path and the fix).
 */
export async function loadDataset(options: {
  dir?: string;
  now: Date;
  displayRoot?: string;
}): Promise<DatasetResult> {
  const dir = options.dir ?? DEFAULT_DATA_DIR;
  let read: { files: DataFile[]; problems: Problem[] };
  try {
    read = await readDataDirectory(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(
      code === 'ENOENT'
        ? `loadDataset: the data directory ${dir} does not exist (pass the folder that holds dataset.yaml and events/)`
        : `loadDataset: cannot read ${dir}: ${(error as Error).message}`,
      { cause: error },
    );
  }
  const parsed = parseDataset({ files: read.files, now: options.now });
  // A file that could not be read is a problem of the dataset, which then is not built.
  const result: DatasetResult =
    read.problems.length > 0
      ? {
          events: parsed.events,
          problems: [...read.problems, ...parsed.problems].sort(compareProblems),
        }
      : parsed;
  const root = options.displayRoot ?? process.cwd();
  const shown = (path: string) => relative(root, join(dir, path)).split(sep).join('/');
  return {
    ...result,
    problems: result.problems.map((problem) => ({ ...problem, file: shown(problem.file) })),
  };
}

/**
 * Writes the files of a data directory (as `createSyntheticDataset` returns them) under `dir`,
 * creating folders as needed. Existing files with the same paths are replaced.
 */
export async function writeDataFiles(options: {
  dir: string;
  files: readonly DataFile[];
}): Promise<void> {
  await mapLimited(options.files, OPEN_FILES, async (file) => {
    const target = join(options.dir, ...file.path.split('/'));
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.contents);
  });
}
