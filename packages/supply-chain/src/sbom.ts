import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join } from 'node:path';
import { Contrib, Enums, Models, Serialize, Spec, Validation } from '@cyclonedx/cyclonedx-library';
import { PackageURL } from 'packageurl-js';
import parseSpdxExpression from 'spdx-expression-parse';
import type { Plugin } from 'vite';

/** The CycloneDX version the SBOMs are written in: 1.6, which current SBOM tools all read. */
const SPEC = Spec.Spec1dot6;

/**
 * A package's `package.json`, as far as an SBOM reads it: `name` and `version` name the
 * component; `license`, `description`, `author`, `repository`, `homepage` and `bugs` describe it.
 */
export interface PackageManifest {
  name: string;
  version: string;
  [field: string]: unknown;
}

/** What goes into an SBOM: the package that was built and the packages its output contains. */
export interface BomInput {
  /** The package that was built (the site, the widget): the SBOM's `metadata.component`. */
  root: PackageManifest;
  /** Every package with code in the output, the root excepted; duplicates are merged. */
  packages: Iterable<PackageManifest>;
  /**
   * Which package imports which, by `name@version` (the root too): the SBOM's dependency
   * graph. Imports to packages not in `packages` are left out.
   * @default no edges
   */
  imports?: Iterable<readonly [from: string, to: string]>;
}

/** `name@version`, how the SBOM's inputs name a package. */
export function getPackageKey(manifest: PackageManifest): string {
  return `${manifest.name}@${manifest.version}`;
}

const licenceFactory = new Contrib.License.Factories.LicenseFactory((expression) => {
  parseSpdxExpression(expression);
});
const componentBuilder = new Contrib.FromNodePackageJson.Builders.ComponentBuilder(
  new Contrib.FromNodePackageJson.Factories.ExternalReferenceFactory(),
  licenceFactory,
);
const serializer = new Serialize.JsonSerializer(new Serialize.JSON.Normalize.Factory(SPEC));
/** The library that writes the SBOM, named in it as its tool. */
const libraryManifest = createRequire(import.meta.url)(
  '@cyclonedx/cyclonedx-library/package.json',
) as PackageManifest;

function toComponent(manifest: PackageManifest, type: Enums.ComponentType): Models.Component {
  const component = componentBuilder.makeComponent(manifest, type);
  if (!component) {
    throw new TypeError(
      `createBom: the package.json of ${getPackageKey(manifest)} names no package; every package in the SBOM needs a "name"`,
    );
  }
  const [scope, name] = manifest.name.startsWith('@')
    ? manifest.name.split('/', 2)
    : [undefined, manifest.name];
  // The package URL names the component for vulnerability databases; it is also its bom-ref,
  // unique in the document (else the serializer would make up a random one and the SBOM
  // would change from build to build).
  component.purl = new PackageURL(
    'npm',
    scope,
    name,
    manifest.version,
    undefined,
    undefined,
  ).toString();
  component.bomRef.value = component.purl;
  return component;
}

/**
 * A CycloneDX 1.6 SBOM (JSON, two-space indented, with a final newline) of a build: the built
 * package as its subject, every package whose code it contains as a component with its licence,
 * package URL and links, and who imports whom. The same input gives the same bytes: no
 * timestamp, no serial number (the specification wants a new one for every BOM, even of
 * unchanged contents, which a reproducible build cannot give), and every list sorted.
 *
 * @throws {TypeError} naming the package, when a manifest has no name
 */
export function createBom({ root, packages, imports = [] }: BomInput): string {
  const bom = new Models.Bom();
  const subject = toComponent(root, Enums.ComponentType.Application);
  bom.metadata.component = subject;
  bom.metadata.tools.components.add(toComponent(libraryManifest, Enums.ComponentType.Library));

  const byKey = new Map<string, Models.Component>([[getPackageKey(root), subject]]);
  for (const manifest of packages) {
    const key = getPackageKey(manifest);
    if (byKey.has(key)) continue;
    const component = toComponent(manifest, Enums.ComponentType.Library);
    byKey.set(key, component);
    bom.components.add(component);
  }
  for (const [from, to] of imports) {
    const importer = byKey.get(from);
    const imported = byKey.get(to);
    if (importer && imported && importer !== imported) importer.dependencies.add(imported.bomRef);
  }
  return `${serializer.serialize(bom, { sortLists: true, space: 2 })}\n`;
}

/**
 * Checks an SBOM against the CycloneDX 1.6 JSON Schema (with the SPDX licence ids and JSF
 * schemas it refers to), as the CycloneDX library ships them. Resolves to the schema's
 * complaints, one line each, or to an empty list for a valid SBOM.
 *
 * @param json the SBOM's text
 */
export async function validateBom(json: string): Promise<string[]> {
  const errors: unknown = await new Validation.JsonStrictValidator(SPEC.version).validate(json);
  if (errors === null) return [];
  // Ajv's errors: where, what, and the keyword's details (the unknown member, the pattern).
  return (Array.isArray(errors) ? (errors as unknown[]) : [errors]).map((error) => {
    const { instancePath, message, params } = error as {
      instancePath?: string;
      message?: string;
      params?: object;
    };
    return `${instancePath || '(the document)'} ${message ?? 'is invalid'} ${JSON.stringify(params ?? {})}`;
  });
}

/** The `package.json` in a folder, or undefined when it has none or it names no package. */
function readManifest(folder: string): PackageManifest;
function readManifest(folder: string, optional: true): PackageManifest | undefined;
function readManifest(folder: string, optional = false): PackageManifest | undefined {
  let manifest: unknown;
  try {
    manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
  } catch (error) {
    if (optional && (error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const { name, version } = manifest as Partial<PackageManifest>;
  // Folders inside a package may have a package.json of their own that only sets the module
  // type (`{"type":"module"}`): not a package.
  if (typeof name !== 'string' || typeof version !== 'string') {
    if (optional) return undefined;
    throw new TypeError(`${folder}/package.json has no "name" and "version"`);
  }
  return manifest as PackageManifest;
}

/** Options of {@link sbom}. */
export interface SbomOptions {
  /**
   * Where the SBOM goes, relative to the build's output folder (for SvelteKit: the client
   * build's, which the adapter copies to the site's root).
   * @default 'sbom.cdx.json'
   */
  fileName?: string;
}

/**
 * A Vite plugin that writes a CycloneDX SBOM of the JavaScript and CSS a build ships: every
 * npm package with a module in the output bundle, found by the nearest `package.json` above
 * the module's file, with its licence, its package URL and who imports whom. Only browser
 * builds get one: a SvelteKit app's server build runs at build time (prerendering) and ships
 * nothing. See {@link createBom} for what the file holds.
 *
 * @example
 * ```ts
 * export default defineConfig({ plugins: [sveltekit(), sbom({ fileName: 'sbom.cdx.json' })] });
 * ```
 */
export function sbom({ fileName = 'sbom.cdx.json' }: SbomOptions = {}): Plugin {
  let root = '';
  const manifests = new Map<string, PackageManifest | undefined>();

  /** The package a file belongs to: the nearest folder above it with a package.json. */
  function findPackage(file: string): PackageManifest | undefined {
    const visited: string[] = [];
    let folder = dirname(file);
    let found: PackageManifest | undefined;
    for (;;) {
      if (manifests.has(folder)) {
        found = manifests.get(folder);
        break;
      }
      visited.push(folder);
      found = readManifest(folder, true);
      if (found) break;
      const parent = dirname(folder);
      if (parent === folder) break;
      folder = parent;
    }
    for (const each of visited) manifests.set(each, found);
    return found;
  }

  return {
    name: '@chronik/supply-chain:sbom',
    apply: 'build',
    applyToEnvironment: (environment) => environment.config.consumer === 'client',
    configResolved(config) {
      root = config.root;
    },
    generateBundle(_output, bundle) {
      const subject = readManifest(root);
      const packages = new Map<string, PackageManifest>();
      const imports: [from: string, to: string][] = [];
      const packageOf = (id: string) =>
        isAbsolute(id) ? findPackage(id.replace(/[?#].*$/, '')) : undefined;
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const id of chunk.moduleIds) {
          const manifest = packageOf(id);
          if (!manifest) continue;
          const key = getPackageKey(manifest);
          if (key !== getPackageKey(subject)) packages.set(key, manifest);
          const info = this.getModuleInfo(id);
          for (const imported of [
            ...(info?.importedIds ?? []),
            ...(info?.dynamicallyImportedIds ?? []),
          ]) {
            const target = packageOf(imported);
            if (target) imports.push([key, getPackageKey(target)]);
          }
        }
      }
      this.emitFile({
        type: 'asset',
        fileName,
        source: createBom({
          root: subject,
          packages: packages.values(),
          imports,
        }),
      });
    },
  };
}
