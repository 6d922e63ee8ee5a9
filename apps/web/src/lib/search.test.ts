import { describe, expect, it } from 'vitest';
import { EventSchema, type Actor } from '@chronik/events';
import { createSearchIndex } from './search';

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
const search = createSearchIndex({
  events: [
    event('storm', 'Gestohlener Signaturschlüssel', 'Stolen signing key'),
    event('edps', 'Entscheidung zu Microsoft 365', 'Decision on Microsoft 365', ['edps']),
  ],
  actors: ACTORS,
});

describe('createSearchIndex', () => {
  it.each([
    ['Signaturschlüssel', ['storm']],
    ['signing key', ['storm']],
    ['signaturschlussel', ['storm']],
    ['Signatur', ['storm']],
    ['Supervisor', ['edps']],
    ['Datenschutzbeauftragter', ['edps']],
    ['heise', ['storm', 'edps']],
    ['stolen decision', []],
  ])('%s finds %j', (query, ids) => {
    expect([...search(query)].sort()).toEqual([...ids].sort());
  });
});
