import { toDatasetExport } from '@chronik/events';
import { getDataset } from '$lib/server/dataset';
import type { PageServerLoad } from './$types';

// The iframe page carries its data, so the frame needs no second request.
export const load: PageServerLoad = async () => ({
  data: toDatasetExport({ dataset: await getDataset(), generatedAt: new Date() }),
});
