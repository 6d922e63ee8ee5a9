import { readdir, readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

/**
 * The widget loads on other people's pages, so what it weighs is part of the product. Every
 * host page loads `chronik-timeline.js` (its CSS is a string inside it, adopted as a style
 * sheet): at most 45 KB gzip. A widget with words to find (`q`) also loads `chronik-search.js`,
 * the explorer's search, and a widget given a whole export rather than the site's event list loads
 * `chronik-export.js`, the export's check; most widgets need neither. `chronik-download.js`
 * (the CSV and JSON writers) loads when a reader asks for a file of the view. Counted in bytes (1 KB = 1000 bytes) at zlib's
 * default level, as servers send them: a byte count of the built files, the same on every
 * machine.
 */
const BUDGETS: Record<string, number> = {
  'chronik-timeline.js': 45_000,
  // Reading the parts' bitmaps (search part format 4) added 0.1 KB here and made the part of a
  // common word several times smaller (at 10,000 events, "mi": 59 KB to 8.5 KB).
  'chronik-search.js': 3_600,
  'chronik-export.js': 3_500,
  'chronik-download.js': 12_000,
};
const dist = new URL('../dist/', import.meta.url);
const kb = (bytes: number) => `${(bytes / 1000).toFixed(2)} KB`;

describe('bundle size', () => {
  it('keeps the widget within 45 KB gzip, its search within 3.6 KB and its export check within 3.5 KB more', async () => {
    const files = await readdir(dist).catch(() => {
      throw new Error(
        'packages/embed/dist is missing: build the widget first (pnpm --filter @chronik/embed build)',
      );
    });
    const shipped = files.filter((file) => /\.(js|css)$/.test(file)).sort();
    // Every file the widget can load has a budget: nothing escapes the count.
    expect(shipped).toEqual(Object.keys(BUDGETS).sort());
    const sizes: Record<string, { raw: number; gzip: number }> = {};
    for (const file of shipped) {
      const bytes = await readFile(new URL(file, dist));
      sizes[file] = { raw: bytes.length, gzip: gzipSync(bytes).length };
    }
    // A widget that searches (the download loads only when a reader asks for a file).
    const all = Object.entries(sizes)
      .filter(([file]) => file !== 'chronik-download.js')
      .reduce((sum, [, size]) => sum + size.gzip, 0);
    console.log(
      `@chronik/embed size: ${shipped
        .map(
          (file) =>
            `${file} ${kb(sizes[file]!.raw)} raw, ${kb(sizes[file]!.gzip)} gzip (budget ${kb(BUDGETS[file]!)})`,
        )
        .join('; ')}; a widget with a search loads ${kb(all)} gzip in all`,
    );
    for (const file of shipped) {
      expect(
        sizes[file]!.gzip,
        `${file}: gzip size ${kb(sizes[file]!.gzip)} is over its ${kb(BUDGETS[file]!)} budget`,
      ).toBeLessThanOrEqual(BUDGETS[file]!);
    }
  });
});
