import { getDataset } from '$lib/server/dataset';
import type { PageServerLoad } from './$types';

/** The categories and storylines one can follow: ids and labels, no events. */
export const load: PageServerLoad = async () => {
  const { categories, threads } = await getDataset();
  const pick = ({ id, label }: { id: string; label: { de: string; en: string } }) => ({
    id,
    label,
  });
  return { categories: categories.map(pick), storylines: threads.map(pick) };
};
