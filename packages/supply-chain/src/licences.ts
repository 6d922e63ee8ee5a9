import { readFile, realpath } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import parseSpdxExpression from 'spdx-expression-parse';

/**
 * The licences a production dependency may carry: SPDX ids of licences the Open Source
 * Initiative has approved (https://opensource.org/licenses), the ones we have met or expect.
 * A test holds every id here to the SPDX licence list's `osiApproved` flag, so an id that is
 * not OSI-approved cannot slip in. To allow another OSI-approved licence, add its SPDX id.
 * Not here on purpose: CC0-1.0, CC-BY-*, WTFPL and the like, which the OSI has not approved.
 */
export const OSI_APPROVED_LICENCES: ReadonlySet<string> = new Set([
  '0BSD',
  'AFL-3.0',
  'AGPL-3.0-only',
  'AGPL-3.0-or-later',
  'Apache-2.0',
  'Artistic-2.0',
  'BlueOak-1.0.0',
  'BSD-2-Clause',
  'BSD-2-Clause-Patent',
  'BSD-3-Clause',
  'BSL-1.0',
  'CDDL-1.0',
  'EPL-2.0',
  'EUPL-1.2',
  'GPL-2.0-only',
  'GPL-2.0-or-later',
  'GPL-3.0-only',
  'GPL-3.0-or-later',
  'ISC',
  'LGPL-2.1-only',
  'LGPL-2.1-or-later',
  'LGPL-3.0-only',
  'LGPL-3.0-or-later',
  'MIT',
  'MIT-0',
  'MPL-2.0',
  'NCSA',
  'OFL-1.1',
  'PostgreSQL',
  'Python-2.0',
  'Unicode-3.0',
  'Unicode-DFS-2016',
  'Unlicense',
  'UPL-1.0',
  'W3C',
  'Zlib',
]);

/** A package of a dependency tree and the licence its `package.json` states. */
export interface PackageLicence {
  name: string;
  version: string;
  /** The SPDX expression of its `license` field; undefined when it states none. */
  licence: string | undefined;
  /** The packages that lead to it from the root, the root first (empty for the root). */
  via?: readonly string[];
}

/**
 * Licences of packages whose `package.json` states none, or no SPDX expression, read from
 * their licence files: `name@version` → the SPDX expression and where it was read. Keyed by
 * version, so that an update is read again. None is needed today.
 */
const LICENCE_CORRECTIONS: Readonly<Record<string, { licence: string; source: string }>> = {};

/** A licence's verdict: fine, not OSI-approved, or not to be read (missing, no SPDX expression). */
type Verdict = { ok: true } | { ok: false; readable: boolean; problem: string };

/** Whether an SPDX expression lets us ship the package under an OSI-approved licence. */
function judgeExpression(node: parseSpdxExpression.Info): boolean {
  if ('conjunction' in node) {
    const left = judgeExpression(node.left);
    const right = judgeExpression(node.right);
    // "A OR B": we may choose either; "A AND B": both apply.
    return node.conjunction === 'or' ? left || right : left && right;
  }
  // An exception (`WITH Classpath-exception-2.0`) only grants more; "+" ("or any later
  // version") leaves the named version a choice.
  return OSI_APPROVED_LICENCES.has(node.license);
}

/**
 * Whether a licence, as a `package.json` states it, is OSI-approved: an SPDX id, or an SPDX
 * expression such as `(MIT OR Apache-2.0)` (one alternative is enough) or `MIT AND BSD-3-Clause`
 * (every part must be).
 *
 * @example
 * isOsiApproved('(MIT OR CC0-1.0)'); // true
 * isOsiApproved('CC-BY-4.0'); // false
 * isOsiApproved('SEE LICENSE IN LICENSE.md'); // false: not an SPDX expression
 */
export function isOsiApproved(licence: string | undefined): boolean {
  return judgeLicence(licence).ok;
}

function judgeLicence(licence: string | undefined): Verdict {
  if (licence === undefined || licence.trim() === '') {
    return { ok: false, readable: false, problem: 'its package.json states no licence' };
  }
  let expression: parseSpdxExpression.Info;
  try {
    expression = parseSpdxExpression(licence);
  } catch {
    return {
      ok: false,
      readable: false,
      problem: `its licence "${licence}" is not an SPDX expression`,
    };
  }
  return judgeExpression(expression)
    ? { ok: true }
    : { ok: false, readable: true, problem: `its licence "${licence}" is not OSI-approved` };
}

/** Options of {@link findLicenceProblems}. */
export interface LicenceCheckOptions {
  /** The packages to check, as {@link listProductionPackages} returns them. */
  packages: Iterable<PackageLicence>;
  /**
   * Licences read from the licence files of packages that state none usable, by `name@version`.
   * @default the reviewed corrections in this module (none today)
   */
  corrections?: Readonly<Record<string, { licence: string; source: string }>>;
}

/**
 * The packages whose licence is not OSI-approved, unknown or no SPDX expression, one line each
 * naming the package, its version, how it is reached and what to do; empty when all are
 * fine. A package met several times is reported once.
 *
 * @example
 * findLicenceProblems({ packages: [{ name: 'x', version: '1.0.0', licence: 'CC-BY-4.0' }] });
 * // ['x@1.0.0: its licence "CC-BY-4.0" is not OSI-approved; …']
 */
export function findLicenceProblems({
  packages,
  corrections = LICENCE_CORRECTIONS,
}: LicenceCheckOptions): string[] {
  const problems = new Map<string, string>();
  for (const { name, version, licence, via = [] } of packages) {
    const key = `${name}@${version}`;
    if (problems.has(key)) continue;
    const verdict = judgeLicence(corrections[key]?.licence ?? licence);
    if (verdict.ok) continue;
    const path = via.length > 0 ? ` (via ${via.join(' > ')})` : '';
    const fix = verdict.readable
      ? `replace or drop the dependency (\`pnpm why ${name}\` shows who needs it); if the licence is OSI-approved after all (https://opensource.org/licenses), add its SPDX id to OSI_APPROVED_LICENCES`
      : `read the package's licence file; if it is OSI-approved, add "${key}": { licence: "<SPDX id>", source: "<where it says so>" } to LICENCE_CORRECTIONS, else replace or drop the dependency`;
    problems.set(
      key,
      `${key}${path}: ${verdict.problem}; ${fix} (packages/supply-chain/src/licences.ts)`,
    );
  }
  return [...problems.values()];
}

interface Manifest {
  name?: string;
  version?: string;
  license?: unknown;
  licenses?: unknown;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

/**
 * The licence a `package.json` states, also in the old forms `{ "type": … }` and
 * `licenses: […]`.
 */
function readLicenceField({ license, licenses }: Manifest): string | undefined {
  const typeOf = (value: unknown) =>
    typeof value === 'string'
      ? value
      : typeof value === 'object' && value !== null && 'type' in value
        ? String(value.type)
        : undefined;
  if (license !== undefined) return typeOf(license);
  if (Array.isArray(licenses)) {
    const types = licenses.map(typeOf).filter((type) => type !== undefined);
    // The old `licenses` array lists licences to choose from.
    return types.length > 1 ? `(${types.join(' OR ')})` : types[0];
  }
  return undefined;
}

/** The folder a package is installed in, as Node resolves it from `from`, or undefined. */
async function findInstalled(name: string, from: string): Promise<string | undefined> {
  for (let folder = from; ; folder = dirname(folder)) {
    if (basename(folder) !== 'node_modules') {
      try {
        return await realpath(join(folder, 'node_modules', name));
      } catch {
        // Not installed here; look further up, as Node does.
      }
    }
    if (dirname(folder) === folder) return undefined;
  }
}

/**
 * Every package a project needs in production, transitively, with the licence each states: its
 * `dependencies`, `optionalDependencies` and `peerDependencies` (those that are installed),
 * then theirs, through workspace packages too, as Node would resolve them from the installed
 * folders. The project itself is left out. Sorted by name and version.
 *
 * @param project the folder of the project's `package.json`
 * @throws {Error} naming the package, when a dependency it needs is not installed
 */
export async function listProductionPackages(project: string): Promise<PackageLicence[]> {
  const found = new Map<string, PackageLicence>();
  const visited = new Set<string>();
  const visit = async (folder: string, via: string[]): Promise<void> => {
    const real = await realpath(folder);
    if (visited.has(real)) return;
    visited.add(real);
    const manifest = JSON.parse(await readFile(join(real, 'package.json'), 'utf8')) as Manifest;
    const name = manifest.name ?? real;
    if (via.length > 0) {
      const key = `${name}@${manifest.version}`;
      if (!found.has(key)) {
        found.set(key, {
          name,
          version: manifest.version ?? '',
          licence: readLicenceField(manifest),
          via,
        });
      }
    }
    const needed = Object.keys({ ...manifest.dependencies });
    const optional = Object.keys({
      ...manifest.optionalDependencies,
      ...manifest.peerDependencies,
    });
    for (const [dependency, required] of [
      ...needed.map((each) => [each, true] as const),
      ...optional.filter((each) => !needed.includes(each)).map((each) => [each, false] as const),
    ]) {
      const installed = await findInstalled(dependency, real);
      if (installed) await visit(installed, [...via, name]);
      else if (required) {
        throw new Error(
          `listProductionPackages: ${name} needs ${dependency}, which is not installed; run \`pnpm install\``,
        );
      }
    }
  };
  await visit(project, []);
  return [...found.values()].sort((a, b) =>
    a.name === b.name ? a.version.localeCompare(b.version) : a.name.localeCompare(b.name),
  );
}
