import { readFile } from 'node:fs/promises';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { event, eventInput } from './__fixtures__/events.js';
import { EVENT_CHUNK_FORMAT, type EventChunk } from './event-chunk.js';
import type { EventChunkSchema } from './event-chunk-schema.js';
import { createEventIndex, toEventSummary } from './event-index.js';
import { toEventList, type EventListJson } from './event-list.js';
import type { EventListJsonSchema } from './event-list-schema.js';
import { toDatasetExport } from './export.js';
import { getJsonSchemas } from './json-schema.js';
import { renderMarkdown } from './markdown.js';
import { DEFAULT_DATA_DIR, SCHEMA_DIR, loadDataset, readDataFiles } from './node.js';
import { toSearchIndex, type SearchIndexJson, type SearchPartJson } from './search-index.js';
import type { SearchIndexJsonSchema, SearchPartJsonSchema } from './search-index-schema.js';

// An independent validator: the published JSON Schemas must accept exactly what our data
// files are, whatever zod thinks.
function createAjv() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  return ajv;
}

const SCHEMA_FOR: Record<string, string> = {
  'dataset.yaml': 'dataset.schema.json',
  'categories.yaml': 'categories.schema.json',
  'actors.yaml': 'actors.schema.json',
  'jurisdictions.yaml': 'jurisdictions.schema.json',
};

describe('JSON Schemas', () => {
  const schemas = getJsonSchemas();

  it.each(Object.keys(schemas))('schema/%s is committed and up to date', async (name) => {
    const committed: unknown = JSON.parse(await readFile(`${SCHEMA_DIR}${name}`, 'utf8'));
    // If this fails: run `pnpm --filter @chronik/events build` and commit schema/.
    expect(committed).toEqual(schemas[name]);
  });

  it('accepts every data file', async () => {
    const ajv = createAjv();
    const files = await readDataFiles(DEFAULT_DATA_DIR);
    expect(files.length).toBeGreaterThan(4);
    for (const file of files) {
      const schemaName = file.path.startsWith('events/')
        ? 'event.schema.json'
        : SCHEMA_FOR[file.path];
      if (!schemaName) continue;
      const validate = ajv.compile(schemas[schemaName]!);
      const text =
        typeof file.contents === 'string' ? file.contents : new TextDecoder().decode(file.contents);
      const data: unknown = parse(text);
      const valid = validate(data);
      expect({ file: file.path, errors: valid ? [] : validate.errors }).toEqual({
        file: file.path,
        errors: [],
      });
    }
  });

  it.each([
    ['an unknown field', { ...eventInput(), sumary: 'x' }],
    ['a missing language', { ...eventInput(), title: { de: 'Titel' } }],
    ['a malformed date', { ...eventInput(), date: { start: '23-07-11', precision: 'day' } }],
    ['no sources', { ...eventInput(), sources: [] }],
    [
      'a javascript: URL',
      {
        ...eventInput(),
        sources: [{ url: 'javascript:alert(1)', title: 'x', publisher: 'x', lang: 'en' }],
      },
    ],
    ['a title of 301 characters', { ...eventInput(), title: { de: 'x'.repeat(301), en: 'x' } }],
    ['an id of 121 characters', { ...eventInput(), id: 'a'.repeat(121) }],
  ])('rejects an event with %s', (_, data) => {
    const validate = createAjv().compile(schemas['event.schema.json']!);
    expect(validate(data)).toBe(false);
  });

  it('publishes the length limits of the event texts', () => {
    // Read the limits where an editor reads them: the properties of event.schema.json.
    type Node = { properties?: Record<string, Node>; items?: Node; maxLength?: number };
    const event = schemas['event.schema.json'] as Node;
    const at = (...path: string[]) =>
      path.reduce<Node | undefined>(
        (node, key) => (key === '[]' ? node?.items : node?.properties?.[key]),
        event,
      )?.maxLength;
    expect({
      id: at('id'),
      title: [at('title', 'de'), at('title', 'en')],
      summary: [at('summary', 'de'), at('summary', 'en')],
      notes: [at('notes', 'de'), at('notes', 'en')],
      sourceUrl: at('sources', '[]', 'url'),
      sourceTitle: at('sources', '[]', 'title'),
      sourcePublisher: at('sources', '[]', 'publisher'),
      relatedId: at('related', '[]', 'id'),
    }).toEqual({
      id: 120,
      title: [300, 300],
      summary: [5_000, 5_000],
      notes: [20_000, 20_000],
      sourceUrl: 2_000,
      sourceTitle: 500,
      sourcePublisher: 300,
      relatedId: 120,
    });
  });

  it('publishes the length limits of the texts of the registries and change logs', () => {
    type Node = { properties?: Record<string, Node>; items?: Node; maxLength?: number };
    const limit = (name: string, ...path: string[]) =>
      path.reduce<Node | undefined>(
        (node, key) => (key === '[]' ? node?.items : node?.properties?.[key]),
        schemas[name] as Node,
      )?.maxLength;
    const both = (name: string, ...path: string[]) => {
      const [de, en] = [limit(name, ...path, 'de'), limit(name, ...path, 'en')];
      return de === en ? de : [de, en];
    };
    expect({
      categoryLabel: both('categories.schema.json', '[]', 'label'),
      categoryDescription: both('categories.schema.json', '[]', 'description'),
      actorName: both('actors.schema.json', '[]', 'name'),
      jurisdictionName: both('jurisdictions.schema.json', '[]', 'name'),
      threadLabel: both('threads.schema.json', '[]', 'label'),
      threadDescription: both('threads.schema.json', '[]', 'description'),
      datasetTitle: both('dataset.schema.json', 'title'),
      datasetDescription: both('dataset.schema.json', 'description'),
      licenceId: limit('dataset.schema.json', 'license', 'id'),
      licenceName: limit('dataset.schema.json', 'license', 'name'),
      publisher: limit('dataset.schema.json', 'publisher'),
      version: limit('dataset.schema.json', 'changes', '[]', 'version'),
      versionNote: both('dataset.schema.json', 'changes', '[]', 'note'),
      eventChangeNote: both('event.schema.json', 'changes', '[]', 'note'),
    }).toEqual({
      categoryLabel: 100,
      categoryDescription: 2_000,
      actorName: 300,
      jurisdictionName: 300,
      threadLabel: 100,
      threadDescription: 2_000,
      datasetTitle: 300,
      datasetDescription: 2_000,
      licenceId: 100,
      licenceName: 300,
      publisher: 300,
      version: 50,
      versionNote: 5_000,
      eventChangeNote: 5_000,
    });
  });

  it('describes the export, and the export of the curated data passes it', async () => {
    const result = await loadDataset({ now: new Date('2026-12-02T00:00:00Z') });
    if (!result.dataset) throw new Error('the curated data should be valid');
    const document = JSON.parse(
      JSON.stringify(
        toDatasetExport({ dataset: result.dataset, generatedAt: new Date('2026-11-29T10:00:00Z') }),
      ),
    ) as unknown;
    const validate = createAjv().compile(schemas['export.schema.json']!);
    expect(validate.errors ?? validate(document)).toBe(true);
    expect(validate({ ...(document as object), extra: 1 })).toBe(false);
  });
});

describe("the JSON Schemas of the site's own files", () => {
  const schemas = getJsonSchemas();
  // As JSON.parse gives them to a reader.
  const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
  const validatorFor = (name: string) => {
    const validate = createAjv().compile(schemas[name]!);
    return (value: unknown) => (validate(value) ? [] : validate.errors);
  };

  it('compile in strict mode: every keyword is one Ajv knows', () => {
    for (const [name, schema] of Object.entries(schemas)) {
      const ajv = new Ajv2020({ strict: true });
      addFormats.default(ajv);
      expect(() => ajv.compile(schema), name).not.toThrow();
    }
  });

  it("describe what the site writes: the types of the writers, and the curated data's event list, search index, its parts and detail chunks", async () => {
    // The writers are typed by the interfaces, the published schemas made from zod: a change
    // to one without the other fails `check` here. (The list's interface writes its columns as
    // an intersection, which expect-type tells apart from the same fields in one object.)
    type Columns = EventListJson['events'];
    type FlatList = {
      [K in keyof EventListJson]: K extends 'events'
        ? { [C in keyof Columns]: Columns[C] }
        : EventListJson[K];
    };
    expectTypeOf<z.output<typeof EventListJsonSchema>>().toEqualTypeOf<FlatList>();
    expectTypeOf<z.output<typeof SearchIndexJsonSchema>>().toEqualTypeOf<SearchIndexJson>();
    expectTypeOf<z.output<typeof SearchPartJsonSchema>>().toEqualTypeOf<SearchPartJson>();
    expectTypeOf<z.output<typeof EventChunkSchema>>().toEqualTypeOf<EventChunk>();

    const { dataset } = await loadDataset({ now: new Date('2026-12-02T00:00:00Z') });
    if (!dataset) throw new Error('the curated data should be valid');
    const list = toEventList(dataset.events, {
      datasetVersion: dataset.info.version,
      title: dataset.info.title,
      categories: dataset.categories,
    });
    expect(validatorFor('event-list.schema.json')(asJson(list))).toEqual([]);
    // Without the optional fields, as other writers may leave them out.
    const bare = toEventList(dataset.events, { datasetVersion: dataset.info.version });
    delete bare.checksum;
    expect(validatorFor('event-list.schema.json')(asJson(bare))).toEqual([]);

    const { index, parts } = toSearchIndex({ events: dataset.events, actors: dataset.actors });
    expect(validatorFor('search-index.schema.json')(asJson(index))).toEqual([]);
    const part = validatorFor('search-part.schema.json');
    expect(parts.length).toBeGreaterThan(10);
    // Both forms of a word's events: the differences, and bitmaps (for words in many events).
    const forms = new Set(parts.flatMap((p) => p.terms.map(([, events]) => typeof events)));
    expect([...forms].sort()).toEqual(['object', 'string']);
    expect(parts.map((p) => ({ key: p.key, errors: part(asJson(p)) }))).toEqual(
      parts.map((p) => ({ key: p.key, errors: [] })),
    );

    // A chunk as the site writes it (`apps/web`, `$lib/server/event-details.ts`).
    const eventIndex = createEventIndex(dataset.events);
    const chunk: EventChunk = {
      ...EVENT_CHUNK_FORMAT,
      lang: 'en',
      first: 0,
      details: dataset.events.map((event) => ({
        event,
        html: {
          summary: renderMarkdown(event.summary.en),
          ...(event.notes ? { notes: renderMarkdown(event.notes.en) } : {}),
        },
        related: eventIndex
          .getRelated(event.id)
          .map((link) => ({ ...link, event: toEventSummary(link.event) })),
      })),
    };
    expect(chunk.details.some((d) => d.related.length > 0)).toBe(true);
    expect(validatorFor('event-chunk.schema.json')(asJson(chunk))).toEqual([]);
  });

  const list = () =>
    asJson(toEventList([event()], { datasetVersion: '1.0.0' })) as Record<string, unknown>;
  const events = (patch: Record<string, unknown>) => {
    const value = list();
    return { ...value, events: { ...(value.events as object), ...patch } };
  };

  it.each([
    ['another version', () => ({ ...list(), version: 2 })],
    ['an unknown field', () => ({ ...list(), extra: 1 })],
    ['no ids', () => ({ ...list(), ids: undefined })],
    ['a malformed start', () => events({ start: ['11.07.2023'] })],
    ['an end of null', () => events({ end: [null] })],
    ['a precision beyond the list', () => events({ precision: [5] })],
    ['a flag of true', () => events({ verified: [true] })],
    ['importance 0', () => events({ importance: [0] })],
    ['an empty title', () => events({ titleEn: [''] })],
    ['a reference that is not a position', () => events({ categories: [['politics']] })],
    ['a malformed checksum', () => ({ ...list(), checksum: 'xyz' })],
  ])('the event list schema refuses %s', (_, make) => {
    expect(validatorFor('event-list.schema.json')(asJson(make()))).not.toEqual([]);
  });

  it.each([
    [
      'search-index.schema.json',
      {
        format: 'chronik-search-index',
        version: 2,
        events: { count: 0, checksum: '811c9dc5' },
        parts: [],
      },
    ],
    [
      'search-index.schema.json',
      { format: 'chronik-search-index', version: 3, events: { count: 0 }, parts: [] },
    ],
    [
      'search-index.schema.json',
      {
        format: 'chronik-search-index',
        version: 3,
        events: { count: 0, checksum: '811c9dc5' },
        parts: ['abc'],
      },
    ],
    [
      'search-part.schema.json',
      { format: 'chronik-search-part', version: 3, key: 'si', terms: [['sicherheit', [0]]] },
    ],
    [
      'search-part.schema.json',
      { format: 'chronik-search-part', version: 4, key: 'si', terms: [['sicherheit']] },
    ],
    [
      'search-part.schema.json',
      { format: 'chronik-search-part', version: 4, key: 'si', terms: [['sicherheit', [0, -1]]] },
    ],
    [
      'search-part.schema.json',
      { format: 'chronik-search-part', version: 4, key: 'si', terms: [['sicherheit', [0], 'x']] },
    ],
    [
      'search-part.schema.json',
      { format: 'chronik-search-part', version: 4, key: 'si', terms: [['sicherheit', 'B!==']] },
    ],
    [
      'search-part.schema.json',
      { format: 'chronik-search-part', version: 4, key: 'si', terms: [['sicherheit', 'BQ']] },
    ],
    ['event-chunk.schema.json', { ...EVENT_CHUNK_FORMAT, lang: 'fr', first: 0, details: [] }],
    ['event-chunk.schema.json', { ...EVENT_CHUNK_FORMAT, lang: 'de', first: -50, details: [] }],
    [
      'event-chunk.schema.json',
      {
        ...EVENT_CHUNK_FORMAT,
        lang: 'de',
        first: 0,
        details: [{ event: asJson(event()), html: { summary: '<p>x</p>' } }],
      },
    ],
  ])('%s refuses %j', (name, value) => {
    expect(validatorFor(name)(value)).not.toEqual([]);
  });
});
