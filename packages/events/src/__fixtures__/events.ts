import { stringify } from 'yaml';
import { EventSchema, type ChronikEvent, type ChronikEventInput } from '../schema.js';
import type { DataFile } from '../dataset.js';

/** A valid event as written in a file; override fields to build test cases. */
export function eventInput(overrides: Partial<ChronikEventInput> = {}): ChronikEventInput {
  return {
    id: 'test-event',
    date: { start: '2024-06-27', precision: 'day' },
    title: { de: 'Titel', en: 'Title' },
    summary: { de: 'Zusammenfassung.', en: 'Summary.' },
    categories: ['politics'],
    actors: ['osba'],
    jurisdictions: ['DE'],
    sources: [{ url: 'https://example.org/a', title: 'A', publisher: 'Example', lang: 'en' }],
    ...overrides,
  };
}

/** A checked event (defaults filled in) for query tests. */
export function event(overrides: Partial<ChronikEventInput> = {}): ChronikEvent {
  return EventSchema.parse(eventInput(overrides));
}

/** The YAML text of an event file. */
export function eventYaml(overrides: Partial<ChronikEventInput> = {}): string {
  return stringify(eventInput(overrides));
}

const REGISTRIES: DataFile[] = [
  {
    path: 'dataset.yaml',
    contents: stringify({
      id: 'test',
      version: '1.0.0',
      title: { de: 'Test', en: 'Test' },
      description: { de: 'Testdaten', en: 'Test data' },
      license: {
        id: 'CC-BY-4.0',
        name: 'Creative Commons Attribution 4.0 International',
        url: 'https://creativecommons.org/licenses/by/4.0/',
      },
      publisher: 'Tests',
    }),
  },
  {
    path: 'categories.yaml',
    contents: stringify(
      ['politics', 'security', 'data-protection'].map((id, index) => ({
        id,
        label: { de: id, en: id },
        description: { de: id, en: id },
        color: '#0072B2',
        colorDark: '#4EA8E0',
        shape: ['circle', 'triangle', 'square'][index],
      })),
    ),
  },
  {
    path: 'actors.yaml',
    contents: stringify([
      { id: 'osba', name: { de: 'OSBA', en: 'OSBA' }, kind: 'association' },
      { id: 'microsoft', name: { de: 'Microsoft', en: 'Microsoft' }, kind: 'company' },
    ]),
  },
  {
    path: 'threads.yaml',
    contents: stringify([
      {
        id: 'delos-cloud',
        label: { de: 'Delos Cloud', en: 'Delos Cloud' },
        description: { de: 'x', en: 'x' },
      },
    ]),
  },
  {
    path: 'jurisdictions.yaml',
    contents: stringify([
      { id: 'DE', name: { de: 'Deutschland', en: 'Germany' } },
      { id: 'EU', name: { de: 'EU', en: 'EU' } },
    ]),
  },
];

/** A complete, valid data directory with the given event files added. */
export function dataFiles(events: Record<string, string | Uint8Array>): DataFile[] {
  return [
    ...REGISTRIES,
    ...Object.entries(events).map(([name, contents]) => ({ path: `events/${name}`, contents })),
  ];
}
