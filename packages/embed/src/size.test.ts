import { readdir, readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

/**
 * The widget loads on other people's pages, so what it weighs is part of the product: its
 * JavaScript and CSS (the CSS is injected by the JavaScript) must stay within 45 KB gzip,
 * counted in bytes (1 KB = 1000 bytes) at zlib's default level, as servers send it. This is a
 * byte count of the built file, not a timing, so it is the same on every machine.
 */
const BUDGET_BYTES = 45_000;
const dist = new URL('../dist/', import.meta.url);

describe('bundle size', () => {
  it('keeps the widget within 45 KB gzip', async () => {
    const files = await readdir(dist).catch(() => {
      throw new Error(
        'packages/embed/dist is missing: build the widget first (pnpm --filter @chronik/embed build)',
      );
    });
    const shipped = files.filter((file) => /\.(js|css)$/.test(file));
    expect(shipped).toContain('chronik-timeline.js');
    let raw = 0;
    let gzip = 0;
    for (const file of shipped) {
      const bytes = await readFile(new URL(file, dist));
      raw += bytes.length;
      gzip += gzipSync(bytes).length;
    }
    const kb = (bytes: number) => `${(bytes / 1000).toFixed(2)} KB`;
    console.log(
      `@chronik/embed size: ${shipped.join(' + ')} = ${kb(raw)} raw, ${kb(gzip)} gzip ` +
        `(budget ${kb(BUDGET_BYTES)}, ${kb(BUDGET_BYTES - gzip)} left)`,
    );
    expect(
      gzip,
      `gzip size ${kb(gzip)} is over the ${kb(BUDGET_BYTES)} budget`,
    ).toBeLessThanOrEqual(BUDGET_BYTES);
  });
});
