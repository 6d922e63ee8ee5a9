import { rename, writeFile } from 'node:fs/promises';
import { toDatasetExport } from '@chronik/events';
import { loadDataset } from '@chronik/events/node';
import { EXIT, type CliContext } from '../io.js';
import { reportProblems } from '../report.js';

/**
 * `chronik export --format json`: the whole dataset as one JSON document. Refuses to write
 * anything while the data has problems, so an export is always complete and valid.
 */
export async function exportCommand(
  context: CliContext,
  options: { format: 'json'; dir: string; out?: string; schemaUrl?: string },
): Promise<number> {
  const result = await loadDataset({
    dir: options.dir,
    now: context.now,
    displayRoot: context.cwd,
  });
  if (!result.dataset) {
    reportProblems(context, result.problems);
    context.err('Nothing was exported; fix the problems above and run the export again.\n');
    return EXIT.problems;
  }
  const document = toDatasetExport({
    dataset: result.dataset,
    generatedAt: context.now,
    ...(options.schemaUrl === undefined ? {} : { schemaUrl: options.schemaUrl }),
  });
  const text = `${JSON.stringify(document, null, 2)}\n`;
  if (options.out === undefined) {
    context.out(text);
  } else {
    // Write beside the target and rename, so a reader never sees half a file.
    const partial = `${options.out}.partial`;
    await writeFile(partial, text);
    await rename(partial, options.out);
    context.err(`✓ ${document.events.length} events written to ${options.out}\n`);
  }
  return EXIT.ok;
}
