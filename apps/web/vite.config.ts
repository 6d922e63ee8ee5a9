import { sveltekit } from '@sveltejs/kit/vite';
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [sveltekit()],
  // Loaded by Node at build time rather than bundled, so that @chronik/events/node finds the
  // data directory next to its own files.
  ssr: { external: ['@chronik/events'] },
  test: {
    include: ['src/**/*.test.ts'],
    exclude: [...configDefaults.exclude, 'e2e/**'],
    environment: 'node',
    expect: { requireAssertions: true },
  },
});
