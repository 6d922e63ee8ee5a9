import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    expect: { requireAssertions: true },
    // One test runs a Vite build; on a busy two-core machine that takes seconds.
    testTimeout: 30_000,
  },
});
