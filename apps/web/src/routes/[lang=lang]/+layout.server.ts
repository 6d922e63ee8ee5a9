import { getDataset } from '$lib/server/dataset';
import { renderMarkdown } from '$lib/server/markdown';
import { SITE_URL } from '$lib/server/site';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ params }) => {
  const { lang } = params;
  const dataset = await getDataset();
  // Markdown is rendered here, at build time, so readers' browsers need no Markdown library.
  const html = Object.fromEntries(
    dataset.events.map((event) => [
      event.id,
      {
        summary: renderMarkdown(event.summary[lang]),
        ...(event.notes ? { notes: renderMarkdown(event.notes[lang]) } : {}),
      },
    ]),
  );
  const updated = dataset.events
    .flatMap((event) => event.changes.map((change) => change.date))
    .reduce((latest, date) => (date > latest ? date : latest), '');
  return {
    lang,
    info: dataset.info,
    categories: dataset.categories,
    actors: dataset.actors,
    jurisdictions: dataset.jurisdictions,
    threads: dataset.threads,
    events: dataset.events,
    html,
    updated: updated || undefined,
    siteUrl: SITE_URL,
    // The time of the build stands for "today" (the today line, status checks).
    builtAt: new Date().toISOString(),
  };
};
