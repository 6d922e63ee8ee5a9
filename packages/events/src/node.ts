/**
 * `@chronik/events/node`: reading a data directory from disk. Everything else is in the
 * pure main entry; this file only does I/O.
 *
 * @packageDocumentation
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDataset, type DataFile, type DatasetResult } from './dataset.js';

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
 * silently mangled.
 */
export async function readDataFiles(dir: string): Promise<DataFile[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile());
  return mapLimited(files, OPEN_FILES, async (entry) => {
    const absolute = join(entry.parentPath, entry.name);
    return {
      path: relative(dir, absolute).split(sep).join('/'),
      contents: new Uint8Array(await readFile(absolute)),
    };
  });
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
  let files: DataFile[];
  try {
    files = await readDataFiles(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(
      code === 'ENOENT'
        ? `loadDataset: the data directory ${dir} does not exist (pass the folder that holds dataset.yaml and events/)`
        : `loadDataset: cannot read ${dir}: ${(error as Error).message}`,
      { cause: error },
    );
  }
  const result = parseDataset({ files, now: options.now });
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
