import { svelte } from '@sveltejs/vite-plugin-svelte';
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [
    svelte({
      configFile: false,
      // Comments in the components' styles (the timeline's too) are for people reading them;
      // the styles ship inside the widget's file, where they weighed 0.4 KB gzip. Svelte
      // prints the rest of the CSS compactly itself. (No style has "/*" inside a string.)
      preprocess: {
        style: ({ content }) => ({ code: content.replace(/\/\*[\s\S]*?\*\//g, '') }),
      },
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
  resolve: {
    // "Download this view" writes CSV in the browser: csv-stringify's own browser build, which
    // brings what it needs of Node's Buffer (its default build expects Node's).
    alias: { 'csv-stringify/sync': 'csv-stringify/browser/esm/sync' },
  },
  build: {
    lib: { entry: 'src/element.ts', formats: ['es'], fileName: () => 'chronik-timeline.js' },
    target: 'es2022',
    // Browsers with light-dark(), which the components' injected styles use as they are: the
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
