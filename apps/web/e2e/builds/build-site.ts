// Builds the site from another data directory into a folder of its own (see CHRONIK_BUILD_DIR
// in svelte.config.js), beside the main build, and measures what it wrote.
import { execFile } from 'node:child_process';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';

/** The app's folder (apps/web). */
export const APP = fileURLToPath(new URL('../../', import.meta.url));

const run = promisify(execFile);

/**
 * Builds the site with `vite build` into `apps/web/.e2e-builds/<name>/site` and returns that
 * folder. `dataDir` is the data directory (default: the curated data).
 */
export async function buildSite(options: {
  name: string;
  dataDir?: string;
  env?: Record<string, string>;
}): Promise<string> {
  const folder = `.e2e-builds/${options.name}`;
  await rm(join(APP, folder), { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env, CHRONIK_BUILD_DIR: folder };
  if (options.dataDir) env.CHRONIK_DATA_DIR = options.dataDir;
  else delete env.CHRONIK_DATA_DIR;
  try {
    await run(join(APP, 'node_modules/.bin/vite'), ['build'], {
      cwd: APP,
      env,
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(
      `vite build of ${options.name} failed:\n${`${stdout}\n${stderr}`.trim().split('\n').slice(-30).join('\n')}`,
      { cause: error },
    );
  }
  return join(APP, folder, 'site');
}

/** Every file under a folder, with its path relative to it (using `/`). */
export async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) =>
      join(entry.parentPath, entry.name)
        .slice(root.length + 1)
        .split('\\')
        .join('/'),
    )
    .sort();
}

/** The bytes of every file under a folder. */
export async function totalBytes(root: string): Promise<number> {
  let total = 0;
  for (const file of await listFiles(root)) total += (await stat(join(root, file))).size;
  return total;
}

/**
 * What each event page costs a reader: its HTML and its data file (for navigation inside the
 * site), gzip-compressed as servers send them, per page path.
 */
export async function eventPageSizes(root: string): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  for (const lang of ['de', 'en']) {
    const events = join(root, lang, 'events');
    for (const id of await readdir(events)) {
      let bytes = 0;
      for (const file of ['index.html', '__data.json']) {
        bytes += gzipSync(await readFile(join(events, id, file))).length;
      }
      sizes.set(`${lang}/events/${id}/`, bytes);
    }
  }
  return sizes;
}
