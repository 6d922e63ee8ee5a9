import { dev } from '$app/environment';
import { formatProblem, type Dataset } from '@chronik/events';
import { loadDataset } from '@chronik/events/node';

let cached: Promise<Dataset> | undefined;

/**
 * The curated dataset: read once per build, and afresh on every request in development so
 * that edits to event files show up on reload. A dataset with problems fails the build with
 * every problem listed, because a site that silently drops events would mislead its readers.
 */
export function getDataset(): Promise<Dataset> {
  if (dev || !cached) cached = load();
  return cached;
}

async function load(): Promise<Dataset> {
  // CHRONIK_DATA_DIR lets a self-hoster build the site from their own data directory.
  const dir = process.env.CHRONIK_DATA_DIR;
  const { dataset, problems } = await loadDataset({ now: new Date(), ...(dir ? { dir } : {}) });
  if (!dataset) {
    throw new Error(
      `The event data has ${problems.length} problems; fix them (pnpm chronik validate) and build again:\n${problems.map(formatProblem).join('\n')}`,
    );
  }
  return dataset;
}
