import { getSiteData } from '$lib/server/dataset';
import { renderEventHtml } from '$lib/server/markdown';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => [{ lang: 'de' }, { lang: 'en' }];

/** The explorer shows every event, so it carries every event (in its language's HTML). */
export const load: PageServerLoad = async ({ params }) => {
  const { lang } = params;
  const { dataset } = await getSiteData();
  const html = Object.fromEntries(
    dataset.events.map((event) => [event.id, renderEventHtml(event, lang)]),
  );
  return {
    description: dataset.info.description,
    categories: dataset.categories,
    actors: dataset.actors,
    jurisdictions: dataset.jurisdictions,
    threads: dataset.threads,
    events: dataset.events,
    html,
  };
};
