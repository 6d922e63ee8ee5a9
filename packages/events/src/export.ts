import { z } from 'zod';
import type { Dataset } from './dataset.js';
import {
  ActorSchema,
  CategorySchema,
  DatasetInfoSchema,
  EventSchema,
  JurisdictionSchema,
  ThreadSchema,
} from './schema.js';

/** Version of the export format itself (not of the data); bumped on breaking changes. */
export const EXPORT_FORMAT_VERSION = 1;

/** Where the site publishes the JSON Schema of the export, relative to the site root. */
export const EXPORT_SCHEMA_PATH = '/schema/export.schema.json';

/** The header of a JSON export: what the data is, which version, under which licence. */
export const ExportHeaderSchema = z
  .strictObject({
    ...DatasetInfoSchema.shape,
    format: z.literal(EXPORT_FORMAT_VERSION).meta({ description: 'Export format version' }),
    generatedAt: z.iso.datetime().meta({ description: 'When the export was made (UTC)' }),
    schema: z.string().meta({ description: 'URL of the JSON Schema this document follows' }),
    eventCount: z.int().min(0),
    view: z
      .strictObject({
        url: z.string().meta({ description: 'Address of the view the events were chosen in' }),
        accessed: z.iso.date().meta({ description: 'Day the view was downloaded (YYYY-MM-DD)' }),
        citation: z.string().meta({ description: 'How to cite the download, with the licence' }),
      })
      .optional()
      .meta({ description: 'Present when the export holds the events of one view, not all' }),
  })
  .meta({ description: 'What the data is, its version and licence' });

/** A whole dataset as one JSON document, as written by `chronik export --format json`. */
export const DatasetExportSchema = z
  .strictObject({
    dataset: ExportHeaderSchema,
    categories: z.array(CategorySchema),
    actors: z.array(ActorSchema),
    jurisdictions: z.array(JurisdictionSchema),
    threads: z.array(ThreadSchema),
    events: z.array(EventSchema).meta({ description: 'All events in chronological order' }),
  })
  .meta({ title: 'Chronik dataset export' });

/** A whole dataset as one JSON document. */
export type DatasetExport = z.output<typeof DatasetExportSchema>;

/**
 * Builds the JSON export of a dataset: a `dataset` header (version, time of export, licence,
 * schema URL) followed by the registries and the events in chronological order.
 *
 * @param options.generatedAt - the time of export (the caller's clock)
 * @param options.schemaUrl - where readers find the JSON Schema
 * @default options.schemaUrl {@link EXPORT_SCHEMA_PATH}
 */
export function toDatasetExport(options: {
  dataset: Dataset;
  generatedAt: Date;
  schemaUrl?: string;
}): DatasetExport {
  const { dataset } = options;
  return {
    dataset: {
      ...dataset.info,
      format: EXPORT_FORMAT_VERSION,
      generatedAt: options.generatedAt.toISOString(),
      schema: options.schemaUrl ?? EXPORT_SCHEMA_PATH,
      eventCount: dataset.events.length,
    },
    categories: dataset.categories,
    actors: dataset.actors,
    jurisdictions: dataset.jurisdictions,
    threads: dataset.threads,
    events: dataset.events,
  };
}
