import { getDataset } from '$lib/server/dataset';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({ title: (await getDataset()).info.title });
