/**
 * The widget's requests for a site's search index, in its own file: fetching a JSON document,
 * and asking for what the first words need before the search module has arrived.
 *
 * @module
 */

/** Fetches and parses a JSON document without cookies, or throws naming the HTTP status. */
export async function fetchJson(url: string, signal?: AbortSignal): Promise<unknown> {
  const response = await fetch(url, { signal, credentials: 'omit' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
}

/**
 * The addresses a search for `query` asks for first, from the table of contents' address:
 * the table, and the part of each word of two characters or more (none when a word has one:
 * its parts are those the table lists). The same as `searchPartsFor(undefined, query)` and
 * `searchPartPath` of `@chronik/events/search`, which a test holds them to. Written again here,
 * in the widget's own file, so that they can be requested together with the search module
 * rather than once it has arrived; imported, they would become a chunk that both files share,
 * which the search file would import by an address that misses a query string the host page
 * gave the widget's file (`chronik-timeline.js?v=2`), loading the widget twice.
 */
export function searchRequests(url: string, query: string): string[] {
  const keys = new Set<string>();
  for (const word of query.split(/[\n\r\p{Z}\p{P}]+/u)) {
    const chars = Array.from(
      word
        .toLowerCase()
        .replace(/ß/g, 'ss')
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, ''),
    );
    if (chars.length === 1) return [url];
    if (chars.length > 1) keys.add(chars[0]! + chars[1]!);
  }
  const folder = url.slice(0, url.lastIndexOf('/') + 1);
  return [url].concat(
    [...keys]
      .sort()
      .map(
        (key) =>
          `${folder}search-index/${Array.from(key, (c) => c.codePointAt(0)!.toString(16)).join('-')}.json`,
      ),
  );
}

/**
 * Requests {@link searchRequests} for a query, to be handed to the `WidgetSearch` made
 * when the search module arrives, which takes each from here instead of asking again.
 */
export function requestEarly(url: string, query: string): Map<string, Promise<unknown>> {
  const requests = new Map<string, Promise<unknown>>();
  for (const address of searchRequests(url, query)) {
    const request = fetchJson(address);
    // Not waited for until the search asks for it; a failure is reported then.
    request.catch(() => {});
    requests.set(address, request);
  }
  return requests;
}
