import { DEFAULT_DISPLAY, toEmbedQuery } from '@chronik/embed';
import { EMPTY_VIEW_STATE } from '@chronik/events';
import { getDataset } from '$lib/server/dataset';
import { oembedResponse } from '$lib/server/oembed';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => [{ lang: 'de' }, { lang: 'en' }];

/** oEmbed for the explorer in one language: the whole timeline. */
export const GET: RequestHandler = async ({ params }) => {
  const { info } = await getDataset();
  return oembedResponse({
    title: `Chronik – ${info.title[params.lang]}`,
    query: toEmbedQuery({
      state: EMPTY_VIEW_STATE,
      display: { ...DEFAULT_DISPLAY, lang: params.lang },
    }),
  });
};
