import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Plugin } from 'vite';
import { configDefaults, defineConfig } from 'vitest/config';

/**
 * d3-zoom's single-file build contains the zoom behaviour next to the transform maths, and
 * imports d3-transition, whose module code patches d3-selection's prototype. The widget uses
 * only the transform maths (`ZoomTransform`), so d3-transition is replaced by a stub with the
 * one name d3-zoom imports; the behaviour, d3-selection and friends then drop out (~7 KB gzip).
 * If anything ever calls the stub, it says so instead of failing silently.
 */
function d3WithoutTransitions(): Plugin {
  return {
    name: 'chronik:d3-without-transitions',
    load(id) {
      if (!/[\\/]d3-transition[\\/]/.test(id)) return null;
      return 'export function interrupt() { throw new Error("@chronik/embed: d3-transition is not bundled"); }\n';
    },
  };
}

/**
 * The widget formats dates with the date-fns locales' `localize` only (month names, ordinals,
 * quarters; see @chronik/events' format-date.ts). The locales' parsers, relative-time and
 * long-format tables are never called, so their imports are dropped from the two locale
 * entry files (about 3 KB gzip). The words themselves still come from date-fns.
 */
function dateFnsLocalizeOnly(): Plugin {
  const unused = ['formatDistance', 'formatRelative', 'formatLong', 'match'];
  return {
    name: 'chronik:date-fns-localize-only',
    transform(code, id) {
      if (!/[\\/]date-fns[\\/]locale[\\/](de|en-US)\.js$/.test(id)) return null;
      let out = code;
      for (const name of unused) {
        out = out
          .replace(new RegExp(`^import \\{ ${name} \\} from .*;$`, 'm'), '')
          .replace(new RegExp(`^\\s*${name}: ${name},$`, 'm'), '');
      }
      return { code: out, map: null };
    },
  };
}

/**
 * The timeline's scales map dates to pixel numbers, so d3-interpolate only ever interpolates
 * numbers and never needs d3-color. It still imports it; this stub stands in with the names
 * d3-interpolate imports. `color()` answers "not a colour", which sends any value down the
 * number or string path; the constructors throw if anything ever asks for a colour (~3.5 KB).
 */
function d3WithoutColour(): Plugin {
  const names = ['rgb', 'hsl', 'lab', 'hcl', 'cubehelix'];
  return {
    name: 'chronik:d3-without-colour',
    load(id) {
      if (!/[\\/]d3-color[\\/]/.test(id)) return null;
      const fail = 'throw new Error("@chronik/embed: d3-color is not bundled")';
      return [
        'export function color() { return null; }',
        ...names.map((name) => `export function ${name}() { ${fail}; }`),
      ].join('\n');
    },
  };
}

/**
 * d3-scale's `scaleUtc` makes a default tick formatter from d3-time-format when a scale is
 * created, and the library's module code builds an English locale with parsers and every
 * directive. The timeline labels its ticks itself (@chronik/timeline's `formatUtcDate`) and
 * never calls `tickFormat`, so d3-time-format is replaced by a stub whose formatters throw
 * if ever used (~3 KB gzip).
 */
function d3WithoutTimeFormat(): Plugin {
  return {
    name: 'chronik:d3-without-time-format',
    load(id) {
      if (!/[\\/]d3-time-format[\\/]/.test(id)) return null;
      const unused = () =>
        '() => () => { throw new Error("@chronik/embed: d3-time-format is not bundled"); }';
      return `export const timeFormat = ${unused()};\nexport const utcFormat = ${unused()};\n`;
    },
  };
}

export default defineConfig({
  plugins: [
    d3WithoutTimeFormat(),
    d3WithoutTransitions(),
    dateFnsLocalizeOnly(),
    d3WithoutColour(),
    svelte({
      configFile: false,
      compilerOptions: {
        css: 'injected',
        discloseVersion: false,
        // Scope classes by a hash of the CSS alone, not of the file's path, so that every
        // checkout builds the same bytes (and the size check reads the same figure).
        cssHash: ({ hash, css }) => `svelte-${hash(css)}`,
      },
      dynamicCompileOptions: ({ filename }) =>
        filename.endsWith('/Element.svelte') ? { customElement: true } : undefined,
    }),
  ],
  build: {
    lib: { entry: 'src/element.ts', formats: ['es'], fileName: () => 'chronik-timeline.js' },
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: Boolean(process.env.SOURCEMAP),
    minify: true,
    rolldownOptions: {
      output: { minify: process.env.NO_MINIFY ? false : true },
    },
  },
  test: {
    include: ['src/**/*.test.ts'],
    exclude: [...configDefaults.exclude],
    environment: 'node',
    expect: { requireAssertions: true },
  },
});
