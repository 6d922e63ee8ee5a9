import { toPrintable } from '@chronik/events';

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
 * The context with standard error made safe for a terminal: everything written there is a
 * message (problems, progress, commander's usage errors), and many carry data (a value, a
 * path, an error's text), so all of it goes through {@link toPrintable}, keeping the
 * messages' own line breaks. Standard output is left exact: it carries exported data, and
 * the commands make its messages printable themselves.
 */
export function toTerminalContext(context: CliContext): CliContext {
  return { ...context, err: (text) => context.err(toPrintable(text, { keepNewlines: true })) };
}
