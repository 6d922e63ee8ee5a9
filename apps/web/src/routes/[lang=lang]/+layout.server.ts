import { getDataset } from '$lib/server/dataset';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ params }) => {
  const dataset = await getDataset();
  return {
    lang: params.lang,
    info: dataset.info,
    categories: dataset.categories,
    actors: dataset.actors,
    events: dataset.events,
  };
};
