import * as search from '@chronik/events/search';
import { describe, expect, it } from 'vitest';
import { searchRequests } from './search-requests.js';

const BASE = 'https://chronik.example/data/';

describe('searchRequests', () => {
  it('names what the search asks for first, as @chronik/events/search does', () => {
    const url = `${BASE}search-index.json`;
    const queries = [
      'Mittelberg',
      'signing key',
      'Souveränität, Straße!',
      'ÄRGER über Öl',
      'microsoft-cloud (Delos)',
      '  E-Mail\n\tEU ',
      'a Microsoft',
      'x',
      '',
      '… – ?',
      'Ǆemal ﬁnal ²',
      '😀 emoji 🇩🇪',
      'Iñtërnâtiônàlizætiøn',
      'ß',
      'ẞe Maß',
    ];
    for (const query of queries) {
      const keys = search.searchPartsFor(undefined, query);
      expect(searchRequests(url, query), query).toEqual([
        url,
        ...(keys ?? []).map((key) => BASE + search.searchPartPath(key)),
      ]);
    }
  });

  it('asks only for the table while a word has one character', () => {
    expect(searchRequests('/data/search-index.json', 'EU x')).toEqual(['/data/search-index.json']);
  });
});
