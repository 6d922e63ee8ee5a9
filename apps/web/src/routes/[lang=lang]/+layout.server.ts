import { getSiteData } from '$lib/server/dataset';
import { REPOSITORY_URL, SITE_URL } from '$lib/server/site';
import type { LayoutServerLoad } from './$types';

/**
 * What every page of a language shows (header and footer): nothing that grows with the
 * number of events, since the layout's data is written into every page.
 */
export const load: LayoutServerLoad = async ({ params }) => {
  const { dataset, updated } = await getSiteData();
  const { title, version, license } = dataset.info;
  return {
    lang: params.lang,
    dataset: { title, version, license },
    updated,
    siteUrl: SITE_URL,
    repositoryUrl: REPOSITORY_URL,
  };
};
