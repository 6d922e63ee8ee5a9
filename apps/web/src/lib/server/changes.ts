import { getChangeLog, type ChangeLog, type Dataset, type Language } from '@chronik/events';
import { toChangesFeed } from '@chronik/events/formats';
import { getDataset } from './dataset';
import { SITE_URL } from './site';

/** How many event changes a page of the "Changes" list shows; older ones on further pages. */
export const CHANGES_PER_PAGE = 100;

const logs = new WeakMap<Dataset, ChangeLog>();

/** The dataset's change log, collected once per build (every page of the list reads it). */
export async function getSiteChangeLog(): Promise<ChangeLog> {
  const dataset = await getDataset();
  let log = logs.get(dataset);
  if (!log) {
    log = getChangeLog(dataset);
    logs.set(dataset, log);
  }
  return log;
}

/** How many pages the "Changes" list has (at least one, which also lists the versions). */
export function countChangePages(log: ChangeLog): number {
  return Math.max(1, Math.ceil(log.events.length / CHANGES_PER_PAGE));
}

/** The change log as an Atom feed in one language (`/feeds/de/changes.atom`). */
export async function changesFeedResponse(lang: Language): Promise<Response> {
  const dataset = await getDataset();
  const title = `${dataset.info.title[lang]} – ${lang === 'de' ? 'Änderungen' : 'Changes'}`;
  const body = toChangesFeed({
    info: dataset.info,
    events: dataset.events,
    lang,
    title,
    siteUrl: SITE_URL,
    feedUrl: `${SITE_URL}/feeds/${lang}/changes.atom`,
    pageUrl: `${SITE_URL}/${lang}/changes/`,
  });
  return new Response(body, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
}
