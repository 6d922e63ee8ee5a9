import { getSiteData } from '$lib/server/dataset';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => [{ lang: 'de' }, { lang: 'en' }];

/** The builder offers the categories and, to preselect, every event by its title. */
export const load: PageServerLoad = async ({ params }) => {
  const { dataset } = await getSiteData();
  return {
    categories: dataset.categories,
    events: dataset.events.map((event) => ({ id: event.id, title: event.title[params.lang] })),
  };
};
