import { describe, expect, it } from 'vitest';
import { EventSchema, type Actor } from './schema.js';
import { createEventSearch, foldText, loadEventSearch, toSearchIndex } from './search.js';

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
// The index the site writes at build time, read back as a browser does (through JSON).
const loaded = loadEventSearch(
  JSON.parse(JSON.stringify(toSearchIndex({ events: EVENTS, actors: ACTORS }))),
);

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

  it('refuses a serialised index of another version, with the fix', () => {
    const index = toSearchIndex({ events: EVENTS, actors: ACTORS });
    expect(() => loadEventSearch({ ...index, version: 9 })).toThrow(
      'not a Chronik search index of version 1 (format "chronik-search-index", version 9); rebuild the site so index and pages match',
    );
    expect(() => loadEventSearch(undefined)).toThrow(/format "undefined"/);
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
