/**
 * One event, as written in one YAML file under `data/events/`: its sources, links, change log
 * and the checks within one event (duplicates, a reason for "unverified").
 *
 * @module
 */
import { z } from 'zod';
import { EVIDENCE_LEVELS, RELATION_TYPES, STATUSES } from '../vocabulary.js';
import { EventDateSchema, IsoDaySchema, PartialDateSchema } from './dates.js';
import { findMarkdownProblems } from './markdown-text.js';
import {
  ChangeNoteSchema,
  HttpUrlSchema,
  LanguageCodeSchema,
  PlainStringSchema,
  SlugSchema,
  createLocalizedTextSchema,
  createTextSchema,
  type IssueParams,
} from './rules.js';

// The longest texts, in characters: at least twice the longest in the curated data and its
// fact sheet when they were set (title 127, summary 1,238, notes 715, source title 219,
// publisher 101), so that a contributor meets them only with text that is not a summary or
// a headline. Ids (120) and URLs (2,000) are limited in `rules.ts`. Stated in the JSON Schema
// and in CONTRIBUTING.md.
const MAX_TITLE = 300;
const MAX_SUMMARY = 5_000;
const MAX_NOTES = 20_000;
const MAX_SOURCE_TITLE = 500;
const MAX_PUBLISHER = 300;

/** A Markdown text: line breaks allowed, and no images, raw HTML or links but http(s). */
const markdownText = (max: number) =>
  createLocalizedTextSchema({
    text: createTextSchema({ max, lineBreaks: true, check: findMarkdownProblems }),
    detail: `Markdown without images or raw HTML; links to http(s) pages only; at most ${max.toLocaleString('en')} characters`,
  });

/** Where a fact comes from. Every event has at least one. */
export const SourceSchema = z
  .strictObject({
    url: HttpUrlSchema,
    title: createTextSchema({ max: MAX_SOURCE_TITLE }).meta({
      description: `Headline of the source in its own language, or a short description where the headline is not recorded; at most ${MAX_SOURCE_TITLE} characters`,
    }),
    publisher: createTextSchema({ max: MAX_PUBLISHER }).meta({
      description: `Who published it, e.g. \`heise online\`; at most ${MAX_PUBLISHER} characters`,
    }),
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
    date: IsoDaySchema.meta({ description: 'The day of the change, never after today' }),
    note: ChangeNoteSchema,
  })
  .meta({ description: 'A dated correction or addition, described in both languages' });

/** One event: one YAML file under `data/events/`, named after its id. */
export const EventSchema = z
  .strictObject({
    id: SlugSchema.meta({
      description: 'Unique kebab-case id; the file must be named `<id>.yaml`',
    }),
    date: EventDateSchema,
    title: createLocalizedTextSchema({
      text: createTextSchema({ max: MAX_TITLE }),
      detail: `one line, at most ${MAX_TITLE} characters`,
    }).meta({ description: 'Short headline in German and English' }),
    summary: markdownText(MAX_SUMMARY).meta({
      description:
        'Two to four neutral sentences in German and English (Markdown without images or raw HTML)',
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
      .array(PlainStringSchema)
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
    evidence: z.enum(EVIDENCE_LEVELS).optional().meta({
      description:
        "How strong the evidence is: `primary` (the event's own document, e.g. the decision or the letter), `multiple` (independent publishers) or `single` (one source, or copies of one). Leave out to derive it from the sources: two or more publishers are `multiple`, one is `single`. Set `single` where the date or the claim rests on one of several sources.",
    }),
    notes: markdownText(MAX_NOTES).optional().meta({
      description:
        'Caveats for readers, e.g. where sources disagree on a date or amount (Markdown without images or raw HTML)',
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
