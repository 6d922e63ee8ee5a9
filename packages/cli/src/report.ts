import { formatProblem, type Problem } from '@chronik/events';
import type { CliContext } from './io.js';

/** Prints every problem, one per line, then a summary naming how many and in how many files. */
export function reportProblems(context: CliContext, problems: readonly Problem[]): void {
  for (const problem of problems) context.err(`${formatProblem(problem)}\n`);
  const files = new Set(problems.map((problem) => problem.file)).size;
  context.err(
    `✗ ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} in ${files} ${files === 1 ? 'file' : 'files'}\n`,
  );
}
