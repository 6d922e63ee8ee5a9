// What the site and the widget ship, and under which licences (issue 11): every production
// dependency carries an OSI-approved licence, and the build publishes a CycloneDX SBOM of the
// site's scripts (/sbom.cdx.json) and of the widget's (/embed/chronik-timeline.cdx.json). The
// SBOMs are read from the built site, so this runs after `build` (see turbo.json).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findLicenceProblems, listProductionPackages, validateBom } from '@chronik/supply-chain';
import { describe, expect, test } from 'vitest';

/** The app's folder (apps/web), and the widget's (packages/embed). */
const APP = fileURLToPath(new URL('..', import.meta.url));
const WIDGET = dirname(createRequire(import.meta.url).resolve('@chronik/embed/package.json'));

/** The built site: `build/`, or a build elsewhere as svelte.config.js places it. */
const SITE = join(
  APP,
  process.env.CHRONIK_BUILD_DIR ? `${process.env.CHRONIK_BUILD_DIR}/site` : 'build',
);

describe.each([
  { what: 'the site', project: APP },
  { what: 'the widget', project: WIDGET },
])('the production dependencies of $what', ({ project }) => {
  test('carry OSI-approved licences', async () => {
    const packages = await listProductionPackages(project);
    // The walk found the tree (the domain package's Markdown and feed libraries among it).
    expect(packages.map(({ name }) => name)).toEqual(
      expect.arrayContaining(['@chronik/events', '@chronik/timeline', 'svelte', 'micromark']),
    );
    const problems = findLicenceProblems({ packages });
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

interface Bom {
  bomFormat: string;
  specVersion: string;
  metadata: { component: { group?: string; name: string } };
  components: {
    group?: string;
    name: string;
    version: string;
    purl?: string;
    licenses?: { license?: { id?: string; name?: string }; expression?: string }[];
  }[];
}

/** A component's licences as one SPDX expression: every entry applies. */
function toExpression(licenses: NonNullable<Bom['components'][number]['licenses']>) {
  const parts = licenses.map(
    (entry) => entry.expression ?? entry.license?.id ?? entry.license?.name,
  );
  if (parts.length < 2) return parts[0];
  return parts.map((part) => `(${part})`).join(' AND ');
}

async function readSbom(file: string): Promise<string> {
  try {
    return await readFile(join(SITE, file), 'utf8');
  } catch (error) {
    throw new Error(
      `${file} is missing from ${SITE}; build the site first (\`pnpm build\`), whose sbom() plugins write it`,
      { cause: error },
    );
  }
}

describe.each([
  { file: 'sbom.cdx.json', subject: '@chronik/web', ships: ['@sveltejs/kit', 'virtua'] },
  { file: 'embed/chronik-timeline.cdx.json', subject: '@chronik/embed', ships: [] },
])('$file', ({ file, subject, ships }) => {
  test('follows the CycloneDX 1.6 JSON Schema', async () => {
    const json = await readSbom(file);
    expect(await validateBom(json)).toEqual([]);
    const bom = JSON.parse(json) as Bom;
    expect(bom.bomFormat).toBe('CycloneDX');
    expect(bom.specVersion).toBe('1.6');
    const { group, name } = bom.metadata.component;
    expect(`${group}/${name}`).toBe(subject);
  });

  test('lists what it ships, each with its package URL and an OSI-approved licence', async () => {
    const bom = JSON.parse(await readSbom(file)) as Bom;
    const names = bom.components.map(({ group, name }) => (group ? `${group}/${name}` : name));
    expect(names).toEqual(
      expect.arrayContaining(['@chronik/events', '@chronik/timeline', 'svelte', ...ships]),
    );
    // Tools that bundle (SvelteKit's client runtime) are devDependencies, so the check of the
    // production dependencies above does not see them: this one does.
    const problems = findLicenceProblems({
      packages: bom.components.map(({ group, name, version, licenses = [] }) => ({
        name: group ? `${group}/${name}` : name,
        version,
        licence: toExpression(licenses),
        via: [`/${file}`],
      })),
    });
    expect(problems, problems.join('\n')).toEqual([]);
    const withoutPurl = bom.components.filter(({ purl }) => !purl?.startsWith('pkg:npm/'));
    expect(withoutPurl, 'components without an npm package URL').toEqual([]);
  });
});

test("the widget's SBOM is served as the widget's build wrote it", async () => {
  expect(await readSbom('embed/chronik-timeline.cdx.json')).toBe(
    await readFile(join(WIDGET, 'dist/chronik-timeline.cdx.json'), 'utf8'),
  );
});
