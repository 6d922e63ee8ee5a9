import type { ParamMatcher } from '@sveltejs/kit';

/** What a feed may follow besides everything: `/feeds/de/category/…`, `/feeds/de/storyline/…`. */
export const match = ((param: string): param is 'category' | 'storyline' =>
  param === 'category' || param === 'storyline') satisfies ParamMatcher;
