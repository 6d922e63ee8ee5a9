import { describe, expect, it } from 'vitest';
import { EventSchema, type Actor } from './schema.js';
import {
  createEventSearch,
  foldText,
  readSearchIndex,
  readSearchPart,
  searchInParts,
  searchIndexPartsFor,
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
const index = readSearchIndex(written.index);
const loaded = (query: string) => {
  const parts = new Map<number, SearchPart>();
  expect(searchInParts(index, parts, query) === undefined).toBe(
    searchIndexPartsFor(index, query).length > 0,
  );
  for (const n of searchIndexPartsFor(index, query))
    parts.set(n, readSearchPart(written.parts[n], index, n));
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
    expect(written.index.ids).toEqual(['storm', 'edps', 'ionos']);
    expect(written.index.parts.slice(0, 4)).toEqual(['36', 'an', 'da', 'de']);
    expect(written.parts[written.index.parts.indexOf('si')]).toEqual({
      format: 'chronik-search-part',
      version: 2,
      key: 'si',
      // "signaturschlussel" and "signing" are in event 0; "microsoft" is not here.
      terms: [
        ['signaturschlussel', [0]],
        ['signing', [0]],
      ],
    });
    expect(toSearchIndex({ events: EVENTS, actors: ACTORS })).toEqual(written);
  });

  it('needs one part per word, and for a single letter every part it begins', () => {
    const part = (key: string) => written.index.parts.indexOf(key);
    expect(searchIndexPartsFor(index, 'Signatur Key')).toEqual(
      [part('ke'), part('si')].sort((a, b) => a - b),
    );
    expect(searchIndexPartsFor(index, 'zzz')).toEqual([]);
    expect(searchIndexPartsFor(index, 'e').map((n) => written.index.parts[n])).toEqual([
      'en',
      'eu',
    ]);
    // "Entscheidung", "Europäischer", "European": the one event with words beginning with e.
    expect([...loaded('e')]).toEqual(['edps']);
    expect([...search('e')]).toEqual(['edps']);
  });

  it('refuses another version, another part or an event out of range, with the fix', () => {
    expect(() => readSearchIndex({ ...written.index, version: 1 })).toThrow(
      'not a Chronik search index of version 2 (format "chronik-search-index", version 1); rebuild the site so the index and its parts match',
    );
    expect(() => readSearchIndex(undefined)).toThrow(/format "undefined"/);
    expect(() => readSearchIndex({ ...written.index, ids: [1] })).toThrow(/\(ids\)/);
    const si = written.index.parts.indexOf('si');
    expect(() => readSearchPart(written.parts[si], index, si + 1)).toThrow(
      /key "si" where part \d+ is/,
    );
    const bad = { ...written.parts[si]!, terms: [['signing', [0, 3]]] };
    expect(() => readSearchPart(bad, index, si)).toThrow('the word "signing" names event 3');
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
