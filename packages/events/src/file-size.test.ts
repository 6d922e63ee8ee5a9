import { describe, expect, it } from 'vitest';
import { getFileSizeLimit } from './dataset.js';
import {
  MAX_EVENT_FILE_BYTES,
  MAX_REGISTRY_FILE_BYTES,
  getByteLength,
  getFileSizeProblem,
} from './file-size.js';

describe('getByteLength', () => {
  it.each([
    ['', 0],
    ['id: x\n', 6],
    ['Größe', 7],
    ['€', 3],
    ['🇪🇺', 8],
    ['\uD800', 3], // a lone surrogate, written as U+FFFD
    ['a\uDC00b', 5],
  ])('counts %j as %i bytes, as TextEncoder writes it', (text, bytes) => {
    expect(getByteLength(text)).toBe(bytes);
    expect(new TextEncoder().encode(text).length).toBe(bytes);
  });

  it('counts bytes as they are', () => {
    expect(getByteLength(new Uint8Array(5))).toBe(5);
  });
});

describe('getFileSizeProblem', () => {
  const problem = (size: number, maxBytes = MAX_EVENT_FILE_BYTES) =>
    getFileSizeProblem({ file: 'events/x.yaml', contents: new Uint8Array(0), size, maxBytes });

  it('allows a file of exactly the limit, and names the size, the limit and the fix above it', () => {
    expect(problem(MAX_EVENT_FILE_BYTES)).toBeUndefined();
    expect(problem(MAX_EVENT_FILE_BYTES + 1)).toEqual({
      file: 'events/x.yaml',
      line: 1,
      column: 1,
      path: '',
      message: 'the file is 257 KB (262,145 bytes), more than the 256 KB allowed, and was not read',
      fix: 'check that this is the right file: an event file holds one event, a registry short entries, both far below the limit (see CONTRIBUTING.md)',
    });
  });

  it('measures text in UTF-8 bytes, not in characters', () => {
    const text = 'ä'.repeat(600);
    expect(
      getFileSizeProblem({ file: 'x.yaml', contents: text, maxBytes: 1_000 })?.message,
    ).toMatch(/^the file is 2 KB \(1,200 bytes\), more than the 1 KB allowed/);
  });
});

describe('getFileSizeLimit', () => {
  it.each([
    ['dataset.yaml', MAX_REGISTRY_FILE_BYTES],
    ['categories.yaml', MAX_REGISTRY_FILE_BYTES],
    ['actors.yaml', MAX_REGISTRY_FILE_BYTES],
    ['jurisdictions.yaml', MAX_REGISTRY_FILE_BYTES],
    ['threads.yaml', MAX_REGISTRY_FILE_BYTES],
    ['events/x.yaml', MAX_EVENT_FILE_BYTES],
    ['notes.txt', MAX_EVENT_FILE_BYTES],
  ])('limits %s to %i bytes', (path, limit) => {
    expect(getFileSizeLimit(path)).toBe(limit);
  });

  it('is 256 KB for events and 512 KB for registries', () => {
    expect([MAX_EVENT_FILE_BYTES, MAX_REGISTRY_FILE_BYTES]).toEqual([262_144, 524_288]);
  });
});
