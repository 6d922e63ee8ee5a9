import type { EventSearch } from '@chronik/events';
import type { SearchIndex, SearchIndexLoader } from '@chronik/events/search';
import type { WidgetData } from './load.js';
import { fetchJson } from './search-requests.js';
import type * as SearchModule from './search.js';

/**
 * The widget's search, with the explorer's matching: over an export's events, built in
 * memory; or over the index a site publishes beside its event list, of which it fetches the
 * parts the words need (a word needs one, a few per cent of the whole index) together with
 * the small table of contents (`SearchIndexLoader` in `@chronik/events/search`).
 */
export class WidgetSearch {
  /** Why the index could not be loaded, if it could not. */
  failure = $state<string | undefined>();
  #module: typeof SearchModule;
  #memory: EventSearch | undefined;
  #loader: SearchIndexLoader | undefined;
  #index = $state.raw<SearchIndex | undefined>();
  /**
   * Counts the loads that brought parts: {@link find} reads it, so that what it found is
   * found again when more parts arrive (a plain map and a counter weigh less in the widget's
   * file than a reactive map).
   */
  #loads = $state(0);
  #controller = new AbortController();
  #early: Map<string, Promise<unknown>> | undefined;

  /**
   * @param events - the widget's events, in the order of the event list the index was built
   *   for (as `fromEventList` gives them)
   * @param early - requests already made for the index (`requestEarly`), each taken
   *   instead of asking again
   */
  constructor(
    module: typeof SearchModule,
    source: WidgetData['search'],
    events: readonly { id: string }[],
    early?: Map<string, Promise<unknown>>,
  ) {
    this.#module = module;
    this.#early = early;
    if (source.from === 'events') {
      this.#memory = module.createEventSearch(source);
      return;
    }
    this.#loader = new module.SearchIndexLoader({
      url: source.url,
      ids: events.map((event) => event.id),
      fetchJson: (url) => this.#fetch(url),
      checksum: source.checksum,
    });
  }

  /** The ids of the events that match, or `undefined` until {@link load} has what the words need. */
  find(query: string): ReadonlySet<string> | undefined {
    if (this.#memory) return this.#memory(query);
    const index = this.#index;
    void this.#loads;
    return index && this.#loader
      ? this.#module.searchInParts(index, this.#loader.parts, query)
      : undefined;
  }

  /**
   * Fetches what a query needs that is not here yet. A failure ends up in {@link failure};
   * the next words try again (and clear it when they find what they need).
   */
  async load(query: string): Promise<void> {
    const loader = this.#loader;
    if (!loader) return;
    try {
      await loader.load(query);
      this.#index = loader.index;
      this.#loads++;
      // Words that found their parts bring a widget back from an earlier failure.
      this.failure = undefined;
    } catch (failure) {
      if (!this.#controller.signal.aborted) {
        this.failure = failure instanceof Error ? failure.message : String(failure);
      }
    }
  }

  /**
   * Stops the requests it made that are under way (the widget's data or element went away);
   * those made early are small and end by themselves.
   */
  dispose(): void {
    this.#controller.abort();
  }

  #fetch(url: string): Promise<unknown> {
    const early = this.#early?.get(url);
    this.#early?.delete(url);
    return early ?? fetchJson(url, this.#controller.signal);
  }
}
