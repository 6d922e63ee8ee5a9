import { mkdir, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dataFiles, eventYaml } from './__fixtures__/events.js';
import { formatProblem } from './problem.js';
import { loadDataset, readDataDirectory, writeDataFiles } from './node.js';

const NOW = new Date('2026-12-02T12:00:00Z');
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

  it('names every link and every folder named like a file instead of leaving them out', async () => {
    const dir = await writeDir(
      dataFiles({ 'a.yaml': eventYaml({ id: 'a' }), 'b.yaml': eventYaml({ id: 'b' }) }),
    );
    // The data directory itself may be reached through a link.
    const linkedDir = `${dir}-link`;
    temporary.push(linkedDir);
    await symlink(dir, linkedDir);
    const clean = await loadDataset({ dir: linkedDir, now: NOW });
    expect(clean.problems.map(formatProblem)).toEqual([]);
    expect(clean.dataset?.events.map((event) => event.id)).toEqual(['a', 'b']);

    const outside = await mkdtemp(join(tmpdir(), 'chronik-outside-'));
    temporary.push(outside);
    await writeFile(join(outside, 'e.yaml'), eventYaml({ id: 'e' }));
    await symlink(join(outside, 'e.yaml'), join(dir, 'events', 'e.yaml'));
    await symlink(join(dir, 'events', 'a.yaml'), join(dir, 'events', 'c.yaml'));
    await symlink(join(dir, 'nowhere.yaml'), join(dir, 'events', 'f.yaml'));
    await symlink(join(dir, 'events'), join(dir, 'events', 'loop'));
    await rm(join(dir, 'categories.yaml'));
    await mkdir(join(dir, 'categories.yaml'));
    const result = await loadDataset({ dir, now: NOW, displayRoot: dir });
    expect(result.dataset).toBeUndefined();
    const messages = result.problems.map(formatProblem);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^categories\.yaml:1:1 {2}\(file\) {2}categories\.yaml is a folder, not a file \(make categories\.yaml a YAML file/,
        ),
        expect.stringMatching(
          /^events\/e\.yaml:1:1 {2}\(file\) {2}events\/e\.yaml is a link to .*e\.yaml; links are not read \(put the file itself here/,
        ),
        expect.stringMatching(/^events\/c\.yaml:1:1 {2}\(file\) {2}events\/c\.yaml is a link to /),
        expect.stringMatching(
          /^events\/f\.yaml:1:1 {2}\(file\) {2}events\/f\.yaml is a link to something that does not exist/,
        ),
        expect.stringMatching(/^events\/loop:1:1 {2}\(file\) {2}events\/loop is a link to /),
      ]),
    );
  });

  it('does not read a file over its size limit, whatever its size', async () => {
    const dir = await writeDir(dataFiles({ 'a.yaml': eventYaml({ id: 'a' }) }));
    // 3 GB without taking the disk space: once failed, as Node reads no file over 2 GB.
    await writeFile(join(dir, 'events', 'huge.yaml'), '');
    await truncate(join(dir, 'events', 'huge.yaml'), 3 * 1024 ** 3);
    await writeFile(join(dir, 'actors.yaml'), 'x'.repeat(512 * 1024 + 1));
    const { files } = await readDataDirectory(dir);
    expect(
      files
        .filter((file) => file.size !== undefined)
        .map(({ path, contents, size }) => ({ path, read: contents.length, size })),
    ).toEqual([
      { path: 'actors.yaml', read: 0, size: 524_289 },
      { path: 'events/huge.yaml', read: 0, size: 3_221_225_472 },
    ]);
    const result = await loadDataset({ dir, now: NOW, displayRoot: dir });
    expect(result.problems.map((problem) => `${problem.file}: ${problem.message}`)).toEqual([
      'actors.yaml: the file is 513 KB (524,289 bytes), more than the 512 KB allowed, and was not read',
      'events/huge.yaml: the file is 3,145,728 KB (3,221,225,472 bytes), more than the 256 KB allowed, and was not read',
    ]);
  });

  it('throws a clear error for a directory that does not exist', async () => {
    await expect(loadDataset({ dir: '/nonexistent/chronik', now: NOW })).rejects.toThrow(
      'loadDataset: the data directory /nonexistent/chronik does not exist (pass the folder that holds dataset.yaml and events/)',
    );
  });
});
