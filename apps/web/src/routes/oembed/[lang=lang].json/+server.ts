import { getDataset } from '$lib/server/dataset';
import { oembedResponse } from '$lib/server/oembed';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => [{ lang: 'de' }, { lang: 'en' }];

/** oEmbed for the explorer in one language. */
export const GET: RequestHandler = async ({ params }) => {
  const { info } = await getDataset();
  return oembedResponse({
    title: `Chronik – ${info.title[params.lang]}`,
    query: `lang=${params.lang}`,
  });
};
