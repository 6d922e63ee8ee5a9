/** Where a command writes and what it knows of its surroundings; tests pass their own. */
export interface CliContext {
  /** Writes to standard output (data and reports). */
  out: (text: string) => void;
  /** Writes to standard error (problems and progress). */
  err: (text: string) => void;
  /** The directory relative paths are resolved against (where the user typed the command). */
  cwd: string;
  /** The current time, for exports and status checks. */
  now: Date;
}

/** Exit codes of the `chronik` command. */
export const EXIT = {
  /** Everything worked and the data is valid. */
  ok: 0,
  /** The data has problems, or the command refused to act (e.g. the file exists). */
  problems: 1,
  /** The command was used wrongly: unknown command or option, missing or bad argument. */
  usage: 2,
} as const;

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
 * Only for messages: data written as data (an export on standard output, `stats --json`)
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
 * The context with standard error made safe for a terminal: everything written there is a
 * message (problems, progress, commander's usage errors), and many carry data (a value, a
 * path, an error's text), so all of it goes through {@link toPrintable}, keeping the
 * messages' own line breaks. Standard output is left exact: it carries exported data, and
 * the commands make its messages printable themselves.
 */
export function toTerminalContext(context: CliContext): CliContext {
  return { ...context, err: (text) => context.err(toPrintable(text, { keepNewlines: true })) };
}
