import { getSiteData } from '$lib/server/dataset';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => [{ lang: 'de' }, { lang: 'en' }];

/**
 * The builder offers the categories. The events to preselect come from the site's event list,
 * which the preview loads anyway: the page itself weighs the same at any number of events.
 */
export const load: PageServerLoad = async () => {
  const { dataset } = await getSiteData();
  return { categories: dataset.categories };
};
