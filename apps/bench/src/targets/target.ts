// What the benchmark needs to know about each timeline it drives.
import type { Page } from 'playwright-core';

/** The names of the targets, as `--targets` takes them. */
export type TargetId = 'widget' | 'explorer' | 'vis' | 'timelinejs';

/** One timeline under test. */
export interface Target {
  id: TargetId;
  /** Its name in the results table. */
  label: string;
  /** The page to open, on the server that serves this target at this size. */
  path: string;
  /** The data file whose arrival starts the "render after data" clock; none for the site. */
  dataPath?: (count: number) => string;
  /**
   * Resolves once the first complete render is done and `window.__bench.rendered` is set.
   * Targets whose page sets it itself need no wait of their own.
   */
  waitForRender?: (page: Page, timeoutMs: number) => Promise<void>;
  /** Where Ctrl + wheel zooms and a drag pans. */
  plotSelector: string;
  /** Ms from a category filter change to the painted result; absent where there is no filter. */
  filter?: (page: Page, category: string, timeoutMs: number) => Promise<number>;
  /** Undoes `filter` (not measured), so the search starts from all events. */
  clearFilter?: (page: Page, category: string, timeoutMs: number) => Promise<void>;
  /** Ms from entering `word` to the painted result; absent where there is no search. */
  search?: (page: Page, word: string, timeoutMs: number) => Promise<number>;
}
