import { rename, writeFile } from 'node:fs/promises';
import {
  createEventSearch,
  filterEvents,
  parseViewState,
  toDatasetExport,
  toEventFilter,
  toKnownIds,
  type Dataset,
  type Language,
  type ViewStateNotice,
} from '@chronik/events';
import {
  toAtomFeed,
  toBibtex,
  toCslJson,
  toEventsCsv,
  toICalendar,
  toJsonFeed,
  toRis,
  toTimelineJs,
} from '@chronik/events/formats';
import { loadDataset } from '@chronik/events/node';
import { EXIT, type CliContext } from '../io.js';
import { reportProblems } from '../report.js';

/** The formats `chronik export` writes. */
export const EXPORT_FORMATS = [
  'json',
  'csv',
  'atom',
  'jsonfeed',
  'ics',
  'timelinejs',
  'csl',
  'bibtex',
  'ris',
] as const;

/** What `chronik export` is given on the command line. */
export interface ExportOptions {
  format: (typeof EXPORT_FORMATS)[number];
  dir: string;
  out?: string;
  schemaUrl?: string;
  /** The language of a feed's, calendar's or citation's texts. @default 'de' */
  lang?: Language;
  /** The address of the site the links of feeds, calendars and citations point to. */
  siteUrl?: string;
  /**
   * Which events, in the site's view grammar (`category=security&from=2024`), as name/value
   * pairs: from `--view` and the options that stand for its parameters.
   */
  view?: readonly (readonly [string, string])[];
}

/**
 * `chronik export`: the dataset's events, or those of a view, as one JSON document, as CSV, as a
 * feed, calendar or TimelineJS document, or as citations (CSL-JSON, BibTeX, RIS: the dataset
 * first, then each event, read on `context.now`).
 * Refuses to write anything while the data has problems, so an export is always complete and
 * valid, and refuses a view it cannot read rather than export more than was asked for.
 */
export async function exportCommand(context: CliContext, options: ExportOptions): Promise<number> {
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
  const selected = selectView(context, result.dataset, options.view ?? []);
  if (!selected) return EXIT.usage;
  const dataset = { ...result.dataset, events: selected };
  const text = write(dataset, options, context.now);
  if (options.out === undefined) {
    context.out(text);
  } else {
    // Write beside the target and rename, so a reader never sees half a file.
    const partial = `${options.out}.partial`;
    await writeFile(partial, text);
    await rename(partial, options.out);
    context.err(`✓ ${dataset.events.length} events written to ${options.out}\n`);
  }
  return EXIT.ok;
}

/** The export of (a view of) the dataset in one of {@link EXPORT_FORMATS}. */
function write(dataset: Dataset, options: ExportOptions, now: Date): string {
  const lang = options.lang ?? 'de';
  const siteUrl = (options.siteUrl ?? 'http://localhost:4173').replace(/\/+$/, '');
  const feed = {
    info: dataset.info,
    events: dataset.events,
    categories: dataset.categories,
    lang,
    title: dataset.info.title[lang],
    siteUrl,
    pageUrl: `${siteUrl}/${lang}/`,
  };
  // The dataset first, then the events: a citation of what was exported, read today.
  const citation = { ...feed, accessed: now, includeDataset: true };
  switch (options.format) {
    case 'csv':
      return toEventsCsv(dataset.events);
    case 'atom':
      return toAtomFeed({ ...feed, feedUrl: `${siteUrl}/feeds/${lang}/events.atom` });
    case 'jsonfeed':
      return `${JSON.stringify(toJsonFeed({ ...feed, feedUrl: `${siteUrl}/feeds/${lang}/events.json` }), null, 2)}\n`;
    case 'ics':
      return toICalendar({ ...feed, name: feed.title });
    case 'timelinejs':
      return `${JSON.stringify(toTimelineJs(feed))}\n`;
    case 'csl':
      return `${JSON.stringify(toCslJson(citation), null, 2)}\n`;
    case 'bibtex':
      return toBibtex(citation);
    case 'ris':
      return toRis(citation);
    case 'json':
      return `${JSON.stringify(
        toDatasetExport({
          dataset,
          generatedAt: now,
          ...(options.schemaUrl === undefined ? {} : { schemaUrl: options.schemaUrl }),
        }),
        null,
        2,
      )}\n`;
  }
}

const REASONS: Record<ViewStateNotice['reason'], string> = {
  'unknown-parameter': 'is not a parameter of the view',
  'unknown-value': 'is not in the dataset',
  'unknown-event': 'is not an event of the dataset',
  'bad-value': 'cannot be read',
  'bad-date': 'is not a date',
  'start-after-end': 'puts the start of the period after its end',
  'too-long': 'is too long',
};

/** The events of a view, or `undefined` (with the reasons printed) when it cannot be read. */
function selectView(
  context: CliContext,
  dataset: Dataset,
  view: readonly (readonly [string, string])[],
): Dataset['events'] | undefined {
  if (view.length === 0) return dataset.events;
  const { state, notices } = parseViewState(view, { known: toKnownIds(dataset) });
  for (const notice of notices) {
    const value = notice.value ? ` "${notice.value}"` : '';
    context.err(
      `chronik export: ${notice.param}${value} ${REASONS[notice.reason]}; ${notice.fix}\n`,
    );
  }
  if (notices.length > 0) {
    context.err('Nothing was exported; correct the view and run the export again.\n');
    return undefined;
  }
  const filtered = filterEvents(dataset.events, toEventFilter(state));
  if (!state.q) return filtered;
  const found = createEventSearch(dataset)(state.q);
  return filtered.filter((event) => found.has(event.id));
}
