import { describe, expect, it } from 'vitest';
import { computeSymbolPaths } from '../../scripts/symbols.js';
import { SYMBOL_PATHS } from './symbol-paths.js';

describe('SYMBOL_PATHS', () => {
  it('are what d3-shape draws (run `node scripts/write-symbol-paths.js` if not)', () => {
    expect(SYMBOL_PATHS).toEqual(computeSymbolPaths(90));
  });

  it('has a distinct shape for every category shape', () => {
    expect(new Set(Object.values(SYMBOL_PATHS)).size).toBe(6);
  });
});
