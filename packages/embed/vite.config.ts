import { sbom } from '@chronik/supply-chain';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { configDefaults, defineConfig } from 'vitest/config';
import { shadowStyles } from './scripts/shadow-styles.js';

export default defineConfig({
  plugins: [
    svelte({
      configFile: false,
      compilerOptions: {
        // Styles go through Vite's CSS pipeline (minified, comments left out), and
        // shadowStyles() hands them to the element as one constructed style sheet: an injected
        // <style> is blocked by a host page's Content-Security-Policy without 'unsafe-inline'
        // (issue 11).
        css: 'external',
        discloseVersion: false,
        // Scope classes by a hash of the CSS alone, not of the file's path, so that every
        // checkout builds the same bytes (and the size check reads the same figure).
        cssHash: ({ hash, css }) => `svelte-${hash(css)}`,
      },
    }),
    shadowStyles(),
    // A CycloneDX SBOM of what the widget's files contain, beside them (issue 11).
    sbom({ fileName: 'chronik-timeline.cdx.json' }),
  ],
  resolve: {
    // "Download this view" writes CSV in the browser: csv-stringify's own browser build, which
    // brings what it needs of Node's Buffer (its default build expects Node's).
    alias: { 'csv-stringify/sync': 'csv-stringify/browser/esm/sync' },
  },
  build: {
    lib: { entry: 'src/element.svelte.ts', formats: ['es'], fileName: () => 'chronik-timeline.js' },
    target: 'es2022',
    // Browsers with light-dark(), which the components' styles use as they are: the
    // palette must not be rewritten into lightningcss's variables for older ones, which
    // nothing in the shadow root would set.
    cssTarget: ['chrome123', 'edge123', 'firefox120', 'safari17.5'],
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: Boolean(process.env.SOURCEMAP),
    minify: true,
    rolldownOptions: {
      // Comments are for people reading the sources; the file on host pages needs none, and
      // the bundler has read the annotations (`@__PURE__`) by now.
      output: {
        minify: process.env.NO_MINIFY ? false : true,
        comments: false,
        // The search, loaded only by widgets with words to find, beside the widget's file.
        chunkFileNames: 'chronik-[name].js',
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts'],
    exclude: [...configDefaults.exclude],
    environment: 'node',
    expect: { requireAssertions: true },
  },
});
