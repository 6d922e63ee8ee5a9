import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    expect: { requireAssertions: true },
    // Tests that read every data file or generate hundreds of events take a second alone, and
    // several times that when turbo runs every package's tests at once on two cores.
    testTimeout: 30_000,
  },
});
