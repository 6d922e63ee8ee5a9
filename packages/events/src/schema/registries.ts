/**
 * The registries events refer to (categories, actors, jurisdictions, storylines) and the
 * dataset's description, each one YAML file beside `events/`.
 *
 * @module
 */
import { z } from 'zod';
import { ACTOR_KINDS, SHAPES } from '../vocabulary.js';
import { IsoDaySchema } from './dates.js';
import {
  ChangeNoteSchema,
  HttpUrlSchema,
  SlugSchema,
  createLocalizedLineSchema,
  createTextSchema,
  noControlCharacters,
  rule,
  type IssueParams,
} from './rules.js';

// The longest texts, in characters: as for events (`event.ts`), at least twice the longest in
// the curated data when they were set (category label 25, storyline label 38, actor name
// 132, jurisdiction name 22, description 244, dataset title 37, publisher 20, licence name 46),
// so that a contributor meets them only with text that is not a label or a description.
// Labels name lanes, legends and filters, and must stay short there. Stated in the JSON
// Schema and in CONTRIBUTING.md.
const MAX_LABEL = 100;
const MAX_NAME = 300;
const MAX_DESCRIPTION = 2_000;
const MAX_DATASET_TITLE = 300;
const MAX_PUBLISHER = 300;
const MAX_LICENCE_ID = 100;
const MAX_LICENCE_NAME = 300;
const MAX_VERSION = 50;

const HEX_COLOUR = z
  .string()
  .superRefine(noControlCharacters())
  .superRefine(
    rule((value) =>
      /^#[0-9a-fA-F]{6}$/.test(value)
        ? undefined
        : {
            message: `"${value}" is not a colour in the form #RRGGBB`,
            fix: 'write the colour as # and six hex digits, e.g. #0072B2',
          },
    ),
  )
  .meta({ pattern: '^#[0-9a-fA-F]{6}$' });

/** A category in `data/categories.yaml`. */
export const CategorySchema = z
  .strictObject({
    id: SlugSchema,
    label: createLocalizedLineSchema(MAX_LABEL),
    description: createLocalizedLineSchema(MAX_DESCRIPTION),
    color: HEX_COLOUR.meta({ description: 'Colour on light backgrounds (#RRGGBB)' }),
    colorDark: HEX_COLOUR.meta({ description: 'Colour on dark backgrounds (#RRGGBB)' }),
    shape: z.enum(SHAPES).meta({ description: 'Marker shape, so colour is never the only cue' }),
  })
  .meta({ description: 'An event category' });

/** An actor in `data/actors.yaml`: an organisation, body or person that takes part in events. */
export const ActorSchema = z
  .strictObject({
    id: SlugSchema,
    name: createLocalizedLineSchema(MAX_NAME),
    kind: z.enum(ACTOR_KINDS),
    url: HttpUrlSchema.optional().meta({ description: 'Official web site' }),
  })
  .meta({ description: 'An organisation, body or person that takes part in events' });

const JURISDICTION_CODE = /^[A-Z]{2,3}(?:-[A-Z0-9]{1,3})?$/;

/** A jurisdiction in `data/jurisdictions.yaml`, e.g. `DE`, `DE-SH`, `EU`, `UK-SCT`. */
export const JurisdictionSchema = z
  .strictObject({
    id: z
      .string()
      .superRefine(noControlCharacters())
      .superRefine(
        rule((value) =>
          JURISDICTION_CODE.test(value)
            ? undefined
            : {
                message: `"${value}" is not a jurisdiction code`,
                fix: 'use an upper-case ISO 3166 code with optional subdivision (DE, DE-SH, UK-SCT) or EU, INT',
              },
        ),
      )
      .meta({ pattern: JURISDICTION_CODE.source }),
    name: createLocalizedLineSchema(MAX_NAME),
  })
  .meta({ description: 'A jurisdiction: a country, a subdivision or a union' });

function registryOf<T extends z.ZodType<{ id: string }>>(item: T, what: string) {
  return z.array(item).superRefine((items, ctx) => {
    const seen = new Map<string, number>();
    items.forEach((entry, index) => {
      const first = seen.get(entry.id);
      if (first === undefined) seen.set(entry.id, index);
      else
        ctx.addIssue({
          code: 'custom',
          path: [index, 'id'],
          input: entry.id,
          message: `${what} id "${entry.id}" is used twice (also entry ${first + 1})`,
          params: { fix: `give each ${what} its own id` } satisfies IssueParams,
        });
    });
  });
}

/** A storyline in `data/threads.yaml`: events that belong to one story across categories. */
export const ThreadSchema = z
  .strictObject({
    id: SlugSchema,
    label: createLocalizedLineSchema(MAX_LABEL),
    description: createLocalizedLineSchema(MAX_DESCRIPTION),
  })
  .meta({
    description: 'A storyline: events of one story across categories, e.g. "Portal launch"',
  });

/** `data/categories.yaml`: the list of categories. */
export const CategoriesFileSchema = registryOf(CategorySchema, 'category').meta({
  title: 'Chronik categories',
});
/** `data/actors.yaml`: the actor registry. */
export const ActorsFileSchema = registryOf(ActorSchema, 'actor').meta({ title: 'Chronik actors' });
/** `data/threads.yaml`: the storylines. */
export const ThreadsFileSchema = registryOf(ThreadSchema, 'thread').meta({
  title: 'Chronik threads',
});
/** `data/jurisdictions.yaml`: the jurisdiction registry. */
export const JurisdictionsFileSchema = registryOf(JurisdictionSchema, 'jurisdiction').meta({
  title: 'Chronik jurisdictions',
});

/** `data/dataset.yaml`: what the dataset is, its version and licence. */
export const DatasetInfoSchema = z
  .strictObject({
    id: SlugSchema,
    version: z
      .string()
      .superRefine(noControlCharacters())
      .superRefine(
        rule((value) =>
          /^\d+\.\d+\.\d+$/.test(value)
            ? undefined
            : {
                message: `"${value}" is not a version number`,
                fix: 'use semantic versioning, e.g. 1.2.0',
              },
        ),
      )
      .meta({ pattern: '^\\d+\\.\\d+\\.\\d+$' }),
    title: createLocalizedLineSchema(MAX_DATASET_TITLE),
    description: createLocalizedLineSchema(MAX_DESCRIPTION),
    license: z.strictObject({
      id: createTextSchema({ max: MAX_LICENCE_ID }).meta({
        description: `SPDX identifier of the licence, e.g. \`CC-BY-4.0\`; at most ${MAX_LICENCE_ID} characters`,
      }),
      name: createTextSchema({ max: MAX_LICENCE_NAME }).meta({
        description: `Full name of the licence; at most ${MAX_LICENCE_NAME} characters`,
      }),
      url: HttpUrlSchema,
    }),
    publisher: createTextSchema({ max: MAX_PUBLISHER }).meta({
      description: `Who publishes the dataset; at most ${MAX_PUBLISHER} characters`,
    }),
    changes: z
      .array(
        z.strictObject({
          version: createTextSchema({ max: MAX_VERSION }).meta({
            description: `The version published, e.g. \`1.2.0\`; at most ${MAX_VERSION} characters`,
          }),
          date: IsoDaySchema.meta({ description: 'The day it was published, never after today' }),
          note: ChangeNoteSchema,
        }),
      )
      .default([])
      .meta({
        description: 'Change log of the dataset: one entry per published version, newest last',
      }),
  })
  .meta({ title: 'Chronik dataset', description: 'What the dataset is, its version and licence' });
