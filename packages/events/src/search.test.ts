import { describe, expect, it } from 'vitest';
import { EventSchema, type Actor } from './schema.js';
import { createEventSearch, foldText } from './search.js';

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
const search = createEventSearch({
  events: [
    event('storm', 'Gestohlener Signaturschlüssel', 'Stolen signing key'),
    event('edps', 'Entscheidung zu Microsoft 365', 'Decision on Microsoft 365', ['edps']),
    event('ionos', 'Souveränität an der Straße', 'Sovereignty in the street', ['ionos']),
  ],
  actors: ACTORS,
});

describe('createEventSearch', () => {
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
