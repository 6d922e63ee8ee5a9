/**
 * "Download this view": the events a reader has filtered, as CSV or JSON, carrying the
 * dataset's licence and a citation line (dataset, version, the view's address, the day of
 * access), so that attribution travels with the file.
 *
 * `@chronik/events/download`: its own entry, so that a page loads the CSV writer and nothing
 * else of the formats when a reader asks for a file.
 *
 * @packageDocumentation
 */
import { toEventsCsv } from './csv.js';
import type { DatasetExport } from './export.js';
import type { Language } from './vocabulary.js';
/** The reader's day of access, for callers of this entry (see `local-day.ts`). @public */
export { toLocalDay } from './local-day.js';

/** The formats a view downloads as. */
export const VIEW_DOWNLOAD_FORMATS = ['csv', 'json'] as const;

/** A file to hand to the reader. */
export interface ViewDownload {
  /** E.g. `chronik-delos-cloud-1.1.0-2026-12-03.csv`. */
  filename: string;
  /** The media type, with the charset. */
  type: string;
  text: string;
}

/**
 * How to cite a view of a dataset, in one language, without commas or quotes (the line heads
 * a CSV file as a `#` comment, and a spreadsheet shows it in one cell):
 * "Chronik – Delos Cloud …, Version 1.1.0 …". The view's address keeps its commas encoded.
 */
export function formatViewCitation(options: {
  info: Pick<DatasetExport['dataset'], 'title' | 'version' | 'publisher' | 'license'>;
  viewUrl: string;
  /** The day of access, `YYYY-MM-DD`, in the reader's time zone. */
  accessed: string;
  lang: Language;
}): string {
  const { info, lang } = options;
  // The day as ISO 8601, which reads the same in every language and sorts: and the widget's
  // download code then needs no date formatting of its own.
  const day = options.accessed;
  const url = options.viewUrl.replace(/,/g, '%2C').replace(/"/g, '%22');
  const parts =
    lang === 'de'
      ? [
          `Chronik – ${info.title.de}`,
          `Version ${info.version}`,
          info.publisher,
          `Lizenz ${info.license.name} (${info.license.url})`,
          `Ansicht ${url}`,
          `abgerufen am ${day}`,
        ]
      : [
          `Chronik – ${info.title.en}`,
          `version ${info.version}`,
          info.publisher,
          `licence ${info.license.name} (${info.license.url})`,
          `view ${url}`,
          `accessed ${day}`,
        ];
  return `${parts.join(' · ').replace(/[",\r\n]/g, ' ')}.`;
}

/**
 * The events of a view, chosen from a dataset's export by id (in the export's order), as a
 * file: JSON is the export with only those events and a `dataset.view` header (address, day
 * of access, citation; see the export's JSON Schema); CSV is {@link toEventsCsv}'s table
 * after one `# ` line with the citation and licence, which `chronik import` and CSV readers
 * with a comment option skip.
 *
 * @param options.data - the whole dataset (the site's `/data/events.json`)
 * @param options.ids - the events of the view
 * @param options.accessed - the day of download, `YYYY-MM-DD`, in the reader's time zone (the
 *   caller's clock)
 */
export function toViewDownload(options: {
  data: DatasetExport;
  ids: ReadonlySet<string>;
  format: (typeof VIEW_DOWNLOAD_FORMATS)[number];
  viewUrl: string;
  accessed: string;
  lang: Language;
}): ViewDownload {
  const { data } = options;
  const events = data.events.filter((event) => options.ids.has(event.id));
  const citation = formatViewCitation({ ...options, info: data.dataset });
  const { accessed } = options;
  const filename = `chronik-${data.dataset.id}-${data.dataset.version}-${accessed}.${options.format}`;
  if (options.format === 'csv') {
    return {
      filename,
      type: 'text/csv;charset=utf-8',
      text: `# ${citation}\r\n${toEventsCsv(events)}`,
    };
  }
  const view: DatasetExport = {
    ...data,
    dataset: {
      ...data.dataset,
      eventCount: events.length,
      view: { url: options.viewUrl, accessed, citation },
    },
    events,
  };
  return {
    filename,
    type: 'application/json;charset=utf-8',
    text: `${JSON.stringify(view, null, 2)}\n`,
  };
}
