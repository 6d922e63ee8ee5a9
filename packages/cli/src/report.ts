import { formatProblem, type Problem, toPrintable } from '@chronik/events';
import { type CliContext } from './io.js';

/**
 * A problem as one line of the terminal: every part that comes from the data (the file's
 * name, the field, the message quoting the bad value, the fix) with its control characters
 * shown as escapes, newlines included, so a value can neither rewrite nor add lines.
 */
function toProblemLine(problem: Problem): string {
  return formatProblem({
    ...problem,
    file: toPrintable(problem.file),
    path: toPrintable(problem.path),
    message: toPrintable(problem.message),
    fix: toPrintable(problem.fix),
  });
}

/** Prints every problem, one per line, then a summary naming how many and in how many files. */
export function reportProblems(context: CliContext, problems: readonly Problem[]): void {
  for (const problem of problems) context.err(`${toProblemLine(problem)}\n`);
  const files = new Set(problems.map((problem) => problem.file)).size;
  context.err(
    `✗ ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} in ${files} ${files === 1 ? 'file' : 'files'}\n`,
  );
}
