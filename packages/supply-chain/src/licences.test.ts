import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import spdxLicences from 'spdx-license-list';
import { describe, expect, test } from 'vitest';
import {
  findLicenceProblems,
  isOsiApproved,
  listProductionPackages,
  OSI_APPROVED_LICENCES,
} from './licences.js';

describe('isOsiApproved', () => {
  const cases: { licence: string | undefined; approved: boolean; why?: string }[] = [
    { licence: 'MIT', approved: true },
    { licence: 'EUPL-1.2', approved: true, why: "the workspace's own packages" },
    { licence: 'BlueOak-1.0.0', approved: true },
    { licence: '(MIT OR Apache-2.0)', approved: true },
    { licence: '(MIT OR CC0-1.0)', approved: true, why: 'one approved alternative is enough' },
    { licence: 'MIT AND BSD-3-Clause', approved: true },
    { licence: '(MIT AND CC-BY-4.0)', approved: false, why: 'every part of AND applies' },
    { licence: '(CC0-1.0 OR WTFPL)', approved: false },
    { licence: 'GPL-2.0-only WITH Classpath-exception-2.0', approved: true },
    { licence: 'Apache-2.0 AND (MIT OR CC0-1.0)', approved: true },
    { licence: 'CC0-1.0', approved: false, why: 'the OSI has not approved CC0' },
    { licence: 'CC-BY-4.0', approved: false },
    { licence: 'LicenseRef-Proprietary', approved: false },
    { licence: 'SEE LICENSE IN LICENSE.md', approved: false, why: 'not an SPDX expression' },
    { licence: 'UNLICENSED', approved: false },
    { licence: '', approved: false },
    { licence: undefined, approved: false },
  ];
  test.each(cases)('$licence → $approved', ({ licence, approved }) => {
    expect(isOsiApproved(licence)).toBe(approved);
  });
});

describe('findLicenceProblems', () => {
  test('names the package, its version, its licence and how it is reached', () => {
    const problems = findLicenceProblems({
      packages: [
        { name: 'fine', version: '1.0.0', licence: 'MIT' },
        {
          name: 'not-osi',
          version: '2.3.4',
          licence: 'CC-BY-NC-4.0',
          via: ['@chronik/web', 'fine'],
        },
      ],
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^not-osi@2\.3\.4 \(via @chronik\/web > fine\): its licence "CC-BY-NC-4\.0" is not OSI-approved; replace or drop the dependency \(`pnpm why not-osi`/,
    );
  });

  test('says how to resolve a missing or unreadable licence', () => {
    const problems = findLicenceProblems({
      packages: [
        { name: 'silent', version: '1.0.0', licence: undefined },
        { name: 'prose', version: '0.1.0', licence: 'BSD' },
      ],
    });
    expect(problems).toEqual([
      expect.stringMatching(
        /^silent@1\.0\.0: its package\.json states no licence; read the package's licence file; if it is OSI-approved, add "silent@1\.0\.0": .* to LICENCE_CORRECTIONS/,
      ),
      expect.stringMatching(/^prose@0\.1\.0: its licence "BSD" is not an SPDX expression; /),
    ]);
  });

  test('takes a correction read from the licence file, for that version only', () => {
    const corrections = { 'silent@1.0.0': { licence: 'ISC', source: 'its LICENSE file' } };
    expect(
      findLicenceProblems({
        packages: [
          { name: 'silent', version: '1.0.0', licence: undefined },
          { name: 'silent', version: '1.1.0', licence: undefined },
        ],
        corrections,
      }),
    ).toEqual([expect.stringMatching(/^silent@1\.1\.0: /)]);
  });

  test('reports a package met twice once', () => {
    const twice = { name: 'x', version: '1.0.0', licence: 'CC0-1.0' };
    expect(findLicenceProblems({ packages: [twice, twice] })).toHaveLength(1);
  });
});

test('every licence on the allow-list is OSI-approved by the SPDX licence list', () => {
  const notApproved = [...OSI_APPROVED_LICENCES].filter(
    (id) => spdxLicences[id]?.osiApproved !== true,
  );
  expect(notApproved, 'ids not OSI-approved (or not SPDX ids)').toEqual([]);
});

describe('listProductionPackages', () => {
  /** Writes a package.json (and a node_modules folder) as an installed tree has them. */
  async function writePackage(folder: string, manifest: object) {
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'package.json'), JSON.stringify(manifest));
  }

  test('follows dependencies, peers and links transitively, and leaves out dev dependencies', async () => {
    const root = await mkdtemp(join(tmpdir(), 'chronik-licences-'));
    try {
      const modules = join(root, 'app', 'node_modules');
      await writePackage(join(root, 'app'), {
        name: 'app',
        version: '1.0.0',
        dependencies: { linked: 'workspace:*', a: '1' },
        devDependencies: { tool: '1' },
      });
      // A workspace package, linked as pnpm links it, with its own node_modules.
      await writePackage(join(root, 'linked'), {
        name: 'linked',
        version: '0.1.0',
        license: 'EUPL-1.2',
        dependencies: { b: '1' },
        peerDependencies: { a: '1', absent: '1' },
      });
      await mkdir(modules, { recursive: true });
      await symlink(join(root, 'linked'), join(modules, 'linked'));
      await writePackage(join(root, 'linked', 'node_modules', 'b'), {
        name: 'b',
        version: '2.0.0',
        licenses: [{ type: 'MIT' }, { type: 'Apache-2.0' }],
        optionalDependencies: { 'not-for-this-platform': '1' },
      });
      await writePackage(join(modules, 'a'), {
        name: 'a',
        version: '1.0.0',
        license: 'CC-BY-4.0',
        dependencies: { c: '1' },
      });
      // Found further up, as Node finds it.
      await writePackage(join(modules, 'c'), { name: 'c', version: '3.0.0' });
      await writePackage(join(modules, 'tool'), { name: 'tool', version: '1.0.0' });

      const packages = await listProductionPackages(join(root, 'app'));
      expect(packages).toEqual([
        { name: 'a', version: '1.0.0', licence: 'CC-BY-4.0', via: ['app'] },
        { name: 'b', version: '2.0.0', licence: '(MIT OR Apache-2.0)', via: ['app', 'linked'] },
        { name: 'c', version: '3.0.0', licence: undefined, via: ['app', 'a'] },
        { name: 'linked', version: '0.1.0', licence: 'EUPL-1.2', via: ['app'] },
      ]);
      expect(findLicenceProblems({ packages }).map((line) => line.split(':')[0])).toEqual([
        'a@1.0.0 (via app)',
        'c@3.0.0 (via app > a)',
      ]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  test('fails naming the package when a dependency is not installed', async () => {
    const root = await mkdtemp(join(tmpdir(), 'chronik-licences-'));
    try {
      await writePackage(root, { name: 'app', version: '1.0.0', dependencies: { gone: '1' } });
      await expect(listProductionPackages(root)).rejects.toThrow(
        'listProductionPackages: app needs gone, which is not installed; run `pnpm install`',
      );
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
