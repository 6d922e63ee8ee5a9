import { sbom } from '@chronik/supply-chain';
import { sveltekit } from '@sveltejs/kit/vite';
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  // sbom(): a CycloneDX SBOM of the scripts and styles the pages load: /sbom.cdx.json (issue 11).
  plugins: [sveltekit(), sbom({ fileName: 'sbom.cdx.json' })],
  // Loaded by Node at build time rather than bundled, so that @chronik/events/node finds the
  // data directory next to its own files.
  ssr: { external: ['@chronik/events'] },
  resolve: {
    // "Download this view" writes CSV in the browser: csv-stringify's own browser build, which
    // brings what it needs of Node's Buffer (its default build expects Node's).
    alias: { 'csv-stringify/sync': 'csv-stringify/browser/esm/sync' },
  },
  // The site builds the tests make (tens of thousands of folders at 10,000 events) are not
  // sources: watching them would use up the system's file watches and stop `pnpm dev`.
  server: { watch: { ignored: ['**/.e2e-builds/**', '**/build/**', '**/test-results/**'] } },
  test: {
    include: ['src/**/*.test.ts'],
    exclude: [...configDefaults.exclude, 'e2e/**'],
    environment: 'node',
    expect: { requireAssertions: true },
  },
});
