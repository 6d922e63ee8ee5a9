import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Rolldown } from 'vite';
import { describe, expect, test } from 'vitest';
import { createBom, sbom, validateBom, type PackageManifest } from './sbom.js';

const ROOT: PackageManifest = {
  name: '@chronik/site',
  version: '0.1.0',
  license: 'EUPL-1.2',
  description: 'The site',
};
const PACKAGES: PackageManifest[] = [
  {
    name: 'svelte',
    version: '5.0.0',
    license: 'MIT',
    repository: { type: 'git', url: 'git+https://github.com/sveltejs/svelte.git' },
  },
  { name: '@scope/dual', version: '1.2.3', license: '(MIT OR Apache-2.0)' },
  { name: 'prose', version: '0.0.1', license: 'SEE LICENSE IN LICENSE.md' },
  { name: 'silent', version: '1.0.0' },
];

interface Bom {
  bomFormat: string;
  specVersion: string;
  serialNumber?: string;
  metadata: { timestamp?: string; component: { name: string; purl: string } };
  components: { name: string; group?: string; purl: string; licenses?: unknown[] }[];
  dependencies: { ref: string; dependsOn?: string[] }[];
}

const IMPORTS: [string, string][] = [
  ['@chronik/site@0.1.0', 'svelte@5.0.0'],
  ['@chronik/site@0.1.0', '@scope/dual@1.2.3'],
  ['svelte@5.0.0', 'silent@1.0.0'],
  ['svelte@5.0.0', 'not-in-the-bundle@1.0.0'],
];

describe('createBom', () => {
  const json = createBom({ root: ROOT, packages: PACKAGES, imports: IMPORTS });
  const bom = JSON.parse(json) as Bom;

  test('follows the CycloneDX 1.6 JSON Schema', async () => {
    expect(bom.bomFormat).toBe('CycloneDX');
    expect(bom.specVersion).toBe('1.6');
    expect(await validateBom(json)).toEqual([]);
  });

  test('names each package by its package URL, with its licence', () => {
    expect(bom.metadata.component.purl).toBe('pkg:npm/%40chronik/site@0.1.0');
    expect(
      bom.components.map(({ purl, licenses }) => ({ purl, licenses: licenses ?? [] })),
    ).toEqual([
      { purl: 'pkg:npm/%40scope/dual@1.2.3', licenses: [{ expression: '(MIT OR Apache-2.0)' }] },
      {
        purl: 'pkg:npm/prose@0.0.1',
        licenses: [{ license: { name: 'SEE LICENSE IN LICENSE.md' } }],
      },
      { purl: 'pkg:npm/silent@1.0.0', licenses: [] },
      { purl: 'pkg:npm/svelte@5.0.0', licenses: [{ license: { id: 'MIT' } }] },
    ]);
  });

  test('records who imports whom among the packages it lists', () => {
    expect(bom.dependencies).toEqual([
      {
        ref: 'pkg:npm/%40chronik/site@0.1.0',
        dependsOn: ['pkg:npm/%40scope/dual@1.2.3', 'pkg:npm/svelte@5.0.0'],
      },
      { ref: 'pkg:npm/%40scope/dual@1.2.3' },
      { ref: 'pkg:npm/prose@0.0.1' },
      { ref: 'pkg:npm/silent@1.0.0' },
      { ref: 'pkg:npm/svelte@5.0.0', dependsOn: ['pkg:npm/silent@1.0.0'] },
    ]);
  });

  test('is reproducible: no clock, no random serial number, the same bytes in any input order', () => {
    expect(bom.metadata.timestamp).toBeUndefined();
    expect(bom.serialNumber).toBeUndefined();
    expect(json).not.toMatch(/BomRef\./);
    const shuffled = createBom({
      root: ROOT,
      packages: [...PACKAGES, PACKAGES[0]!].reverse(),
      imports: [...IMPORTS, IMPORTS[0]!].reverse(),
    });
    expect(shuffled).toBe(json);
  });

  test('refuses a package without a name', () => {
    expect(() => createBom({ root: ROOT, packages: [{ name: '', version: '1.0.0' }] })).toThrow(
      /^createBom: the package\.json of @1\.0\.0 names no package/,
    );
  });
});

describe('sbom (the Vite plugin)', () => {
  /** Writes a file, and the folders it needs. */
  async function put(path: string, text: string) {
    await mkdir(join(path, '..'), { recursive: true });
    await writeFile(path, text);
  }

  test('lists the packages whose modules are in the bundle, and only those', async () => {
    const root = await mkdtemp(join(tmpdir(), 'chronik-sbom-'));
    try {
      await put(join(root, 'package.json'), JSON.stringify({ ...ROOT, type: 'module' }));
      await put(
        join(root, 'src/main.js'),
        "import { shout } from 'lib';\nimport 'lib/style.css';\nexport const hello = shout('hello');\n",
      );
      const lib = join(root, 'node_modules/lib');
      await put(
        join(lib, 'package.json'),
        JSON.stringify({ name: 'lib', version: '2.0.0', license: 'ISC', type: 'module' }),
      );
      await put(join(lib, 'style.css'), '.lib { color: red }\n');
      await put(
        join(lib, 'index.js'),
        "import { upper } from 'dep';\nexport const shout = (text) => upper(text) + '!';\n",
      );
      // Its module sits in a folder with a package.json of its own that names no package.
      const dep = join(root, 'node_modules/dep');
      await put(
        join(dep, 'package.json'),
        JSON.stringify({
          name: 'dep',
          version: '1.0.0',
          license: 'MIT',
          exports: './esm/index.js',
        }),
      );
      await put(join(dep, 'esm/package.json'), '{"type":"module"}');
      await put(join(dep, 'esm/index.js'), 'export const upper = (text) => text.toUpperCase();\n');
      // Installed, but imported by nobody.
      await put(
        join(root, 'node_modules/unused/package.json'),
        '{"name":"unused","version":"1.0.0","license":"MIT"}',
      );

      const output = (await build({
        root,
        configFile: false,
        logLevel: 'silent',
        plugins: [sbom({ fileName: 'app.cdx.json' })],
        build: {
          write: false,
          lib: { entry: 'src/main.js', formats: ['es'], fileName: () => 'app.js' },
        },
      })) as Rolldown.RolldownOutput[];
      const asset = output
        .flatMap(({ output: files }) => files)
        .find((file) => file.fileName === 'app.cdx.json');
      expect(asset?.type).toBe('asset');
      const json = String((asset as Rolldown.OutputAsset).source);
      const bom = JSON.parse(json) as Bom;
      expect(bom.metadata.component.name).toBe('site');
      expect(bom.components.map(({ purl }) => purl)).toEqual([
        'pkg:npm/dep@1.0.0',
        'pkg:npm/lib@2.0.0',
      ]);
      expect(bom.dependencies).toContainEqual({
        ref: 'pkg:npm/lib@2.0.0',
        dependsOn: ['pkg:npm/dep@1.0.0'],
      });
      expect(json, 'no path of the machine that built it').not.toContain(root);
      expect(await validateBom(json)).toEqual([]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
