import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dataFiles, eventYaml } from './__fixtures__/events.js';
import { formatProblem } from './problem.js';
import { loadDataset, writeDataFiles } from './node.js';

const NOW = new Date('2026-11-29T12:00:00Z');
const temporary: string[] = [];
afterAll(async () => {
  await Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function writeDir(files: { path: string; contents: string | Uint8Array }[]) {
  const dir = await mkdtemp(join(tmpdir(), 'chronik-data-'));
  temporary.push(dir);
  await writeDataFiles({ dir, files });
  return dir;
}

describe('loadDataset', () => {
  it('loads the curated data without problems', async () => {
    const result = await loadDataset({ now: NOW });
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.dataset?.events.length).toBeGreaterThanOrEqual(7);
    expect(result.dataset?.info.license.id).toBe('CC-BY-4.0');
  });

  it('reads a directory from disk and shows paths relative to displayRoot', async () => {
    const dir = await writeDir(
      dataFiles({ 'x.yaml': eventYaml({ id: 'y' }), 'good.yaml': eventYaml({ id: 'good' }) }),
    );
    const result = await loadDataset({ dir, now: NOW, displayRoot: join(dir, '..') });
    const name = dir.split('/').at(-1)!;
    expect(result.problems.map(formatProblem)).toEqual([
      `${name}/events/x.yaml:1:5  id  id "y" does not match the file name x.yaml (rename the file to y.yaml or set id: x)`,
    ]);
    expect(result.events.map((event) => event.id)).toEqual(['good']);
  });

  it('throws a clear error for a directory that does not exist', async () => {
    await expect(loadDataset({ dir: '/nonexistent/chronik', now: NOW })).rejects.toThrow(
      'loadDataset: the data directory /nonexistent/chronik does not exist (pass the folder that holds dataset.yaml and events/)',
    );
  });
});
