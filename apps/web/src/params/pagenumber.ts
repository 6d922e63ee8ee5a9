import type { ParamMatcher } from '@sveltejs/kit';

/** A page of a list after the first: `2`, `3`, … (the first page has no number). */
export const match = ((param: string): boolean =>
  /^[1-9]\d*$/.test(param) && param !== '1') satisfies ParamMatcher;
