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
import type { z } from 'zod';
import type { EventDateSchema } from './schema/dates.js';
import type { ChangeSchema, EventSchema, RelationSchema, SourceSchema } from './schema/event.js';
import type {
  ActorSchema,
  CategorySchema,
  DatasetInfoSchema,
  JurisdictionSchema,
  ThreadSchema,
} from './schema/registries.js';
import type { LocalizedTextSchema } from './schema/rules.js';

export {
  HttpUrlSchema,
  LanguageCodeSchema,
  LocalizedTextSchema,
  SlugSchema,
  toSlug,
  type IssueParams,
  type RuleFailure,
} from './schema/rules.js';
export {
  EventDateSchema,
  IsoDaySchema,
  PartialDateSchema,
  PrecisionSchema,
} from './schema/dates.js';
export { ChangeSchema, EventSchema, RelationSchema, SourceSchema } from './schema/event.js';
export {
  ActorSchema,
  ActorsFileSchema,
  CategoriesFileSchema,
  CategorySchema,
  DatasetInfoSchema,
  JurisdictionSchema,
  JurisdictionsFileSchema,
  ThreadSchema,
  ThreadsFileSchema,
} from './schema/registries.js';

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
