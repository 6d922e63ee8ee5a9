import { dev } from '$app/environment';
import {
  createEventIndex,
  formatProblem,
  getLatestChange,
  type Dataset,
  type EventIndex,
} from '@chronik/events';
import { loadDataset } from '@chronik/events/node';

/** The checked dataset and what every route looks up in it, built once per build. */
export interface SiteData {
  dataset: Dataset;
  /** Events by id, neighbours and links, so that each page costs what it shows. */
  index: EventIndex;
  /** Date of the latest change to the data (`YYYY-MM-DD`), shown as "last updated". */
  updated: string | undefined;
  /**
   * The build's date: `SOURCE_DATE_EPOCH` when set, else the latest change to the data. It
   * stands in for the clock in every output, so two builds of the same data are identical.
   */
  stamp: Date;
}

let cached: Promise<SiteData> | undefined;

/**
 * The curated dataset: read once per build, and afresh on every request in development so
 * that edits to event files show up on reload. A dataset with problems fails the build with
 * every problem listed, because a site that silently drops events would mislead its readers.
 */
export function getSiteData(): Promise<SiteData> {
  if (dev || !cached) cached = load();
  return cached;
}

/** The checked dataset (see {@link getSiteData}). */
export async function getDataset(): Promise<Dataset> {
  return (await getSiteData()).dataset;
}

async function load(): Promise<SiteData> {
  // CHRONIK_DATA_DIR lets a self-hoster build the site from their own data directory.
  const dir = process.env.CHRONIK_DATA_DIR;
  // The clock only checks the data (nothing marked "happened" may lie in the future); it never
  // reaches the output.
  const { dataset, problems } = await loadDataset({ now: new Date(), ...(dir ? { dir } : {}) });
  if (!dataset) {
    throw new Error(
      `The event data has ${problems.length} problems; fix them (pnpm chronik validate) and build again:\n${problems.map(formatProblem).join('\n')}`,
    );
  }
  const updated = getLatestChange(dataset);
  return { dataset, index: createEventIndex(dataset.events), updated, stamp: toStamp(updated) };
}

function toStamp(updated: string | undefined): Date {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== '') {
    const seconds = Number(epoch);
    if (!Number.isInteger(seconds) || seconds < 0) {
      throw new Error(
        `SOURCE_DATE_EPOCH is "${epoch}", not a number of seconds since 1970; set it to e.g. $(git log -1 --format=%ct) or leave it out`,
      );
    }
    return new Date(seconds * 1000);
  }
  return new Date(`${updated ?? '1970-01-01'}T00:00:00Z`);
}
