/**
 * From a data file's bytes to its text: UTF-8 only, and a problem that names the encoding
 * (and the command that converts it) when the bytes are UTF-16, UTF-32 or Latin-1; and the
 * 1-based positions in that text which the YAML, JSON and CSV readers report.
 *
 * @module
 */
import type { Problem } from '../problem.js';

/** A position in a text, 1-based. */
export interface Position {
  line: number;
  column: number;
}

/** The text of a file, or why it could not be read as UTF-8. */
export type DecodedText =
  { ok: true; text: string } | { ok: false; problem: Omit<Problem, 'file'> };

/**
 * The text of a file's contents, without a byte-order mark. Bytes must be UTF-8; a string is
 * taken as it is, but checked for UTF-16 or UTF-32 decoded as if it were 8-bit.
 */
export function decodeText(contents: string | Uint8Array): DecodedText {
  let text: string;
  if (typeof contents === 'string') {
    text = contents;
  } else {
    // UTF-16 and UTF-32 are checked first: their byte-order marks are not UTF-8, and without
    // one their ASCII text is (NULs beside every letter), so neither error would say what it is.
    const wide = findWideEncoding(contents);
    if (wide) return { ok: false, problem: wideEncodingProblem(wide) };
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(contents);
    } catch {
      const lossy = new TextDecoder('utf-8').decode(contents);
      const at = lossy.indexOf('\uFFFD');
      return {
        ok: false,
        problem: {
          ...toPosition(lossy, Math.max(at, 0)),
          path: '',
          message: 'the file is not UTF-8 text (it looks like Latin-1 or Windows-1252)',
          fix: 'save the file with UTF-8 encoding, e.g. iconv -f windows-1252 -t utf-8',
        },
      };
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // Text handed in as a string may have been decoded from UTF-16 as if it were 8-bit.
  const decodedWide = findWideEncoding(text);
  if (decodedWide) return { ok: false, problem: wideEncodingProblem(decodedWide) };
  return { ok: true, text };
}

/** The 1-based line and column of an offset in a text. */
export function toPosition(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { line, column };
}

/**
 * UTF-16 or UTF-32 found by {@link findWideEncoding}: its code unit, byte order, and whether
 * it starts with a mark.
 */
interface WideEncoding {
  bits: 16 | 32;
  endian: 'little' | 'big';
  bom: boolean;
}

/** UTF-32 or UTF-16, in this order: the UTF-32 little-endian mark begins with UTF-16's. */
function findWideEncoding(contents: Uint8Array | string): WideEncoding | undefined {
  return findUtf32(contents) ?? findUtf16(contents);
}

/**
 * Whether bytes (or a text holding one byte per character) are UTF-32: a byte-order mark
 * (FF FE 00 00, 00 00 FE FF), or, in a quarter or more of the groups of four bytes, a letter
 * with three NULs on one side, as the ASCII letters of YAML give in UTF-32.
 */
function findUtf32(contents: Uint8Array | string): WideEncoding | undefined {
  const at = (i: number) =>
    typeof contents === 'string' ? contents.charCodeAt(i) : (contents[i] ?? 0);
  const length = Math.min(contents.length, 4096) & ~3;
  if (length < 4) return undefined;
  const [a, b, c, d] = [at(0), at(1), at(2), at(3)];
  if (a === 0xff && b === 0xfe && c === 0 && d === 0)
    return { bits: 32, endian: 'little', bom: true };
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return { bits: 32, endian: 'big', bom: true };
  let little = 0;
  let big = 0;
  for (let i = 0; i < length; i += 4) {
    const nuls = [at(i), at(i + 1), at(i + 2), at(i + 3)].map((byte) => byte === 0);
    if (!nuls[0] && nuls[1] && nuls[2] && nuls[3]) little++;
    if (nuls[0] && nuls[1] && nuls[2] && !nuls[3]) big++;
  }
  const groups = length / 4;
  if (little >= groups / 4 && little > 2 * big) return { bits: 32, endian: 'little', bom: false };
  if (big >= groups / 4 && big > 2 * little) return { bits: 32, endian: 'big', bom: false };
  return undefined;
}

/**
 * Whether bytes (or a text holding one byte per character) are UTF-16: a byte-order mark
 * (FF FE, FE FF), or NUL bytes in a quarter or more of the places on one side of each pair,
 * as the ASCII letters of YAML give in UTF-16 and no UTF-8 text does.
 */
function findUtf16(contents: Uint8Array | string): WideEncoding | undefined {
  const at = (i: number) =>
    typeof contents === 'string' ? contents.charCodeAt(i) : (contents[i] ?? 0);
  const length = Math.min(contents.length, 4096) & ~1;
  if (length < 2) return undefined;
  if (at(0) === 0xff && at(1) === 0xfe) return { bits: 16, endian: 'little', bom: true };
  if (at(0) === 0xfe && at(1) === 0xff) return { bits: 16, endian: 'big', bom: true };
  let even = 0;
  let odd = 0;
  for (let i = 0; i < length; i += 2) {
    if (at(i) === 0) even++;
    if (at(i + 1) === 0) odd++;
  }
  const pairs = length / 2;
  if (odd >= pairs / 4 && odd > 2 * even) return { bits: 16, endian: 'little', bom: false };
  if (even >= pairs / 4 && even > 2 * odd) return { bits: 16, endian: 'big', bom: false };
  return undefined;
}

function wideEncodingProblem({ bits, endian, bom }: WideEncoding): Omit<Problem, 'file'> {
  const encoding = `utf-${bits}${bom ? '' : endian === 'little' ? 'le' : 'be'}`;
  return {
    line: 1,
    column: 1,
    path: '',
    message: `the file is UTF-${bits} (${endian}-endian${bom ? ', with a byte-order mark' : ''}), not UTF-8`,
    fix: `save the file with UTF-8 encoding, e.g. iconv -f ${encoding} -t utf-8`,
  };
}
