import type { ParamMatcher } from '@sveltejs/kit';
import { LANGUAGES, type Language } from '@chronik/events';

/** Matches the site's languages in the first path segment: `/de/…`, `/en/…`. */
export const match = ((param: string): param is Language =>
  (LANGUAGES as readonly string[]).includes(param)) satisfies ParamMatcher;
