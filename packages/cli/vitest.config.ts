import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    expect: { requireAssertions: true },
    // These tests run the command as a process; on a busy two-core machine that takes seconds.
    testTimeout: 30_000,
  },
});
