import { describe, expect, it } from 'vitest';
import { EventSchema, type Actor } from './schema.js';
import {
  checksumIds,
  createEventSearch,
  foldText,
  readSearchIndex,
  readSearchPart,
  SearchIndexLoader,
  searchInParts,
  searchPartPath,
  searchPartsFor,
  toSearchIndex,
  type SearchPart,
} from './search.js';

const event = (id: string, de: string, en: string, actors: string[] = []) =>
  EventSchema.parse({
    id,
    date: { start: '2024', precision: 'year' },
    title: { de, en },
    summary: { de: 'Zusammenfassung', en: 'Summary' },
    categories: ['security'],
    actors,
    sources: [{ url: 'https://example.org/', title: 'x', publisher: 'heise online', lang: 'de' }],
  });

const ACTORS: Actor[] = [
  {
    id: 'edps',
    name: { de: 'Europäischer Datenschutzbeauftragter', en: 'European Data Protection Supervisor' },
    kind: 'authority',
  },
];
const EVENTS = [
  event('storm', 'Gestohlener Signaturschlüssel', 'Stolen signing key'),
  event('edps', 'Entscheidung zu Microsoft 365', 'Decision on Microsoft 365', ['edps']),
  event('ionos', 'Souveränität an der Straße', 'Sovereignty in the street', ['ionos']),
];
const search = createEventSearch({ events: EVENTS, actors: ACTORS });
// The index the site writes at build time, read back as a browser does (through JSON): the
// table of contents, then every part a query needs.
const written = JSON.parse(
  JSON.stringify(toSearchIndex({ events: EVENTS, actors: ACTORS })),
) as ReturnType<typeof toSearchIndex>;
const IDS = EVENTS.map((e) => e.id);
const index = readSearchIndex(written.index, IDS);
/** The events a part gives for a word, decoded. */
const positionsOf = (part: SearchPart, word: string) => {
  const postings = part.get(word)!;
  return typeof postings === 'function' ? postings() : postings;
};
const partOf = (key: string) => written.parts.find((part) => part.key === key);
const loaded = (query: string) => {
  const parts = new Map<string, SearchPart>();
  expect(searchInParts(index, parts, query) === undefined).toBe(
    searchPartsFor(index, query)!.length > 0,
  );
  for (const key of searchPartsFor(index, query)!) {
    parts.set(key, readSearchPart(partOf(key), index, key));
  }
  return searchInParts(index, parts, query)!;
};

describe('createEventSearch, and the same index written at build time and read back', () => {
  it.each([
    ['Signaturschlüssel', ['storm']],
    ['signing key', ['storm']],
    ['signaturschlussel', ['storm']],
    ['Signatur', ['storm']],
    ['Supervisor', ['edps']],
    ['Datenschutzbeauftragter', ['edps']],
    ['heise', ['storm', 'edps', 'ionos']],
    ['stolen decision', []],
    ['souveranitat', ['ionos']],
    ['strasse', ['ionos']],
    ['ionos', ['ionos']],
    ['Signaturschlüsel', ['storm']],
    ['key', ['storm']],
  ])('%s finds %j', (query, ids) => {
    expect([...search(query)].sort()).toEqual([...ids].sort());
    expect([...loaded(query)].sort()).toEqual([...ids].sort());
  });

  it('does not forgive a typo in the first two letters (each part holds one pair)', () => {
    expect([...search('Sgnaturschlüssel')]).toEqual([]);
    expect([...loaded('Sgnaturschlüssel')]).toEqual([]);
    expect([...search('...')]).toEqual([]);
  });
});

describe('the published index', () => {
  it('is a table of contents and one part per first two letters, written the same every time', () => {
    expect(written.index.events).toEqual({ count: 3, checksum: checksumIds(IDS) });
    expect(written.index.parts.slice(0, 4)).toEqual(['36', 'an', 'da', 'de']);
    expect(partOf('si')).toEqual({
      format: 'chronik-search-part',
      version: 4,
      key: 'si',
      // "signaturschlussel" and "signing" are in event 0; "microsoft" is not here.
      terms: [
        ['signaturschlussel', [0]],
        ['signing', [0]],
      ],
    });
    expect(toSearchIndex({ events: EVENTS, actors: ACTORS })).toEqual(written);
  });

  it('names each part after its key, so a word finds its part without the table', () => {
    expect(searchPartPath('si')).toBe('search-index/73-69.json');
    expect(searchPartPath('36')).toBe('search-index/33-36.json');
    expect(searchPartPath('äö')).toBe('search-index/e4-f6.json');
    expect(searchPartPath('𝔸b')).toBe('search-index/1d538-62.json');
    // Before the table: the keys of words of two letters or more, even those without a part;
    // a single letter needs the table.
    expect(searchPartsFor(undefined, 'Signatur Key zzz')).toEqual(['ke', 'si', 'zz']);
    expect(searchPartsFor(undefined, 'Signatur e')).toBeUndefined();
  });

  it('needs one part per word, and for a single letter every part it begins', () => {
    expect(searchPartsFor(index, 'Signatur Key')).toEqual(['ke', 'si']);
    expect(searchPartsFor(index, 'zzz')).toEqual([]);
    expect(searchPartsFor(index, 'e')).toEqual(['en', 'eu']);
    // "Entscheidung", "Europäischer", "European": the one event with words beginning with e.
    expect([...loaded('e')]).toEqual(['edps']);
    expect([...search('e')]).toEqual(['edps']);
  });

  it('checksums ids in their order', () => {
    expect(checksumIds([])).toBe('811c9dc5');
    // FNV-1a of the bytes "a\n" (as Python's reference computation gives it).
    expect(checksumIds(['a'])).toBe('2524c6d2');
    expect(checksumIds(['a', 'b'])).not.toBe(checksumIds(['b', 'a']));
    expect(checksumIds(['ab'])).not.toBe(checksumIds(['a', 'b']));
  });

  it('refuses another version, other events, another part or an event out of range, with the fix', () => {
    expect(() => readSearchIndex({ ...written.index, version: 2 }, IDS)).toThrow(
      'not a Chronik search index of version 3 (format "chronik-search-index", version 2); rebuild the site so the index and its parts match',
    );
    expect(() => readSearchIndex(undefined, IDS)).toThrow(/format "undefined"/);
    expect(() => readSearchIndex({ ...written.index, parts: [1] }, IDS)).toThrow(/\(parts\)/);
    expect(() => readSearchIndex(written.index, [...IDS].reverse())).toThrow(
      /built for other events \(3 events, checksum [0-9a-f]{8}\) than the event list \(3 events, checksum [0-9a-f]{8}\); rebuild the site/,
    );
    expect(() => readSearchIndex(written.index, IDS.slice(1))).toThrow(
      /than the event list \(2 events/,
    );
    expect(() => readSearchPart(partOf('si'), index, 'ke')).toThrow(
      'key "si" where "ke" was asked for',
    );
    const bad = { ...partOf('si')!, terms: [['signing', [0, 3]]] };
    expect(() => readSearchPart(bad, index, 'si')).toThrow('the word "signing" names event 3');
    expect(() => readSearchPart({ ...partOf('si'), version: 3 }, index, 'si')).toThrow(
      'not a Chronik search index part of version 4 (format "chronik-search-part", version 3); rebuild the site',
    );
    // Bitmaps: three events take one byte, four characters of Base64.
    const bitmap = (postings: unknown) => ({ ...partOf('si')!, terms: [['signing', postings]] });
    expect(() => readSearchPart(bitmap('CA=='), index, 'si')).toThrow(
      'the word "signing" names event 3',
    );
    expect(() => readSearchPart(bitmap('BQ'), index, 'si')).toThrow(
      'the word "signing" has no bitmap of 3 events in Base64',
    );
    expect(() => readSearchPart(bitmap('B!=='), index, 'si')).toThrow(
      'the word "signing" has no bitmap of 3 events in Base64',
    );
    expect(() => readSearchPart(bitmap(undefined), index, 'si')).toThrow(
      'the word "signing" has no events',
    );
    expect(positionsOf(readSearchPart(bitmap('BQ=='), index, 'si'), 'signing')).toEqual([0, 2]);
    expect(() => readSearchPart(bitmap('/w=='), index, 'si')).toThrow(
      'the word "signing" names event 7',
    );
  });

  it('writes the events of a word as a bitmap where that is shorter, and reads both back', () => {
    // 40 events: a bitmap is 5 bytes, 8 characters of Base64 and 2 quotes.
    const many = Array.from({ length: 40 }, (_, i) =>
      event(`e${i}`, i % 3 === 0 ? 'Cloud Rat' : 'Cloud', i === 5 ? 'Cloud solo' : 'Cloud'),
    );
    const ids = many.map((e) => e.id);
    const { index: toc, parts } = JSON.parse(
      JSON.stringify(toSearchIndex({ events: many, actors: [] })),
    ) as ReturnType<typeof toSearchIndex>;
    const terms = new Map(parts.flatMap((part) => part.terms));
    // "cloud" in all 40 (bits 0–39 set); "rat" in 0, 3, …, 39 (14 events: [0,3,3,…] is longer).
    expect(terms.get('cloud')).toBe('//////8=');
    expect(terms.get('rat')).toBe(btoa(String.fromCharCode(0x49, 0x92, 0x24, 0x49, 0x92)));
    // In one event, the differences are shorter than a bitmap.
    expect(terms.get('solo')).toEqual([5]);
    const read = readSearchIndex(toc, ids);
    const part = (key: string) =>
      readSearchPart(
        parts.find((p) => p.key === key),
        read,
        key,
      );
    expect(positionsOf(part('cl'), 'cloud')).toEqual(ids.map((_, i) => i));
    expect(positionsOf(part('ra'), 'rat')).toEqual(Array.from({ length: 14 }, (_, i) => i * 3));
    expect(positionsOf(part('so'), 'solo')).toEqual([5]);
    const loadedParts = new Map(['cl', 'ra', 'so'].map((key) => [key, part(key)]));
    expect([...searchInParts(read, loadedParts, 'cloud rat')!]).toEqual(
      ids.filter((_, i) => i % 3 === 0),
    );
    expect([...searchInParts(read, loadedParts, 'rat solo')!]).toEqual([]);
    expect([...searchInParts(read, loadedParts, 'cloud solo')!]).toEqual(['e5']);
  });
});

describe('SearchIndexLoader', () => {
  const BASE = 'https://chronik.example/data/search-index.json';
  /** A served copy of the index: the files by URL, and the URLs asked for, in order. */
  function serve(files = new Map<string, unknown>()) {
    files.set(BASE, written.index);
    for (const part of written.parts) {
      files.set(new URL(searchPartPath(part.key), BASE).href, part);
    }
    const asked: string[] = [];
    const fetchJson = (url: string) => {
      asked.push(url.replace('https://chronik.example/data/', ''));
      return url.includes('fail') || !files.has(url)
        ? Promise.reject(new Error('HTTP 404'))
        : Promise.resolve(files.get(url));
    };
    return { files, asked, fetchJson };
  }

  it('asks for the parts of the words together with the table, each file once', async () => {
    const { asked, fetchJson } = serve();
    const loader = new SearchIndexLoader({ url: BASE, ids: IDS, fetchJson });
    await loader.load('Signatur zzz');
    // The part of "zzz" does not exist: asked for before the table said so, and not an error.
    expect(asked).toEqual([
      'search-index/73-69.json',
      'search-index/7a-7a.json',
      'search-index.json',
    ]);
    expect([...loader.parts.keys()]).toEqual(['si']);
    expect(searchInParts(loader.index!, loader.parts, 'Signatur zzz')).toEqual(new Set());
    expect(searchInParts(loader.index!, loader.parts, 'Signatur')).toEqual(new Set(['storm']));
    // A single letter: the parts it begins, now that the table tells which.
    await loader.load('s');
    expect(asked.slice(3)).toEqual([
      'search-index/73-6f.json',
      'search-index/73-74.json',
      'search-index/73-75.json',
    ]);
    await loader.load('Signatur s');
    expect(asked).toHaveLength(6);
  });

  it('says which file failed, and asks for it again with the next words', async () => {
    const { files, asked, fetchJson } = serve();
    const table = files.get(BASE);
    files.delete(BASE);
    const loader = new SearchIndexLoader({ url: BASE, ids: IDS, fetchJson });
    await expect(loader.load('heise')).rejects.toThrow(`${BASE}: HTTP 404`);
    files.set(BASE, table);
    const si = new URL(searchPartPath('si'), BASE).href;
    const part = files.get(si);
    files.delete(si);
    await expect(loader.load('Signatur')).rejects.toThrow(`${si}: HTTP 404`);
    files.set(si, part);
    await loader.load('Signatur');
    expect(searchInParts(loader.index!, loader.parts, 'Signatur')).toEqual(new Set(['storm']));
    expect(asked.filter((url) => url === 'search-index.json')).toHaveLength(2);
    expect(asked.filter((url) => url.endsWith('73-69.json'))).toHaveLength(2);
  });

  it('refuses an index built for other events', async () => {
    const { fetchJson } = serve();
    const loader = new SearchIndexLoader({ url: BASE, ids: ['other'], fetchJson });
    await expect(loader.load('heise')).rejects.toThrow(/built for other events/);
  });

  it('takes the checksum the event list states, and computes it when that is malformed', async () => {
    const { fetchJson } = serve();
    // The stated checksum is what ties list and index, not the ids the loader was given.
    const stated = new SearchIndexLoader({
      url: BASE,
      ids: IDS,
      fetchJson,
      checksum: checksumIds(['other']),
    });
    await expect(stated.load('heise')).rejects.toThrow(/built for other events/);
    for (const checksum of ['nonsense', 12345678, 'AA175A92', undefined]) {
      const loader = new SearchIndexLoader({ url: BASE, ids: IDS, fetchJson, checksum });
      await loader.load('Signatur');
      expect(searchInParts(loader.index!, loader.parts, 'Signatur')).toEqual(new Set(['storm']));
    }
  });
});

describe('foldText', () => {
  it.each([
    ['Souveränität', 'souveranitat'],
    ['Straße', 'strasse'],
    ['Wiewiórowski', 'wiewiorowski'],
    ['ÉCOLE', 'ecole'],
  ])('%s → %s', (input, output) => {
    expect(foldText(input)).toBe(output);
  });
});
