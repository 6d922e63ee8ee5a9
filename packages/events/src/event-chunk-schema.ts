/**
 * The zod schema of a detail chunk (`event-chunk.ts`), from which `getJsonSchemas` makes
 * `event-chunk.schema.json`. Apart from the format's module because it loads zod, which the
 * explorer, reading the chunks' format name, has no need of.
 *
 * @module
 */
import { z } from 'zod';
import { EventDateSchema } from './schema/dates.js';
import { EventSchema, RelationSchema } from './schema/event.js';
import { LocalizedTextSchema, SlugSchema } from './schema/rules.js';
import { EVENT_CHUNK_FORMAT } from './event-chunk.js';
import { LANGUAGES } from './vocabulary.js';

/** `/data/chunks/<lang>/<n>.json`: the details of one stretch of the event list. */
export const EventChunkSchema = z
  .strictObject({
    format: z.literal(EVENT_CHUNK_FORMAT.format),
    version: z
      .literal(EVENT_CHUNK_FORMAT.version)
      .meta({ description: 'Version of the chunk format; readers refuse other versions' }),
    lang: z.enum(LANGUAGES).meta({ description: 'The language the texts are rendered in' }),
    first: z.int().min(0).meta({
      description:
        "Position of the chunk's first event in the event list (`/data/event-list.json`): chunk n starts at n × the list's `chunkSize`",
    }),
    details: z
      .array(
        z
          .strictObject({
            event: EventSchema.meta({ description: 'The whole event, as in the export' }),
            html: z
              .strictObject({
                summary: z.string().meta({ description: 'The summary in `lang`, as HTML' }),
                notes: z.string().optional().meta({
                  description: 'The notes in `lang`, as HTML; present when the event has notes',
                }),
              })
              .meta({ description: 'The texts rendered from Markdown at build time' }),
            related: z
              .array(
                z.strictObject({
                  type: RelationSchema.shape.type,
                  direction: z.enum(['outgoing', 'incoming']).meta({
                    description:
                      '`outgoing`: this event names the other in its `related`; `incoming`: the other names this one',
                  }),
                  event: z
                    .strictObject({
                      id: SlugSchema,
                      date: EventDateSchema,
                      title: LocalizedTextSchema,
                    })
                    .meta({ description: 'What a link to the other event shows' }),
                }),
              )
              .meta({ description: "The event's connections in both directions" }),
          })
          .meta({ description: 'An event with what the explorer shows of it when opened' }),
      )
      .meta({ description: 'The events in the order of the event list' }),
  })
  .meta({
    title: 'Chronik event chunk',
    description:
      'The full events of one stretch of the event list, with their texts rendered in one language (`/data/chunks/<lang>/<n>.json`)',
  });
