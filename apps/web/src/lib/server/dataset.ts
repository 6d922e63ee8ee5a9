import { formatProblem, type Dataset } from '@chronik/events';
import { loadDataset } from '@chronik/events/node';

let loading: Promise<Dataset> | undefined;

/**
 * The curated dataset, read once per build. A dataset with problems fails the build with
 * every problem listed, because a site that silently drops events would mislead its readers.
 */
export function getDataset(): Promise<Dataset> {
  loading ??= loadDataset({ now: new Date() }).then(({ dataset, problems }) => {
    if (!dataset) {
      throw new Error(
        `The event data has ${problems.length} problems; fix them (pnpm chronik validate) and build again:\n${problems.map(formatProblem).join('\n')}`,
      );
    }
    return dataset;
  });
  return loading;
}
