import { error } from '@sveltejs/kit';
import { LANGUAGES } from '@chronik/events';
import { CHANGES_PER_PAGE, countChangePages, getSiteChangeLog } from '$lib/server/changes';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = async () => {
  const pages = countChangePages(await getSiteChangeLog());
  return LANGUAGES.flatMap((lang) =>
    Array.from({ length: pages }, (_, i) => ({ lang, page: i === 0 ? undefined : String(i + 1) })),
  );
};

/**
 * One page of the change log in the page's language: the dataset's versions on the first,
 * then {@link CHANGES_PER_PAGE} event changes per page, newest first, grouped by day and by
 * note (an addition of forty events on one day is one entry naming forty events).
 */
export const load: PageServerLoad = async ({ params, parent }) => {
  const { lang } = await parent();
  const log = await getSiteChangeLog();
  const pages = countChangePages(log);
  const number = params.page === undefined ? 1 : Number(params.page);
  if (number > pages) error(404, `The change log has ${pages} pages`);
  const shown = log.events.slice((number - 1) * CHANGES_PER_PAGE, number * CHANGES_PER_PAGE);
  const days: {
    date: string;
    notes: { note: string; events: { id: string; title: string }[] }[];
  }[] = [];
  for (const change of shown) {
    let day = days.at(-1);
    if (day?.date !== change.date) days.push((day = { date: change.date, notes: [] }));
    const note = change.note[lang];
    let group = day.notes.find((n) => n.note === note);
    if (!group) day.notes.push((group = { note, events: [] }));
    group.events.push({ id: change.id, title: change.title[lang] });
  }
  return {
    page: number,
    pages,
    total: log.events.length,
    versions:
      number === 1
        ? log.versions.map((v) => ({ version: v.version, date: v.date, note: v.note[lang] }))
        : [],
    days,
  };
};
