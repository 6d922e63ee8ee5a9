import {
  EVENT_CHUNK_FORMAT,
  EVENT_CHUNK_SIZE,
  fromEventList,
  toListedEvent,
  type Actor,
  type EventChunk,
  type EventDetails,
  type EventSearch,
  type Language,
  type ListedEventWithEvidence,
} from '@chronik/events';
import type * as Search from '@chronik/events/search';
import type { SearchIndex, SearchIndexLoader, SearchPart } from '@chronik/events/search';
import { SvelteMap } from 'svelte/reactivity';
import { resolve } from '$app/paths';

/** What the explorer page brings: the first events with their texts, and how many there are. */
export interface StoreInputs {
  lang: Language;
  total: number;
  preview: readonly EventDetails[];
  actors: readonly Actor[];
}

type SearchModule = typeof Search;

/** Fetches a JSON document, or throws with the status when the server has none. */
async function fetchJson(fetcher: typeof fetch, url: string): Promise<unknown> {
  const response = await fetcher(url);
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
  return response.json();
}

/**
 * The explorer's events. A dataset that came whole with the page is used as it is; a larger
 * one is loaded after hydration as the compact event list (`/data/event-list.json`), and the
 * texts of events (summary, notes, sources, links) are fetched in chunks of
 * {@link EVENT_CHUNK_SIZE} when the list or the panel shows them. The search index's table of
 * contents is loaded with the first words searched for, and of its parts those the words need.
 */
export class EventStore {
  #inputs: StoreInputs;
  #details = new SvelteMap<string, EventDetails>();
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- requests under way, not state
  #chunks = new Map<number, Promise<void>>();
  #searchLoading: Promise<SearchModule> | undefined;
  #search: SearchModule | undefined = $state.raw();
  /** A search over the page's events, when the page brought them all. */
  #memory: EventSearch | undefined = $state.raw();
  #loader: SearchIndexLoader | undefined;
  #table: SearchIndex | undefined = $state.raw();
  #listLoading: Promise<void> | undefined;
  #listChecksum: unknown;

  /** Every event, in chronological order (the first ones only until {@link ready}). */
  list: readonly ListedEventWithEvidence[] = $state.raw([]);
  /** Whether {@link list} holds every event. */
  ready = $state(false);
  /** What went wrong loading the data (logged to the console; the page shows a notice). */
  failure: string | undefined = $state();

  constructor(inputs: StoreInputs) {
    this.#inputs = inputs;
    for (const details of inputs.preview) this.#details.set(details.event.id, details);
    this.list = inputs.preview.map((details) => toListedEvent(details.event));
    this.ready = inputs.preview.length === inputs.total;
  }

  /** Each event's position in {@link list}, which decides its chunk. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- made anew with the list, never changed
  readonly #positions = $derived(new Map(this.list.map((event, i) => [event.id, i])));

  /** Loads every event's listed fields, when the page did not bring them all (once at a time). */
  load(fetcher: typeof fetch = fetch): Promise<void> {
    if (this.ready) return Promise.resolve();
    this.#listLoading ??= this.#loadList(fetcher).finally(() => (this.#listLoading = undefined));
    return this.#listLoading;
  }

  async #loadList(fetcher: typeof fetch): Promise<void> {
    try {
      const json = await fetchJson(fetcher, resolve('/data/event-list.json'));
      this.list = fromEventList(json);
      // What the search index is checked against, as the list states it.
      this.#listChecksum = (json as { checksum?: unknown }).checksum;
      this.ready = true;
      this.failure = undefined;
    } catch (error) {
      this.failure = `could not load the event list: ${(error as Error).message}`;
      console.error(`Chronik: ${this.failure}`);
    }
  }

  /** The texts of an event, if loaded (see {@link request}). */
  details(id: string): EventDetails | undefined {
    return this.#details.get(id);
  }

  /** Loads the chunk that holds an event's texts, once; resolves when they are there. */
  request(id: string, fetcher: typeof fetch = fetch): Promise<void> {
    if (this.#details.has(id)) return Promise.resolve();
    const position = this.#positions.get(id);
    if (position === undefined) return Promise.resolve();
    const n = Math.floor(position / EVENT_CHUNK_SIZE);
    let loading = this.#chunks.get(n);
    if (!loading) {
      loading = this.#loadChunk(n, fetcher);
      this.#chunks.set(n, loading);
    }
    return loading;
  }

  async #loadChunk(n: number, fetcher: typeof fetch): Promise<void> {
    const url = resolve('/data/chunks/[lang=lang]/[chunk].json', {
      lang: this.#inputs.lang,
      chunk: String(n),
    });
    try {
      const chunk = (await fetchJson(fetcher, url)) as Partial<EventChunk> | null;
      if (
        chunk?.format !== EVENT_CHUNK_FORMAT.format ||
        chunk.version !== EVENT_CHUNK_FORMAT.version ||
        !Array.isArray(chunk.details)
      ) {
        throw new Error(
          `not an event chunk of version ${EVENT_CHUNK_FORMAT.version} (format "${String(chunk?.format)}", version ${String(chunk?.version)}); rebuild the site so data and pages match`,
        );
      }
      for (const details of chunk.details) this.#details.set(details.event.id, details);
    } catch (error) {
      // Forget the failure, so that showing the event again tries again.
      this.#chunks.delete(n);
      console.error(`Chronik: could not load ${url}: ${(error as Error).message}`);
    }
  }

  /**
   * The ids of the events that match a query, or `undefined` while what the search needs is
   * loading ({@link loadSearch}). Reactive: it answers once the parts arrive.
   */
  find(query: string): ReadonlySet<string> | undefined {
    if (this.#memory) return this.#memory(query);
    const search = this.#search;
    return this.#table && this.#loader && search
      ? search.searchInParts(this.#table, this.#loader.parts, query)
      : undefined;
  }

  /**
   * Makes the search ready for a query: built from the page's events when the page brought
   * them all; otherwise the parts of the build's index the words need, each once, together
   * with its table of contents (`SearchIndexLoader`), once the event list is here (the index
   * names events by their position in it).
   */
  async loadSearch(query: string, fetcher: typeof fetch = fetch): Promise<void> {
    this.#searchLoading ??= import('@chronik/events/search');
    const search = (this.#search = await this.#searchLoading);
    if (this.#inputs.preview.length === this.#inputs.total) {
      const events = this.#inputs.preview.map((details) => details.event);
      this.#memory ??= search.createEventSearch({ events, actors: this.#inputs.actors });
      return;
    }
    await this.load(fetcher);
    if (!this.ready) return; // the failure is the event list's, and said
    this.#loader ??= new search.SearchIndexLoader({
      url: resolve('/data/search-index.json'),
      ids: this.list.map((event) => event.id),
      fetchJson: (url) => fetchJson(fetcher, url),
      parts: new SvelteMap<string, SearchPart>(),
      checksum: this.#listChecksum,
    });
    try {
      await this.#loader.load(query);
      this.#table = this.#loader.index;
    } catch (error) {
      this.failure = `could not load the search index: ${(error as Error).message}`;
      console.error(`Chronik: ${this.failure}`);
    }
  }
}
