import { getSiteData } from '$lib/server/dataset';
import { toEventDetails } from '$lib/server/event-details';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => [{ lang: 'de' }, { lang: 'en' }];

/**
 * How many events the page itself carries (rendered into its HTML, and the list without
 * JavaScript). A dataset up to this size comes whole with the page; a larger one is loaded
 * after hydration as the compact event list, with texts in chunks as they are shown, so the
 * page weighs the same at 1,000 events as at 100,000.
 */
const PAGE_EVENTS = 200;

/** The registries and the first events with their texts; see {@link PAGE_EVENTS}. */
export const load: PageServerLoad = async ({ params }) => {
  const { lang } = params;
  const { dataset, index } = await getSiteData();
  return {
    description: dataset.info.description,
    categories: dataset.categories,
    actors: dataset.actors,
    jurisdictions: dataset.jurisdictions,
    threads: dataset.threads,
    total: dataset.events.length,
    preview: index.events.slice(0, PAGE_EVENTS).map((event) => toEventDetails(event, lang, index)),
  };
};
