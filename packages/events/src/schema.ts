/**
 * The one source of truth for Chronik's data: every file under `data/` is checked against
 * these schemas, the TypeScript types are inferred from them, and the published JSON Schemas
 * are generated from them (`scripts/write-json-schemas.js`).
 *
 * Checks that need more than one file (does this category exist? is this id unique?) live in
 * `dataset.ts`; checks that need the clock live there too, because this module never reads it.
 *
 * @module
 */
import { z } from 'zod';
import {
  PARTIAL_DATE_PATTERN,
  PRECISIONS,
  QUARTER_START_MONTHS,
  SEASON_START_MONTHS,
  getFormForPrecision,
  getPeriod,
  toPartialDateParts,
  type Precision,
} from './partial-date.js';
import { ACTOR_KINDS, RELATION_TYPES, SHAPES, STATUSES } from './vocabulary.js';

/** Extra data carried by our own issues so that every problem can say how to fix it. */
export interface IssueParams {
  fix: string;
}

/** What a failed rule reports: the problem and how to fix it. */
export interface RuleFailure {
  message: string;
  fix: string;
}

/**
 * Turns a rule into a zod refinement whose issues carry a fix. zod drops `params` on its
 * built-in checks (`regex`, `min`), so every check with a specific fix is written this way;
 * patterns are repeated in `.meta({ pattern })` so the JSON Schema still has them.
 */
function rule<T>(test: (value: T) => RuleFailure | undefined) {
  return (value: T, ctx: z.RefinementCtx<T>) => {
    const failure = test(value);
    if (failure) {
      ctx.addIssue({
        code: 'custom',
        message: failure.message,
        input: value,
        params: { fix: failure.fix } satisfies IssueParams,
      });
    }
  };
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A kebab-case identifier: lower-case letters, digits and single hyphens. */
export const SlugSchema = z
  .string()
  .superRefine(
    rule((value) =>
      SLUG.test(value)
        ? undefined
        : {
            message: `"${value}" is not a kebab-case id`,
            fix: `use lower-case letters, digits and single hyphens, e.g. "${toSlug(value) || 'storm-0558'}"`,
          },
    ),
  )
  .meta({
    pattern: SLUG.source,
    description: 'kebab-case identifier, e.g. `2023-07-11-storm-0558-signing-key-theft`',
  });

/** A best-effort kebab-case version of any text, for suggestions and for new file names. */
export function toSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/ß/g, 'ss')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const nonEmptyText = z
  .string()
  .trim()
  .min(1, { error: 'is empty' })
  .meta({ description: 'Non-empty text' });

/** A text given in German and in English. Both are required. */
export const LocalizedTextSchema = z
  .strictObject({
    de: nonEmptyText.meta({ description: 'German text' }),
    en: nonEmptyText.meta({ description: 'English text' }),
  })
  .meta({ description: 'The same text in German (`de`) and English (`en`); both are required.' });

/**
 * A calendar date written as `YYYY`, `YYYY-MM` or `YYYY-MM-DD` that exists (no 30 February).
 */
export const PartialDateSchema = z
  .string()
  .superRefine(
    rule((value) => {
      const result = toPartialDateParts(value);
      return result.ok ? undefined : result;
    }),
  )
  .meta({ pattern: PARTIAL_DATE_PATTERN, description: 'A date as YYYY, YYYY-MM or YYYY-MM-DD' });

/** A full calendar day, `YYYY-MM-DD`. */
export const IsoDaySchema = z
  .string()
  .superRefine(
    rule((value) => {
      const result = toPartialDateParts(value);
      if (!result.ok) return result;
      return result.parts.form === 'day'
        ? undefined
        : { message: `"${value}" is not a full day`, fix: 'write the day as YYYY-MM-DD' };
    }),
  )
  .meta({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'A calendar day as YYYY-MM-DD' });

/** How precisely an event's start is known. */
export const PrecisionSchema = z.enum(PRECISIONS).meta({
  description:
    'How precisely the start is known: `day` (YYYY-MM-DD), `month` (YYYY-MM), `quarter` (YYYY-MM, first month of the quarter), `season` (YYYY-MM, first month of a meteorological season: 03, 06, 09, 12) or `year` (YYYY).',
});

function precisionProblem(
  start: string,
  precision: Precision,
): (IssueParams & { message: string }) | undefined {
  const parts = toPartialDateParts(start);
  if (!parts.ok) return undefined; // reported on `start` itself
  const { form, year, month } = parts.parts;
  const expected = getFormForPrecision(precision);
  if (form !== expected) {
    const example = {
      year: `${year}`,
      month: `${year}-${String(month ?? 1).padStart(2, '0')}`,
      day: `${year}-${String(month ?? 1).padStart(2, '0')}-01`,
    }[expected];
    return {
      message: `precision "${precision}" needs a start written as ${expected === 'year' ? 'YYYY' : expected === 'month' ? 'YYYY-MM' : 'YYYY-MM-DD'}, but start is "${start}"`,
      fix: `write start as "${example}" or set precision: ${form}`,
    };
  }
  if (
    precision === 'quarter' &&
    !(QUARTER_START_MONTHS as readonly number[]).includes(month ?? 0)
  ) {
    return {
      message: `a quarter starts in January, April, July or October, but start is "${start}"`,
      fix: `use the quarter's first month (${QUARTER_START_MONTHS.map((m) => `${year}-${String(m).padStart(2, '0')}`).join(', ')}) or set precision: month`,
    };
  }
  if (precision === 'season' && !(SEASON_START_MONTHS as readonly number[]).includes(month ?? 0)) {
    return {
      message: `a season starts in March (spring), June (summer), September (autumn) or December (winter), but start is "${start}"`,
      fix: "use the season's first month, e.g. 2024-03 for spring 2024, or set precision: month",
    };
  }
  return undefined;
}

/** When an event happened, and how precisely that is known. */
export const EventDateSchema = z
  .strictObject({
    start: PartialDateSchema.meta({
      description: 'When the event started; its form must match `precision`.',
    }),
    precision: PrecisionSchema,
    end: PartialDateSchema.optional().meta({
      description:
        'For events that span time: when it ended (YYYY, YYYY-MM or YYYY-MM-DD, at the precision its form implies). Never before `start`.',
    }),
    approximate: z
      .boolean()
      .optional()
      .meta({ description: 'True when the date is only approximately known ("ca.").' }),
  })
  .superRefine((date, ctx) => {
    const problem = precisionProblem(date.start, date.precision);
    if (problem) {
      ctx.addIssue({
        code: 'custom',
        path: ['precision'],
        input: date.precision,
        message: problem.message,
        params: { fix: problem.fix } satisfies IssueParams,
      });
    }
    if (date.end === undefined || problem) return;
    const endParts = toPartialDateParts(date.end);
    if (!endParts.ok) return;
    const start = getPeriod(date.start, date.precision).start;
    const end = getPeriod(date.end, endParts.parts.form).end;
    if (end <= start) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        input: date.end,
        message: `end "${date.end}" is before start "${date.start}"`,
        params: { fix: 'swap start and end, or correct the end date' } satisfies IssueParams,
      });
    }
  })
  .meta({ description: 'When the event happened, and how precisely that is known.' });

const HTTP_URL = /^https?:\/\/[^\s/?#]+\.[^\s]*$/i;

/** An absolute `http:` or `https:` URL. Anything else (`javascript:`, `data:`, relative) is refused. */
export const HttpUrlSchema = z
  .string()
  .superRefine(
    rule((value) => {
      const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
      if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') {
        return {
          message: `"${truncate(value)}" is a ${scheme}: link; only http(s) links are allowed`,
          fix: 'link the public web page with its full address, starting with https://',
        };
      }
      if (!HTTP_URL.test(value) || !URL.canParse(value)) {
        return {
          message: `"${truncate(value)}" is not an absolute http(s) URL`,
          fix: 'write the full address including https:// and the host, as in the browser bar',
        };
      }
      return undefined;
    }),
  )
  .meta({ pattern: HTTP_URL.source, description: 'An absolute http:// or https:// URL' });

function truncate(text: string, length = 60): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

/** A two-letter language code (ISO 639-1) such as `de`, `en` or `fr`. */
export const LanguageCodeSchema = z
  .string()
  .superRefine(
    rule((value) =>
      /^[a-z]{2}$/.test(value)
        ? undefined
        : {
            message: `"${value}" is not a two-letter language code`,
            fix: 'use the ISO 639-1 code of the language the source is written in, e.g. de or en',
          },
    ),
  )
  .meta({ pattern: '^[a-z]{2}$', description: 'ISO 639-1 language code of the source, e.g. `de`' });

/** Where a fact comes from. Every event has at least one. */
export const SourceSchema = z
  .strictObject({
    url: HttpUrlSchema,
    title: nonEmptyText.meta({
      description:
        'Headline of the source in its own language, or a short description where the headline is not recorded',
    }),
    publisher: nonEmptyText.meta({ description: 'Who published it, e.g. `heise online`' }),
    published: PartialDateSchema.optional().meta({
      description:
        'When the source was published, as precisely as it shows (omit if it shows no date)',
    }),
    lang: LanguageCodeSchema,
  })
  .meta({ description: 'A source that documents the event' });

/** A typed link from one event to another. */
export const RelationSchema = z
  .strictObject({
    id: SlugSchema.meta({ description: 'id of the related event' }),
    type: z.enum(RELATION_TYPES).meta({
      description:
        '`cites` (this event names the other), `responds-to`, `follows-from` (a consequence of it), `supersedes` (replaces it), `related`',
    }),
  })
  .meta({ description: 'A typed link to another event' });

/** An entry in an event's change log. */
export const ChangeSchema = z
  .strictObject({
    date: IsoDaySchema,
    note: LocalizedTextSchema,
  })
  .meta({ description: 'A dated correction or addition, described in both languages' });

/** One event: one YAML file under `data/events/`, named after its id. */
export const EventSchema = z
  .strictObject({
    id: SlugSchema.meta({
      description: 'Unique kebab-case id; the file must be named `<id>.yaml`',
    }),
    date: EventDateSchema,
    title: LocalizedTextSchema.meta({ description: 'Short headline in German and English' }),
    summary: LocalizedTextSchema.meta({
      description: 'Two to four neutral sentences in German and English (Markdown, no raw HTML)',
    }),
    categories: z
      .array(SlugSchema)
      .min(1, { error: 'needs at least one category' })
      .meta({ description: 'One or more category ids from `data/categories.yaml`' }),
    actors: z
      .array(SlugSchema)
      .default([])
      .meta({ description: 'Actor ids from `data/actors.yaml`' }),
    jurisdictions: z
      .array(z.string())
      .default([])
      .meta({ description: 'Jurisdiction codes from `data/jurisdictions.yaml`, e.g. `DE`, `EU`' }),
    threads: z
      .array(SlugSchema)
      .default([])
      .meta({ description: 'Storylines the event belongs to, ids from `data/threads.yaml`' }),
    sources: z
      .array(SourceSchema)
      .min(1, { error: 'needs at least one source' })
      .meta({ description: 'Where the facts come from; at least one' }),
    related: z
      .array(RelationSchema)
      .default([])
      .meta({ description: 'Typed links to other events' }),
    importance: z
      .int()
      .min(1, { error: (issue) => `${String(issue.input)} is below 1` })
      .max(3, { error: (issue) => `${String(issue.input)} is above 3` })
      .default(2)
      .meta({
        description: '1 = landmark (always shown), 2 = notable, 3 = detail (shown when zoomed in)',
      }),
    status: z.enum(STATUSES).default('happened').meta({ description: '`happened` or `scheduled`' }),
    verified: z.boolean().default(true).meta({
      description: 'false when the date or claim could not be confirmed; `notes` must say why',
    }),
    notes: LocalizedTextSchema.optional().meta({
      description: 'Caveats for readers, e.g. where sources disagree on a date or amount',
    }),
    changes: z.array(ChangeSchema).default([]).meta({ description: 'Change log of this entry' }),
  })
  .superRefine((event, ctx) => {
    if (!event.verified && !event.notes) {
      ctx.addIssue({
        code: 'custom',
        path: ['verified'],
        input: event.verified,
        message: 'an unverified event must say why in notes',
        params: {
          fix: 'add notes: { de: …, en: … } explaining what could not be confirmed',
        } satisfies IssueParams,
      });
    }
    const seen = new Map<string, number>();
    event.sources.forEach((source, index) => {
      const first = seen.get(source.url);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['sources', index, 'url'],
          input: source.url,
          message: `"${source.url}" is listed twice (also sources[${first}])`,
          params: { fix: 'remove the duplicate source' } satisfies IssueParams,
        });
      } else seen.set(source.url, index);
    });
    const relations = new Set<string>();
    event.related.forEach((relation, index) => {
      if (relation.id === event.id) {
        ctx.addIssue({
          code: 'custom',
          path: ['related', index, 'id'],
          input: relation.id,
          message: 'an event cannot relate to itself',
          params: {
            fix: 'remove this relation or use the id of another event',
          } satisfies IssueParams,
        });
      }
      const key = `${relation.type} ${relation.id}`;
      if (relations.has(key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['related', index],
          input: relation,
          message: `relation ${relation.type} → ${relation.id} is listed twice`,
          params: { fix: 'remove the duplicate relation' } satisfies IssueParams,
        });
      }
      relations.add(key);
    });
    for (const key of ['categories', 'actors', 'jurisdictions', 'threads'] as const) {
      const values: readonly string[] = event[key];
      values.forEach((value, index) => {
        if (values.indexOf(value) !== index) {
          ctx.addIssue({
            code: 'custom',
            path: [key, index],
            input: value,
            message: `"${value}" is listed twice`,
            params: { fix: 'remove the duplicate' } satisfies IssueParams,
          });
        }
      });
    }
  })
  .meta({
    title: 'Chronik event',
    description: 'One event of a Chronik timeline, in one YAML file',
  });

const HEX_COLOUR = z
  .string()
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
    label: LocalizedTextSchema,
    description: LocalizedTextSchema,
    color: HEX_COLOUR.meta({ description: 'Colour on light backgrounds (#RRGGBB)' }),
    colorDark: HEX_COLOUR.meta({ description: 'Colour on dark backgrounds (#RRGGBB)' }),
    shape: z.enum(SHAPES).meta({ description: 'Marker shape, so colour is never the only cue' }),
  })
  .meta({ description: 'An event category' });

/** An actor in `data/actors.yaml`: an organisation, body or person that takes part in events. */
export const ActorSchema = z
  .strictObject({
    id: SlugSchema,
    name: LocalizedTextSchema,
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
    name: LocalizedTextSchema,
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
    label: LocalizedTextSchema,
    description: LocalizedTextSchema,
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
    title: LocalizedTextSchema,
    description: LocalizedTextSchema,
    license: z.strictObject({
      id: z.string().min(1),
      name: z.string().min(1),
      url: HttpUrlSchema,
    }),
    publisher: z.string().min(1),
    changes: z
      .array(
        z.strictObject({
          version: z.string().min(1),
          date: IsoDaySchema,
          note: LocalizedTextSchema,
        }),
      )
      .default([])
      .meta({
        description: 'Change log of the dataset: one entry per published version, newest last',
      }),
  })
  .meta({ title: 'Chronik dataset', description: 'What the dataset is, its version and licence' });

/** An event as checked and completed with defaults. */
export type ChronikEvent = z.output<typeof EventSchema>;
/** An event as written in a YAML file (defaults may be left out). */
export type ChronikEventInput = z.input<typeof EventSchema>;
/** When an event happened. */
export type EventDate = z.output<typeof EventDateSchema>;
/** A source of an event. */
export type Source = z.output<typeof SourceSchema>;
/** A typed link between events. */
export type Relation = z.output<typeof RelationSchema>;
/** A change-log entry. */
export type Change = z.output<typeof ChangeSchema>;
/** A text in German and English. */
export type LocalizedText = z.output<typeof LocalizedTextSchema>;
/** A category. */
export type Category = z.output<typeof CategorySchema>;
/** An actor. */
export type Actor = z.output<typeof ActorSchema>;
/** A jurisdiction. */
export type Jurisdiction = z.output<typeof JurisdictionSchema>;
/** A storyline. */
export type Thread = z.output<typeof ThreadSchema>;
/** What the dataset is, its version and licence. */
export type DatasetInfo = z.output<typeof DatasetInfoSchema>;
