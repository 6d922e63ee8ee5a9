/**
 * "Download this view" in the widget, loaded only when a reader asks for a file: the site's
 * whole export (`data/events.json` beside the event list), narrowed to the events the widget
 * shows, as CSV or JSON with the licence and a citation line (`@chronik/events/download`).
 */
import { toLocalDay, toViewDownload, type VIEW_DOWNLOAD_FORMATS } from '@chronik/events/download';
import type { DatasetExport, Language } from '@chronik/events';

/**
 * Fetches the export from `siteUrl` and hands the reader a file of the events `ids`.
 *
 * @throws Error when the export cannot be fetched or read (the widget says so)
 */
export async function downloadView(options: {
  /** The site's root, ending in "/". */
  siteUrl: string;
  ids: readonly string[];
  format: (typeof VIEW_DOWNLOAD_FORMATS)[number];
  /** The view on the site, for the citation. */
  viewUrl: string;
  lang: Language;
  /** Where the link that hands over the file may be put for a moment (the widget's root). */
  host: Node;
}): Promise<void> {
  const response = await fetch(new URL('data/events.json', options.siteUrl), {
    credentials: 'omit',
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const data = (await response.json()) as DatasetExport;
  const file = toViewDownload({
    data,
    ids: new Set(options.ids),
    format: options.format,
    viewUrl: options.viewUrl,
    accessed: toLocalDay(new Date()),
    lang: options.lang,
  });
  const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.hidden = true;
  options.host.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
