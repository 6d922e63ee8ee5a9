import { z } from 'zod';
import { EventChunkSchema } from './event-chunk-schema.js';
import { EventListJsonSchema } from './event-list-schema.js';
import { DatasetExportSchema } from './export.js';
import {
  ActorsFileSchema,
  CategoriesFileSchema,
  DatasetInfoSchema,
  EventSchema,
  JurisdictionsFileSchema,
  ThreadsFileSchema,
} from './schema.js';
import { SearchIndexJsonSchema, SearchPartJsonSchema } from './search-index-schema.js';

/**
 * The JSON Schemas of every file format, generated from the zod schemas. Data files are
 * described as written (`io: 'input'`: fields with defaults are optional); the export and the
 * files a site publishes for its pages and the widget (the event list, the detail chunks, the
 * search index and its parts) as produced (`io: 'output'`: defaults filled in).
 *
 * Checks that JSON Schema cannot express (30 February, precision matching the date, ids
 * existing in other files) are only made by `parseDataset`.
 */
export function getJsonSchemas(): Record<string, Record<string, unknown>> {
  const input = (schema: z.ZodType) =>
    z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  const output = (schema: z.ZodType) =>
    z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' });
  return {
    'event.schema.json': input(EventSchema),
    'categories.schema.json': input(CategoriesFileSchema),
    'actors.schema.json': input(ActorsFileSchema),
    'jurisdictions.schema.json': input(JurisdictionsFileSchema),
    'threads.schema.json': input(ThreadsFileSchema),
    'dataset.schema.json': input(DatasetInfoSchema),
    // Parts used more than once (texts in two languages, dates, sources) become $defs, which
    // keeps the schema, and the validator the widget compiles from it, small.
    'export.schema.json': z.toJSONSchema(DatasetExportSchema, {
      io: 'output',
      unrepresentable: 'any',
      reused: 'ref',
    }),
    'event-list.schema.json': output(EventListJsonSchema),
    // Whole events inline, unlike the export: no widget compiles this one, and people read it.
    'event-chunk.schema.json': output(EventChunkSchema),
    'search-index.schema.json': output(SearchIndexJsonSchema),
    'search-part.schema.json': output(SearchPartJsonSchema),
  };
}
