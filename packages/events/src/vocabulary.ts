/**
 * The fixed vocabularies of Chronik's data. Plain constants without zod, so that code running
 * in browsers (route matchers, the timeline) can use them without loading the schema library.
 *
 * @module
 */

/** Languages every text in Chronik is written in. German first. */
export const LANGUAGES = ['de', 'en'] as const;

/** A language Chronik's texts are written in. */
export type Language = (typeof LANGUAGES)[number];

/** How one event relates to another. */
export const RELATION_TYPES = [
  'cites',
  'responds-to',
  'follows-from',
  'supersedes',
  'related',
] as const;

/** How one event relates to another. */
export type RelationType = (typeof RELATION_TYPES)[number];

/** Whether the event lies in the past or is announced for the future. */
export const STATUSES = ['happened', 'scheduled'] as const;

/** Whether the event lies in the past or is announced for the future. */
export type Status = (typeof STATUSES)[number];

/**
 * How strong the evidence for an event is: its own `primary` source (the body's decision, the
 * letter itself), `multiple` independent publishers, or a `single` source (or only copies of
 * one).
 */
export const EVIDENCE_LEVELS = ['primary', 'multiple', 'single'] as const;

/** How strong the evidence for an event is. */
export type Evidence = (typeof EVIDENCE_LEVELS)[number];

/** The marker shapes categories are drawn with, so that colour is never the only cue. */
export const SHAPES = ['circle', 'triangle', 'square', 'diamond', 'hexagon', 'star'] as const;

/** A marker shape. */
export type Shape = (typeof SHAPES)[number];

/** The kinds of actors in `data/actors.yaml`. */
export const ACTOR_KINDS = [
  'authority',
  'government',
  'parliament',
  'court',
  'company',
  'association',
  'party',
  'person',
  'media',
  'research',
  'international-organisation',
  'threat-actor',
  'other',
] as const;

/** The kind of an actor. */
export type ActorKind = (typeof ACTOR_KINDS)[number];
