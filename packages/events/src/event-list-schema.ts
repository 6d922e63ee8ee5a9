/**
 * The zod schema of the compact event list (`event-list.ts`), from which `getJsonSchemas`
 * makes `event-list.schema.json`. Apart from the list's module because it loads zod: the
 * widget reads the list with `fromEventList` and must not carry a schema library (its size
 * is budgeted).
 *
 * What JSON Schema cannot say, `fromEventList` checks: every column has one value per event,
 * and every position names an entry of `ids`.
 *
 * @module
 */
import { z } from 'zod';
import { EVENT_LIST_FORMAT } from './event-list.js';
import { PRECISIONS } from './partial-date.js';
import { PartialDateSchema } from './schema/dates.js';
import { CategorySchema, DatasetInfoSchema } from './schema/registries.js';
import { LocalizedTextSchema, SlugSchema } from './schema/rules.js';
import { EVIDENCE_LEVELS, STATUSES } from './vocabulary.js';

/** A position in a list of `values`, described as such. */
const positionIn = (values: readonly string[], what: string) =>
  z
    .int()
    .min(0)
    .max(values.length - 1)
    .meta({ description: `${what}, as its position in [${values.join(', ')}]` });

const column = <T extends z.ZodType>(value: T, description: string) =>
  z.array(value).meta({ description: `Each event's ${description}` });

/** A column of references: for each event, positions in one of the `ids` lists. */
const references = (field: string) =>
  column(
    z.array(z.int().min(0)),
    `${field}, as positions in \`ids.${field}\` (in the order the event names them)`,
  );

/** `/data/event-list.json`: every event's listed fields, one array per field. */
export const EventListJsonSchema = z
  .strictObject({
    format: z.literal(EVENT_LIST_FORMAT.format),
    version: z
      .literal(EVENT_LIST_FORMAT.version)
      .meta({ description: 'Version of the list format; readers refuse other versions' }),
    datasetVersion: DatasetInfoSchema.shape.version.meta({
      description: 'The version of the dataset the list was made from',
    }),
    chunkSize: z.int().min(1).meta({
      description:
        'How many events each detail chunk holds (`/data/chunks/<lang>/<n>.json`: the events at positions n × chunkSize up to (n + 1) × chunkSize)',
    }),
    title: LocalizedTextSchema.optional().meta({ description: "The dataset's title" }),
    categories: z.array(CategorySchema).optional().meta({
      description:
        'The category registry in its order (labels, colours, shapes), for a page that draws the list on its own',
    }),
    ids: z
      .strictObject({
        categories: z.array(SlugSchema),
        actors: z.array(SlugSchema),
        jurisdictions: z.array(z.string()),
        threads: z.array(SlugSchema),
      })
      .meta({
        description:
          'The registry ids the events name, each written once; the reference columns of `events` give positions in these lists',
      }),
    checksum: z
      .string()
      .regex(/^[0-9a-f]{8}$/)
      .optional()
      .meta({
        description:
          'Checksum of `events.id` (32-bit FNV-1a over the ids, each followed by a line break, as eight hexadecimal digits), as the search index beside the list names it',
      }),
    events: z
      .strictObject({
        id: column(SlugSchema, 'id'),
        start: column(PartialDateSchema, 'start (YYYY, YYYY-MM or YYYY-MM-DD)'),
        end: column(
          z.union([PartialDateSchema, z.literal('')]),
          'end, or "" when the event has none',
        ),
        precision: column(positionIn(PRECISIONS, 'precision'), 'date precision'),
        approximate: column(z.literal([0, 1]), 'approximate date: 1 when only approximately known'),
        verified: column(z.literal([0, 1]), 'confirmation: 1 when confirmed'),
        status: column(positionIn(STATUSES, 'status'), 'status'),
        importance: column(z.int().min(1).max(3), 'importance: 1 (landmark) to 3 (detail)'),
        evidence: column(positionIn(EVIDENCE_LEVELS, 'evidence level'), 'evidence level'),
        sources: column(z.int().min(0), 'number of sources'),
        titleDe: column(z.string().min(1), 'German title'),
        titleEn: column(z.string().min(1), 'English title'),
        categories: references('categories'),
        actors: references('actors'),
        jurisdictions: references('jurisdictions'),
        threads: references('threads'),
      })
      .meta({
        description:
          'One array per field, each with one value per event, all in the same order (chronological)',
      }),
  })
  .meta({
    title: 'Chronik event list',
    description:
      'Every event of a dataset with what a page needs to list, filter, sort and draw it, columnar (`/data/event-list.json`)',
  });
