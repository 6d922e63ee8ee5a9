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

export default defineConfig({
  plugins: [
    d3WithoutTransitions(),
    svelte({
      configFile: false,
      compilerOptions: { css: 'injected' },
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
