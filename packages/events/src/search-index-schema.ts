/**
 * The zod schemas of the search index's files (`search-index.ts`), from which
 * `getJsonSchemas` makes `search-index.schema.json` and `search-part.schema.json`. Apart from
 * the index's module because they load zod, which the widget's search must not carry.
 *
 * What JSON Schema cannot say, `readSearchIndex` and `readSearchPart` check: the index was
 * built for the event list beside it, and every position names one of its events.
 *
 * @module
 */
import { z } from 'zod';
import { INDEX_FORMAT, PART_FORMAT } from './internal/search-formats.js';

/** A part's key: the first one or two characters (code points) of its words. */
const KEY = z.string().regex(/^.{1,2}$/u);

/** `/data/search-index.json`: the table of contents of the search index. */
export const SearchIndexJsonSchema = z
  .strictObject({
    format: z.literal(INDEX_FORMAT.format),
    version: z
      .literal(INDEX_FORMAT.version)
      .meta({ description: 'Version of the index format; readers refuse other versions' }),
    events: z
      .strictObject({
        count: z.int().min(0).meta({ description: 'How many events the list has' }),
        checksum: z
          .string()
          .regex(/^[0-9a-f]{8}$/)
          .meta({ description: "The checksum of the list's ids, as the event list's `checksum`" }),
      })
      .meta({
        description:
          'The events the parts name by position: those of `/data/event-list.json`, in its order',
      }),
    parts: z.array(KEY).meta({
      description:
        "Each part's key (the first two characters of its words, or the one of a one-character word), sorted; the part of a key lies at `search-index/<the key's code points in hexadecimal, joined by ->.json` beside this file",
    }),
  })
  .meta({
    title: 'Chronik search index',
    description:
      'The table of contents of the search index the site built for its event list (`/data/search-index.json`)',
  });

/** `/data/search-index/<key>.json`: the words of one key and the events that contain them. */
export const SearchPartJsonSchema = z
  .strictObject({
    format: z.literal(PART_FORMAT.format),
    version: z
      .literal(PART_FORMAT.version)
      .meta({ description: 'Version of the part format; readers refuse other versions' }),
    key: KEY.meta({ description: 'The first two characters of every word in the part' }),
    terms: z
      .array(
        z
          .tuple([
            z.string().min(1).meta({ description: 'The word, folded (lower case, no accents)' }),
            z
              .union([
                z.array(z.int().min(0)).meta({
                  description:
                    'The positions in the event list of the events that contain the word, ascending, each written as its difference from the one before (the first from 0)',
                }),
                z
                  .string()
                  .regex(/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/)
                  .meta({
                    description:
                      'The same as a bitmap in Base64, for a word in many events: one bit per event of the list, the event at position i in bit i % 8 (least significant first) of byte ⌊i / 8⌋, the last byte filled with zeros',
                  }),
              ])
              .meta({
                description:
                  'The events that contain the word, in whichever of the two forms is shorter',
              }),
          ])
          .meta({ description: 'A word and the events that contain it' }),
      )
      .meta({ description: 'The words, sorted' }),
  })
  .meta({
    title: 'Chronik search index part',
    description:
      'The words beginning with one key and the events that contain them (`/data/search-index/<key>.json`)',
  });
