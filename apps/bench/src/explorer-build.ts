// Builds the Chronik site from a generated data directory and keeps the result, so a rerun of
// the benchmark at the same size and the same code does not build again (a 10,000-event site
// takes minutes).
import { execFile } from 'node:child_process';
import { cp, mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The app's folder (apps/web), found through the workspace dependency. */
const WEB = dirname(fileURLToPath(import.meta.resolve('@chronik/web/package.json')));
/** The repository's root. */
const ROOT = join(WEB, '../..');

/**
 * The last commit that changed the site's code or data format: the cache key, so commits to
 * the benchmark itself do not make the sites build again.
 */
async function getCodeVersion(): Promise<string> {
  const { stdout } = await run('git', ['log', '-1', '--format=%h', '--', 'apps/web', 'packages'], {
    cwd: ROOT,
  });
  const { stdout: dirty } = await run(
    'git',
    ['status', '--porcelain', '--', 'apps/web/src', 'packages/*/src'],
    { cwd: ROOT },
  );
  if (!stdout.trim()) {
    throw new Error(
      `getCodeVersion: git found no commit for apps/web in ${ROOT}; run the benchmark inside the Chronik git repository`,
    );
  }
  return `${stdout.trim()}${dirty.trim() ? '-dirty' : ''}`;
}

/** Whether a path exists. */
async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/**
 * The static site built from `dataDir` (`count` events), as a folder under `cacheDir`. Builds
 * with `vite build` in apps/web (into its git-ignored `.e2e-builds/`, as the e2e builds do) and
 * moves the site into the cache; returns the cached folder when it is already there. A working
 * tree with uncommitted changes to the site's sources is built every time.
 */
export async function getExplorerSite(options: {
  count: number;
  dataDir: string;
  cacheDir: string;
  log: (line: string) => void;
}): Promise<string> {
  const { count, dataDir, cacheDir, log } = options;
  const version = await getCodeVersion();
  const site = join(cacheDir, `explorer-${count}-${version}`);
  if (!version.endsWith('-dirty') && (await exists(join(site, 'index.html')))) {
    log(`explorer ${count}: cached build ${site}`);
    return site;
  }
  const folder = `.e2e-builds/bench-${count}`;
  await rm(join(WEB, folder), { recursive: true, force: true });
  const started = Date.now();
  log(`explorer ${count}: building the site (vite build) …`);
  try {
    await run(join(WEB, 'node_modules/.bin/vite'), ['build'], {
      cwd: WEB,
      env: { ...process.env, CHRONIK_DATA_DIR: dataDir, CHRONIK_BUILD_DIR: folder },
      maxBuffer: 256 * 1024 * 1024,
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(
      `getExplorerSite: vite build of ${count} events failed; run it by hand in apps/web with CHRONIK_DATA_DIR=${dataDir} to see why:\n${`${stdout}\n${stderr}`.trim().split('\n').slice(-20).join('\n')}`,
      { cause: error },
    );
  }
  await rm(site, { recursive: true, force: true });
  await mkdir(dirname(site), { recursive: true });
  // A 10,000-event site is about 700 MB: move it where the disk allows, copy otherwise.
  await rename(join(WEB, folder, 'site'), site).catch(() =>
    cp(join(WEB, folder, 'site'), site, { recursive: true }),
  );
  await rm(join(WEB, folder), { recursive: true, force: true });
  log(`explorer ${count}: built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return site;
}
