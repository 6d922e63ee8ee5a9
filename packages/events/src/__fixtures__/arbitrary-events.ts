import fc from 'fast-check';
import {
  findBidiControl,
  findControlCharacter,
  findOnlyInvisible,
} from '../internal/characters.js';
import { EventSchema, type ChronikEvent } from '../schema.js';
import { findMarkdownProblems } from '../schema/markdown-text.js';

/**
 * Text as the schema keeps it: any characters but control characters and bidi controls
 * (closed isolates aside), non-empty after trimming and not only invisible ones.
 */
const arbitraryText = fc
  .string({ unit: 'binary', minLength: 1, maxLength: 40 })
  .map((value) => value.trim())
  .filter(
    (value) =>
      value.length > 0 &&
      !findControlCharacter(value) &&
      !findBidiControl(value, { isolates: true }) &&
      findOnlyInvisible(value) === undefined,
  );

/** Markdown text as the schema allows it: no images, raw HTML or links but http(s). */
const arbitraryMarkdown = arbitraryText.filter((value) => findMarkdownProblems(value).length === 0);

/**
 * Lists of valid events for round-trip properties: events picked from `base` (each at most
 * once, so ids are unique) with generated titles, summaries, notes, sources (with quotes and
 * commas in their URLs) and change logs. An unverified event keeps its notes, which the
 * schema requires.
 */
export function arbitraryEvents(base: readonly ChronikEvent[]): fc.Arbitrary<ChronikEvent[]> {
  const text = arbitraryText;
  const markdown = arbitraryMarkdown;
  return fc
    .uniqueArray(
      fc.record({
        index: fc.nat({ max: base.length - 1 }),
        title: fc.record({ de: text, en: text }),
        summary: fc.record({ de: markdown, en: markdown }),
        notes: fc.option(fc.record({ de: markdown, en: markdown }), { nil: undefined }),
        sources: fc.array(fc.record({ title: text, publisher: text }), {
          minLength: 1,
          maxLength: 4,
        }),
        changes: fc.array(fc.record({ de: text, en: text }), { maxLength: 3 }),
      }),
      { minLength: 1, maxLength: 8, selector: (pick) => pick.index },
    )
    .map((picks) =>
      picks.map((pick) => {
        const event = base[pick.index]!;
        return EventSchema.parse({
          ...event,
          title: pick.title,
          summary: pick.summary,
          notes: pick.notes ?? (event.verified ? undefined : event.notes),
          sources: pick.sources.map((source, i) => ({
            url: `https://example.org/${i}?q="a,b"`,
            title: source.title,
            publisher: source.publisher,
            ...(i % 2 ? { published: '2024-06' } : {}),
            lang: i % 2 ? 'de' : 'en',
          })),
          changes: pick.changes.map((note, i) => ({
            date: `2025-0${i + 1}-15`,
            note,
          })),
        });
      }),
    );
}
