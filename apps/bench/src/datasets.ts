// The benchmark's data: one seeded synthetic dataset per size, in Chronik's own format, and the
// same events converted for the peers. Every target reads the same events.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  getEventPeriod,
  parseDataset,
  sortEvents,
  toDatasetExport,
  toEventList,
  type ChronikEvent,
  type Dataset,
} from '@chronik/events';
import { searchPartPath, toSearchIndex } from '@chronik/events/search';
import { writeDataFiles } from '@chronik/events/node';
import { createSyntheticDataset } from '@chronik/events/synthetic';

/** The seed of every generated dataset: the same seed, the same events, the same results. */
export const SEED = 17;

/** A fixed "today" for parsing, so events after it are `scheduled` the same way every run. */
const NOW = new Date('2026-12-01T00:00:00Z');

/** The word every target searches for (a place name in the synthetic titles). */
export const SEARCH_WORD = 'Mittelberg';

/** One generated dataset, parsed, with the files each target needs written to disk. */
export interface BenchDataset {
  /** Number of events. */
  count: number;
  /** The parsed dataset (events sorted as Chronik sorts them). */
  dataset: Dataset;
  /** The data directory (`events/*.yaml` and registries) for a site build, if written. */
  dataDir: string;
}

/**
 * Generates the dataset of `count` events (15 years, ranges, every precision and category),
 * writes its data directory under `cacheDir/data-<count>/` and the JSON each target loads
 * under `publicDir/data/`: `chronik-<count>.json` (a Chronik export), `vis-<count>.json`
 * (vis-timeline items and groups) and `timelinejs-<count>.json` (a TimelineJS document).
 */
export async function createBenchDataset(options: {
  count: number;
  cacheDir: string;
  publicDir: string;
  /** Whether to write the data directory (only a site build needs it). @default true */
  writeDataDir?: boolean;
}): Promise<BenchDataset> {
  const { count, cacheDir, publicDir, writeDataDir = true } = options;
  const files = createSyntheticDataset({ count, seed: SEED, years: 15 });
  const { dataset, problems } = parseDataset({ files, now: NOW });
  if (!dataset) {
    throw new Error(
      `createBenchDataset: the synthetic dataset of ${count} events does not parse (${problems[0]?.message}); fix createSyntheticDataset in @chronik/events first`,
    );
  }
  const dataDir = join(cacheDir, `data-${count}`);
  if (writeDataDir) await writeDataFiles({ dir: dataDir, files });
  const out = join(publicDir, 'data');
  await mkdir(out, { recursive: true });
  const chronik = toDatasetExport({ dataset, generatedAt: new Date(0) });
  await writeFile(join(out, `chronik-${count}.json`), JSON.stringify(chronik));
  // What a Chronik site serves the widget: the compact event list and, beside it, the
  // prebuilt search index and its parts (see apps/web/src/routes/data/).
  const site = join(out, `site-${count}`);
  await mkdir(site, { recursive: true });
  const events = sortEvents(dataset.events);
  const list = toEventList(events, {
    datasetVersion: dataset.info.version,
    title: dataset.info.title,
    categories: dataset.categories,
  });
  await writeFile(join(site, 'event-list.json'), JSON.stringify(list));
  const { index, parts } = toSearchIndex({ events, actors: dataset.actors });
  await writeFile(join(site, 'search-index.json'), JSON.stringify(index));
  // Parts of an earlier run (of another index version, say) go first.
  await rm(join(site, 'search-index'), { recursive: true, force: true });
  await mkdir(join(site, 'search-index'), { recursive: true });
  await Promise.all(
    parts.map((part) => writeFile(join(site, searchPartPath(part.key)), JSON.stringify(part))),
  );
  await writeFile(join(out, `vis-${count}.json`), JSON.stringify(toVisData(dataset)));
  await writeFile(join(out, `timelinejs-${count}.json`), JSON.stringify(toTimelineJs(dataset)));
  return { count, dataset, dataDir };
}

/** vis-timeline's input: one group per category, one item per event in its first category. */
interface VisData {
  groups: { id: string; content: string }[];
  items: { id: string; group: string; content: string; start: string; end?: string }[];
}

/**
 * Converts events for vis-timeline. An event appears once, in the lane of its first category
 * (Chronik's lanes show an event in each of its categories; vis would need one item per
 * category, which would make it draw more than the others). Spans become ranges; a dated
 * point becomes a box at the first day of its period.
 */
function toVisData(dataset: Dataset): VisData {
  return {
    groups: dataset.categories.map((c) => ({ id: c.id, content: c.label.en })),
    items: dataset.events.map((event) => {
      const period = getEventPeriod(event.date);
      return {
        id: event.id,
        group: event.categories[0]!,
        content: event.title.en,
        start: period.start.toISOString(),
        ...(event.date.end ? { end: period.end.toISOString() } : {}),
      };
    }),
  };
}

/** A partial date (`2024`, `2024-06`, `2024-06-27`) as TimelineJS's date object. */
function toTimelineJsDate(value: string): { year: number; month?: number; day?: number } {
  const [year, month, day] = value.split('-').map(Number);
  return {
    year: year!,
    ...(month !== undefined ? { month } : {}),
    ...(day !== undefined ? { day } : {}),
  };
}

/** TimelineJS's document: one slide per event, its first category as the group. */
function toTimelineJs(dataset: Dataset): { events: object[] } {
  return {
    events: dataset.events.map((event: ChronikEvent) => ({
      unique_id: event.id,
      start_date: toTimelineJsDate(event.date.start),
      ...(event.date.end ? { end_date: toTimelineJsDate(event.date.end) } : {}),
      text: { headline: event.title.en, text: event.summary.en },
      group: event.categories[0],
    })),
  };
}
