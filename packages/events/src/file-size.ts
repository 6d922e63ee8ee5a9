/**
 * How large a data file may be, checked on its size before anything reads its text: the YAML
 * reader spends seconds on every 100 KB of some broken files (1 MB of `}` took 22 s of CPU,
 * issue 11), and a file far larger than its data can be is not the file meant anyway.
 *
 * @module
 */
import type { Problem } from './problem.js';

/**
 * The most bytes an event file may have: 256 KB. An event's title, summary and notes at their
 * longest (300, 5,000 and 20,000 characters in each language) come to about 50 KB of English,
 * and each source to at most 3 KB more; the curated data's largest event file has 8 KB.
 */
export const MAX_EVENT_FILE_BYTES = 256 * 1024;

/**
 * The most bytes a registry (`categories.yaml`, `actors.yaml`, `jurisdictions.yaml`,
 * `threads.yaml`) or `dataset.yaml` may have: 512 KB. A registry holds many entries where an
 * event file holds one, so twice as much: room for thousands of actors at the curated data's
 * average of 140 bytes each (its largest registry, `actors.yaml`, has 17 KB).
 */
export const MAX_REGISTRY_FILE_BYTES = 512 * 1024;

/**
 * The number of bytes `contents` takes in UTF-8: its length for bytes, counted without
 * encoding for text (a lone surrogate counts as the 3 bytes of U+FFFD, as `TextEncoder`
 * writes it).
 */
export function getByteLength(contents: string | Uint8Array): number {
  if (typeof contents !== 'string') return contents.length;
  let bytes = 0;
  for (let i = 0; i < contents.length; i++) {
    const unit = contents.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && isLowSurrogate(contents.charCodeAt(i + 1))) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/**
 * `256 KB`: a size in kilobytes (1,024 bytes), rounded up so that a file over a limit never
 * shows as equal to it.
 */
function toKilobytes(bytes: number): string {
  return `${Math.ceil(bytes / 1024).toLocaleString('en')} KB`;
}

/**
 * The problem of a file larger than `maxBytes`, or `undefined` when it is not.
 *
 * @param options.size - the file's size as the file system gave it, when `contents` does not
 *   hold the whole file (see `DataFile.size`); otherwise the size of `contents`
 */
export function getFileSizeProblem(options: {
  file: string;
  contents: string | Uint8Array;
  size?: number;
  maxBytes: number;
}): Problem | undefined {
  const size = options.size ?? getByteLength(options.contents);
  if (size <= options.maxBytes) return undefined;
  return {
    file: options.file,
    line: 1,
    column: 1,
    path: '',
    message: `the file is ${toKilobytes(size)} (${size.toLocaleString('en')} bytes), more than the ${toKilobytes(options.maxBytes)} allowed, and was not read`,
    fix: 'check that this is the right file: an event file holds one event, a registry short entries, both far below the limit (see CONTRIBUTING.md)',
  };
}
