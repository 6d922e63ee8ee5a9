import { z } from 'zod';
import { DatasetExportSchema } from './export.js';
import {
  ActorsFileSchema,
  CategoriesFileSchema,
  DatasetInfoSchema,
  EventSchema,
  JurisdictionsFileSchema,
  ThreadsFileSchema,
} from './schema.js';

/**
 * The JSON Schemas of every file format, generated from the zod schemas. Data files are
 * described as written (`io: 'input'`: fields with defaults are optional); the export as
 * produced (`io: 'output'`: defaults filled in).
 *
 * Checks that JSON Schema cannot express (30 February, precision matching the date, ids
 * existing in other files) are only made by `parseDataset`.
 */
export function getJsonSchemas(): Record<string, Record<string, unknown>> {
  const input = (schema: z.ZodType) =>
    z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
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
  };
}
