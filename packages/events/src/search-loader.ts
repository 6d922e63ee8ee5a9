/**
 * Fetching a site's published search index (see `search.ts`): what the widget and the
 * explorer share, so that both ask for each file once, and as early as they can.
 *
 * @module
 */
import {
  checksumIds,
  readSearchIndex,
  readSearchPart,
  searchPartPath,
  searchPartsFor,
  type SearchIndex,
  type SearchPart,
} from './search-index.js';

/**
 * Fetches what queries need from a published index, each file once and as early as it can:
 * the part a word needs at the same time as the table of contents (its name follows from the
 * word), the table once, and what failed again with the next words. The caller reads
 * {@link index} after {@link load} and finds with {@link searchInParts} over {@link parts}
 * (pass a reactive map to be told when parts arrive).
 *
 * @public
 */
export class SearchIndexLoader {
  /** The table of contents, once loaded. */
  index: SearchIndex | undefined;
  /** The parts loaded so far, by key. */
  readonly parts: Map<string, SearchPart>;
  #url: string;
  #ids: readonly string[];
  #fetchJson: (url: string) => Promise<unknown>;
  #table: Promise<SearchIndex> | undefined;
  #checksum: string | undefined;
  #requests = new Map<string, Promise<unknown>>();

  /**
   * @param options.url - the table of contents' address; the parts lie beside it
   * @param options.ids - the ids of the event list's events, in its order
   * @param options.fetchJson - fetches and parses a JSON document, or throws
   * @param options.parts - where to keep the parts (e.g. a `SvelteMap`) @default a new Map
   * @param options.checksum - the ids' checksum as the event list states it (its `checksum`),
   *   which spares computing it at the first search; anything but eight hexadecimal digits
   *   is ignored and the checksum computed
   */
  constructor(options: {
    url: string;
    ids: readonly string[];
    fetchJson: (url: string) => Promise<unknown>;
    parts?: Map<string, SearchPart>;
    checksum?: unknown;
  }) {
    this.#url = options.url;
    this.#ids = options.ids;
    const { checksum } = options;
    if (typeof checksum === 'string' && /^[0-9a-f]{8}$/.test(checksum)) this.#checksum = checksum;
    this.#fetchJson = options.fetchJson;
    this.parts = options.parts ?? new Map<string, SearchPart>();
  }

  /**
   * Loads what a query needs that is not here yet.
   *
   * @throws Error naming the file that could not be loaded or read; the next call tries again.
   */
  async load(query: string): Promise<void> {
    // Before the table is here, the words of two characters or more name their parts: ask
    // for them at once (one that does not exist fails unseen; the table then says so).
    if (!this.index) {
      for (const key of searchPartsFor(undefined, query) ?? []) void this.#request(key);
    }
    if (!this.#table) {
      const table = this.#fetchJson(this.#url);
      // Made while the requests are under way, rather than after the table arrives.
      const checksum = (this.#checksum ??= checksumIds(this.#ids));
      this.#table = table.then(
        (json) => readSearchIndex(json, this.#ids, checksum),
        (error: unknown) => {
          throw new Error(`${this.#url}: ${(error as Error).message}`);
        },
      );
    }
    let index: SearchIndex;
    try {
      index = this.index = await this.#table;
    } catch (error) {
      this.#table = undefined;
      throw error;
    }
    const missing = searchPartsFor(index, query)!.filter((key) => !this.parts.has(key));
    await Promise.all(
      missing.map(async (key) => {
        try {
          const json = await this.#request(key);
          if (!this.parts.has(key)) this.parts.set(key, readSearchPart(json, index, key));
        } catch (error) {
          this.#requests.delete(key);
          throw error;
        }
      }),
    );
  }

  #request(key: string): Promise<unknown> {
    let request = this.#requests.get(key);
    if (!request) {
      // Beside the table (whose address may be absolute or start at the site's root).
      const url = this.#url.slice(0, this.#url.lastIndexOf('/') + 1) + searchPartPath(key);
      request = this.#fetchJson(url).catch((error: unknown) => {
        throw new Error(`${url}: ${(error as Error).message}`);
      });
      // Asked for early, a part may never be waited for; its failure is not an error then.
      request.catch(() => {});
      this.#requests.set(key, request);
    }
    return request;
  }
}
