import type { EventSearch } from '@chronik/events';
import type * as SearchModule from '@chronik/events/search';
import type { SearchIndex, SearchPart } from '@chronik/events/search';
import { SvelteMap } from 'svelte/reactivity';
import type { WidgetData } from './load.js';

/**
 * The widget's search, with the explorer's matching: over an export's events, built in
 * memory; or over the index a site publishes beside its event list, of which it fetches the
 * table of contents once and the parts the words need, each once (a word needs one part, a
 * few per cent of the whole index).
 */
export class WidgetSearch {
  /** Why the index could not be loaded, if it could not. */
  failure = $state<string | undefined>();
  #module: typeof SearchModule;
  #source: WidgetData['search'];
  #memory: EventSearch | undefined;
  #table = $state.raw<SearchIndex | undefined>();
  #tableLoading: Promise<SearchIndex> | undefined;
  #parts = new SvelteMap<number, SearchPart>();
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- requests under way, not state
  #loading = new Set<number>();
  #controller = new AbortController();

  constructor(module: typeof SearchModule, source: WidgetData['search']) {
    this.#module = module;
    this.#source = source;
    if (source.from === 'events') this.#memory = module.createEventSearch(source);
  }

  /** The ids of the events that match, or `undefined` until {@link load} has what the words need. */
  find(query: string): ReadonlySet<string> | undefined {
    if (this.#memory) return this.#memory(query);
    const table = this.#table;
    return table ? this.#module.searchInParts(table, this.#parts, query) : undefined;
  }

  /**
   * Fetches what a query needs that is not here yet. A failure ends up in {@link failure};
   * the next words try again (and clear it when they find what they need).
   */
  async load(query: string): Promise<void> {
    const source = this.#source;
    if (source.from !== 'index') return;
    const search = this.#module;
    try {
      this.#tableLoading ??= this.#fetch(source.url).then(search.readSearchIndex);
      const table = (this.#table = await this.#tableLoading);
      const missing = search
        .searchIndexPartsFor(table, query)
        .filter((n) => !this.#parts.has(n) && !this.#loading.has(n));
      await Promise.all(
        missing.map(async (n) => {
          this.#loading.add(n);
          try {
            // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a one-off address, not state
            const url = new URL(search.searchPartPath(n), source.url).href;
            const json = await this.#fetch(url);
            this.#parts.set(n, search.readSearchPart(json, table, n));
          } finally {
            this.#loading.delete(n);
          }
        }),
      );
      // Words that found their parts bring a widget back from an earlier failure.
      this.failure = undefined;
    } catch (failure) {
      // A table that could not be loaded is asked for again with the next words.
      if (this.#table === undefined) this.#tableLoading = undefined;
      if (!this.#controller.signal.aborted) {
        this.failure = failure instanceof Error ? failure.message : String(failure);
      }
    }
  }

  /** Stops the requests under way (the widget's data or element went away). */
  dispose(): void {
    this.#controller.abort();
  }

  async #fetch(url: string): Promise<unknown> {
    const response = await fetch(url, { signal: this.#controller.signal, credentials: 'omit' });
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return response.json();
  }
}
