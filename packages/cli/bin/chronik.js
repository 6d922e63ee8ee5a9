#!/usr/bin/env node
// The `chronik` command. The CLI and @chronik/events are TypeScript compiled to dist/; in a
// checkout, a missing or outdated build is rebuilt first (through turbo, so an unchanged
// build is a cache hit), quietly unless it fails.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const cliDir = fileURLToPath(new URL('..', import.meta.url));
const eventsDir = dirname(fileURLToPath(import.meta.resolve('@chronik/events/package.json')));

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    // Tests and fixtures are not part of the build.
    if (
      !entry.isFile() ||
      /\.test\.ts$/.test(entry.name) ||
      entry.parentPath.includes('__fixtures__')
    )
      continue;
    newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

function isStale(packageDir) {
  const built = join(packageDir, 'dist', 'index.js');
  const src = join(packageDir, 'src');
  if (!existsSync(src)) return false; // installed from a package: dist is all there is
  return !existsSync(built) || newestSource(src) > statSync(built).mtimeMs;
}

if (isStale(cliDir) || isStale(eventsDir)) {
  const build = spawnSync(
    'pnpm',
    ['exec', 'turbo', 'run', 'build', '--filter=@chronik/cli...', '--output-logs=errors-only'],
    { cwd: cliDir, encoding: 'utf8', env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' } },
  );
  if (build.status !== 0) {
    process.stderr.write(`${build.stdout ?? ''}${build.stderr ?? ''}`);
    process.stderr.write(
      'chronik: building the CLI failed (see above); fix the build, then run the command again\n',
    );
    process.exit(1);
  }
}

const { run } = await import('../dist/index.js');
process.exitCode = await run(process.argv.slice(2));
