import { svelte } from '@sveltejs/vite-plugin-svelte';
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [svelte()],
  // Svelte's browser build for the tests of the state class, whose runes must react as in a
  // browser (the server build renders once and never updates).
  resolve: process.env.VITEST ? { conditions: ['browser'] } : {},
  test: {
    expect: { requireAssertions: true },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'src/**/*.svelte.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: { name: 'state', include: ['src/**/*.svelte.test.ts'], environment: 'happy-dom' },
      },
    ],
  },
});
