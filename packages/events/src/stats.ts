import { getEventPeriod } from './event-period.js';
import type { ChronikEvent } from './schema.js';
import { getEvidence } from './evidence.js';
import { EVIDENCE_LEVELS, LANGUAGES, type Evidence, type Language } from './vocabulary.js';
import type { Precision } from './partial-date.js';

/** How complete one text field is across events, per language. */
export interface Completeness {
  /** Events that have the field at all (for optional fields such as `notes`). */
  present: number;
  /** Events whose field has text in each language. */
  byLanguage: Record<Language, number>;
}

/** Counts that describe a set of events, for `chronik stats` and the site's data page. */
export interface EventStats {
  events: number;
  byCategory: Record<string, number>;
  byYear: Record<string, number>;
  byPrecision: Partial<Record<Precision, number>>;
  byStatus: Record<string, number>;
  verified: number;
  approximate: number;
  /** Events per evidence level (see `getEvidence`). */
  byEvidence: Record<Evidence, number>;
  languages: { title: Completeness; summary: Completeness; notes: Completeness };
  /** Events whose title and summary are both written in every language. */
  bilingual: number;
  sources: {
    total: number;
    /** Events with at least one source. */
    eventsWithSources: number;
    byLanguage: Record<string, number>;
  };
  relations: number;
}

function increment(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

function completeness(
  events: readonly ChronikEvent[],
  pick: (event: ChronikEvent) => Partial<Record<Language, string>> | undefined,
): Completeness {
  const byLanguage = Object.fromEntries(LANGUAGES.map((lang) => [lang, 0])) as Record<
    Language,
    number
  >;
  let present = 0;
  for (const event of events) {
    const text = pick(event);
    if (!text) continue;
    present++;
    for (const lang of LANGUAGES) if (text[lang]?.trim()) byLanguage[lang]++;
  }
  return { present, byLanguage };
}

/**
 * Counts events by category, year (of the start), precision and status, and measures
 * language and source completeness. Keys of `byCategory` follow `categoryOrder` first.
 */
export function getEventStats(
  events: readonly ChronikEvent[],
  options: { categoryOrder?: readonly string[] } = {},
): EventStats {
  const byCategory: Record<string, number> = {};
  for (const id of options.categoryOrder ?? []) byCategory[id] = 0;
  const byYear: Record<string, number> = {};
  const byPrecision: Partial<Record<Precision, number>> = {};
  const byStatus: Record<string, number> = {};
  const sourceLanguages: Record<string, number> = {};
  let verified = 0;
  let approximate = 0;
  let sources = 0;
  let eventsWithSources = 0;
  let relations = 0;
  let bilingual = 0;
  const byEvidence = Object.fromEntries(EVIDENCE_LEVELS.map((level) => [level, 0])) as Record<
    Evidence,
    number
  >;

  for (const event of events) {
    for (const id of event.categories) increment(byCategory, id);
    increment(byYear, String(getEventPeriod(event.date).start.getUTCFullYear()));
    byPrecision[event.date.precision] = (byPrecision[event.date.precision] ?? 0) + 1;
    increment(byStatus, event.status);
    if (event.verified) verified++;
    if (event.date.approximate) approximate++;
    byEvidence[getEvidence(event)]++;
    sources += event.sources.length;
    if (event.sources.length > 0) eventsWithSources++;
    for (const source of event.sources) increment(sourceLanguages, source.lang);
    relations += event.related.length;
    if (LANGUAGES.every((lang) => event.title[lang].trim() && event.summary[lang].trim()))
      bilingual++;
  }

  return {
    events: events.length,
    byCategory,
    byYear: Object.fromEntries(Object.entries(byYear).sort(([a], [b]) => (a < b ? -1 : 1))),
    byPrecision,
    byStatus,
    verified,
    approximate,
    byEvidence,
    languages: {
      title: completeness(events, (event) => event.title),
      summary: completeness(events, (event) => event.summary),
      notes: completeness(events, (event) => event.notes),
    },
    bilingual,
    sources: { total: sources, eventsWithSources, byLanguage: sourceLanguages },
    relations,
  };
}
