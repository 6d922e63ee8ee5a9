import { getSiteData } from '$lib/server/dataset';
import type { PageServerLoad } from './$types';

/** The root page names the dataset in both languages; its title comes from dataset.yaml. */
export const load: PageServerLoad = async () => ({
  title: (await getSiteData()).dataset.info.title,
});
