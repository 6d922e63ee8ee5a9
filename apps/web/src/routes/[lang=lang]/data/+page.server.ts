import { getDataset } from '$lib/server/dataset';
import type { PageServerLoad } from './$types';

/** The categories and storylines one can follow (ids and labels, no events), and the dataset. */
export const load: PageServerLoad = async () => {
  const { categories, threads, info } = await getDataset();
  const pick = ({ id, label }: { id: string; label: { de: string; en: string } }) => ({
    id,
    label,
  });
  return {
    categories: categories.map(pick),
    storylines: threads.map(pick),
    // For the dataset's citation files: its latest release dates it.
    citationInfo: {
      ...info,
      changes: info.changes.toSorted((a, b) => a.date.localeCompare(b.date)).slice(-1),
    },
  };
};
