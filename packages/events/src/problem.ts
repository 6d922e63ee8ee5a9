/**
 * Problems found in data files, each pinned to a file, line and column, with the field, the
 * bad value and a one-line fix, so that a contributor never has to guess what to change.
 *
 * @module
 */

/** One thing wrong with one data file. */
export interface Problem {
  /** Path of the file as given to the parser (relative to the data directory, or as shown). */
  file: string;
  /** 1-based line of the offending value (1 when the whole file is at fault). */
  line: number;
  /** 1-based column of the offending value. */
  column: number;
  /** Dotted field path such as `date.start` or `sources[1].url`; empty for the whole file. */
  path: string;
  /** The value found there, when there is one. */
  value?: unknown;
  /** What is wrong, in one sentence. */
  message: string;
  /** How to fix it, in one imperative sentence. */
  fix: string;
}

/**
 * A value cut to `length` graphemes, the last one "…", to quote it in a message or a notice.
 * Cut by grapheme (`Intl.Segmenter`), so that an emoji, a flag or a letter with its accent is
 * never cut in half; by code point where a browser has no segmenter (Firefox before 125),
 * which still keeps every character whole.
 *
 * @example
 * truncate('🇪🇺'.repeat(50), 40) // '🇪🇺' 39 times, then '…'
 */
export function truncate(text: string, length = 60): string {
  // Most values are short: no segmenter for them.
  if (text.length <= length) return text;
  const graphemes = Intl.Segmenter
    ? new Intl.Segmenter().segment(text)
    : Array.from(text, (segment) => ({ segment }));
  let kept = '';
  let count = 0;
  // Only up to the grapheme after the last kept, not through a value of 100,000 characters.
  for (const { segment } of graphemes) {
    if (++count > length) return `${kept}…`;
    if (count < length) kept += segment;
  }
  return text;
}

/**
 * Turns a path such as `['sources', 1, 'url']` into `sources[1].url`.
 *
 * @example
 * toFieldPath(['sources', 1, 'url']) // 'sources[1].url'
 */
export function toFieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out ? `.${String(segment)}` : String(segment);
  }
  return out;
}

/**
 * Characters that a terminal obeys instead of showing. Unicode's `Cc`: the C0 controls (ESC
 * starts the sequences that move the cursor, erase lines and change colours; CR returns to
 * the start of the line), DEL and the C1 controls (U+009B is a one-character CSI). And the
 * bidi overrides and isolates U+202A–U+202E and U+2066–U+2069, which reorder the text after
 * them ("Trojan Source", CVE-2021-42574).
 */
const UNPRINTABLE = /[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu;
const UNPRINTABLE_BUT_NEWLINES = /(?!\n)[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu;

const SHORT_ESCAPES: Readonly<Record<string, string>> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function toEscape(character: string): string {
  const code = character.charCodeAt(0);
  return (
    SHORT_ESCAPES[character] ??
    (code <= 0xff
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`)
  );
}

/**
 * Text from data made safe to print on a terminal: every control character and bidi
 * override becomes a visible escape (`\x1b`, `\r`, `\u202e`), so a value in a data file can
 * neither rewrite what the CLI printed (a "✓ no problems" over its own problem) nor reorder
 * it. Everything else, including non-Latin text, stays as it is.
 *
 * Only for messages (the CLI's, the site build's): data written as data (an export, a page)
 * stays exact.
 *
 * @param options.keepNewlines - keep `\n`, for a message of several lines whose line breaks
 *   are the CLI's own @default false
 * @example
 * toPrintable('\x1b[2K\r✓ no problems') // '\\x1b[2K\\r✓ no problems'
 */
export function toPrintable(text: string, options: { keepNewlines?: boolean } = {}): string {
  return text.replace(options.keepNewlines ? UNPRINTABLE_BUT_NEWLINES : UNPRINTABLE, toEscape);
}

/**
 * Formats a problem as one line: `file:line:col  field  message (fix)`, the form editors and
 * CI logs turn into clickable links. Printable (see {@link toPrintable}): a message quotes
 * values from the data, which must not rewrite a terminal or a CI log.
 */
export function formatProblem(problem: Problem): string {
  const field = problem.path || '(file)';
  return toPrintable(
    `${problem.file}:${problem.line}:${problem.column}  ${field}  ${problem.message} (${problem.fix})`,
  );
}

/**
 * Orders problems by file, then line, then column, so that output is stable and reads top to
 * bottom like the files.
 */
export function compareProblems(a: Problem, b: Problem): number {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column;
}
