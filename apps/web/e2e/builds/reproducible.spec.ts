// Two builds of the same commit are byte-identical: nothing in the output reads the clock.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '../fixtures';
import { APP, buildSite, listFiles } from './build-site';

async function hashes(root: string): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const file of await listFiles(root)) {
    result[file] = createHash('sha256')
      .update(await readFile(join(root, file)))
      .digest('hex');
  }
  return result;
}

test('a second build of the same commit is byte-identical to the main build', async () => {
  const again = await buildSite({ name: 'rebuild' });
  const [first, second] = await Promise.all([hashes(join(APP, 'build')), hashes(again)]);
  expect(Object.keys(second), 'the same files').toEqual(Object.keys(first));
  const differing = Object.keys(first).filter((file) => first[file] !== second[file]);
  expect(differing, 'files whose bytes differ').toEqual([]);
});
