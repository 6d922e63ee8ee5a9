import { mkdir, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataFiles, eventYaml } from './__fixtures__/events.js';
import { HOSTILE_FILES, type HostileFile } from './__fixtures__/hostile-files.js';
import { loadDataset, writeDataFiles } from './node.js';
import { formatProblem } from './problem.js';

const NOW = new Date('2026-11-29T12:00:00Z');

// The hang guard: every file is read in well under a second; one that the YAML reader spends
// tens of seconds on (1 MB of "}" took 22 s before files over 256 KB were refused unread)
// fails here instead of slowing every run down. Vitest fails a test that takes longer even
// when it never yields. No assertion is about time.
const HANG_GUARD = 10_000;

let root: string;
let outside: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'chronik-hostile-'));
  outside = join(root, 'outside.yaml');
  await writeFile(outside, eventYaml({ id: 'outside' }));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A valid data directory (registries and one event) with the hostile file put into it. */
async function writeCase(hostile: HostileFile, index: number): Promise<string> {
  const dir = join(root, `case-${index}`);
  await writeDataFiles({ dir, files: dataFiles({ 'test-event.yaml': eventYaml() }) });
  const target = join(dir, hostile.path);
  await rm(target, { force: true });
  await mkdir(dirname(target), { recursive: true });
  const { entry } = hostile;
  if (entry === undefined) {
    const contents =
      typeof hostile.contents === 'function' ? hostile.contents() : (hostile.contents ?? '');
    await writeFile(target, contents);
  } else if ('folder' in entry) {
    await mkdir(target);
  } else if ('sparse' in entry) {
    await writeFile(target, '');
    await truncate(target, entry.sparse);
  } else if ('link' in entry) {
    const to = {
      outside,
      inside: join(dir, 'events', 'test-event.yaml'),
      missing: join(dir, 'nowhere.yaml'),
      loop: dirname(target),
    }[entry.link];
    await symlink(to, target);
  }
  // `{ removed: true }`: the file removed above stays away.
  return dir;
}

describe('validation of hostile data files', () => {
  it('has at least a hundred files, and more than one of every kind', () => {
    const counts = new Map<string, number>();
    for (const { kind } of HOSTILE_FILES) counts.set(kind, (counts.get(kind) ?? 0) + 1);
    expect(HOSTILE_FILES.length).toBeGreaterThanOrEqual(100);
    expect([...counts].filter(([, count]) => count < 2)).toEqual([]);
    expect(new Set(HOSTILE_FILES.map(({ name }) => name)).size).toBe(HOSTILE_FILES.length);
  });

  it.each(
    HOSTILE_FILES.map((hostile, index) => [hostile.kind, hostile.name, hostile, index] as const),
  )('%s: %s', { timeout: HANG_GUARD }, async (_kind, _name, hostile, index) => {
    const dir = await writeCase(hostile, index);
    // Never throws: whatever the file holds, validation reports it.
    const result = await loadDataset({ dir, now: NOW, displayRoot: dir });
    const file = hostile.path;
    const lines = result.problems.map(formatProblem);
    expect(result.dataset, lines.join('\n')).toBeUndefined();
    // Names the file, and reports the problem expected of it.
    expect(
      result.problems.filter(
        (problem) =>
          problem.file === file &&
          problem.path === hostile.expected.path &&
          (typeof hostile.expected.message === 'string'
            ? problem.message.includes(hostile.expected.message)
            : hostile.expected.message.test(problem.message)),
      ),
      lines.join('\n'),
    ).not.toEqual([]);
    // Concerns only the hostile file (a registry that cannot be read is not also reported
    // at every reference to it), and never floods: at most 20 problems and a line that sums
    // up the rest.
    expect(
      result.problems.filter((problem) => problem.file !== file),
      lines.join('\n'),
    ).toEqual([]);
    expect(result.problems.length).toBeLessThanOrEqual(21);
    // The valid event is still read.
    if (hostile.path.startsWith('events/')) {
      expect(result.events.map((event) => event.id)).toContain('test-event');
    }
    // Keys such as __proto__ stay data: nothing reaches the prototype of every object.
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
