import { REGISTRY_FILES } from '@chronik/events';
import { loadDataset } from '@chronik/events/node';
import { EXIT, type CliContext } from '../io.js';
import { reportProblems } from '../report.js';

/** `chronik validate [dir]`: checks every file and prints every problem. */
export async function validateCommand(
  context: CliContext,
  options: { dir: string },
): Promise<number> {
  const result = await loadDataset({
    dir: options.dir,
    now: context.now,
    displayRoot: context.cwd,
  });
  if (result.problems.length > 0) {
    reportProblems(context, result.problems);
    return EXIT.problems;
  }
  const events = result.dataset?.events.length ?? 0;
  context.out(
    `✓ ${events} ${events === 1 ? 'event' : 'events'} and ${Object.keys(REGISTRY_FILES).length} registry files checked: no problems\n`,
  );
  return EXIT.ok;
}
