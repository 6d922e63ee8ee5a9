import { describe, expect, it } from 'vitest';
import { event } from './__fixtures__/events.js';
import { filterEvents, type EventFilter } from './filter.js';

const EVENTS = [
  event({
    id: 'dsk',
    date: { start: '2022-11-24', precision: 'day' },
    title: {
      de: 'Datenschutzkonferenz zu Microsoft 365',
      en: 'Data protection conference on Microsoft 365',
    },
    summary: { de: 'Nicht nachweisbar.', en: 'Cannot be demonstrated.' },
    categories: ['data-protection', 'legal'],
    actors: ['dsk', 'microsoft'],
    jurisdictions: ['DE'],
  }),
  event({
    id: 'storm',
    date: { start: '2023-07-11', precision: 'day' },
    title: { de: 'Signaturschlüssel gestohlen', en: 'Signing key stolen' },
    summary: { de: 'Einbruch in E-Mail-Konten.', en: 'Email intrusion.' },
    categories: ['security'],
    actors: ['microsoft', 'storm-0558'],
    jurisdictions: ['US', 'INT'],
  }),
  event({
    id: 'ionos',
    date: { start: '2024-03', precision: 'season' },
    title: { de: 'Großauftrag für IONOS', en: 'Large contract for IONOS' },
    summary: { de: 'Souveränität.', en: 'Sovereignty.' },
    categories: ['procurement-strategy', 'sovereign-alternatives'],
    actors: ['ionos'],
    jurisdictions: ['DE'],
    verified: false,
    notes: { de: 'Tag unbekannt.', en: 'Day unknown.' },
  }),
  event({
    id: 'summit',
    date: { start: '2026-12-01', precision: 'day' },
    title: { de: 'Gipfel', en: 'Summit' },
    categories: ['politics'],
    jurisdictions: ['EU'],
    status: 'scheduled',
    sources: [
      {
        url: 'https://example.org/straße',
        title: 'x',
        publisher: 'Süddeutsche Zeitung',
        lang: 'de',
      },
    ],
  }),
];

const ids = (filter: EventFilter) => filterEvents(EVENTS, filter).map((e) => e.id);

describe('filterEvents', () => {
  it.each<[string, EventFilter, string[]]>([
    ['no options', {}, ['dsk', 'storm', 'ionos', 'summit']],
    ['any category', { categories: ['legal', 'security'] }, ['dsk', 'storm']],
    ['all categories', { categories: ['data-protection', 'legal'], categoryMatch: 'all' }, ['dsk']],
    [
      'all categories, none has both',
      { categories: ['legal', 'security'], categoryMatch: 'all' },
      [],
    ],
    ['empty category list', { categories: [] }, ['dsk', 'storm', 'ionos', 'summit']],
    ['actors', { actors: ['microsoft'] }, ['dsk', 'storm']],
    ['jurisdictions', { jurisdictions: ['DE', 'EU'] }, ['dsk', 'ionos', 'summit']],
    ['status', { status: 'scheduled' }, ['summit']],
    ['verified only', { verified: true }, ['dsk', 'storm', 'summit']],
    ['unverified only', { verified: false }, ['ionos']],
    ['from a year', { from: '2023' }, ['storm', 'ionos', 'summit']],
    ['to a month (inclusive)', { to: '2023-07' }, ['dsk', 'storm']],
    ['to a day before the event', { to: '2023-07-10' }, ['dsk']],
    ['window overlapping a season', { from: '2024-05-31', to: '2024-05-31' }, ['ionos']],
    ['window after the season', { from: '2024-06' }, ['summit']],
    ['combined', { categories: ['data-protection', 'security'], jurisdictions: ['US'] }, ['storm']],
  ])('%s', (_, filter, expected) => {
    expect(ids(filter)).toEqual(expected);
  });

  it('throws on a date that does not exist, naming the option', () => {
    expect(() => filterEvents(EVENTS, { from: 'banana' })).toThrow(
      /filterEvents: from "banana" is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD/,
    );
    expect(() => filterEvents(EVENTS, { to: '2024-02-30' })).toThrow(
      /filterEvents: to "2024-02-30"/,
    );
  });
});
