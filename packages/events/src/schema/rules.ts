/**
 * How our schemas report a broken rule: every problem carries the fix, and the shared small
 * schemas (ids, texts in both languages, links, language codes) that the others build on.
 *
 * @module
 */
import { MAX_ID_LENGTH } from '../internal/limits.js';
import { z } from 'zod';
import {
  describeBidiControl,
  describeControlCharacter,
  findBidiControl,
  findControlCharacter,
  findOnlyInvisible,
  toCodePointLabel,
} from '../internal/characters.js';
import { truncate } from '../problem.js';

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
export function rule<T>(
  test: (value: T) => RuleFailure | readonly RuleFailure[] | undefined,
  options: { abort?: boolean } = {},
) {
  return (value: T, ctx: z.RefinementCtx<T>) => {
    const found = test(value);
    const failures: readonly RuleFailure[] =
      found === undefined ? [] : 'fix' in found ? [found] : found;
    for (const failure of failures) {
      ctx.addIssue({
        code: 'custom',
        message: failure.message,
        input: value,
        params: { fix: failure.fix } satisfies IssueParams,
        // With `abort`, the checks after this one are skipped: they would only report the
        // same bad value again, less precisely.
        continue: !options.abort,
      });
    }
  };
}

/**
 * Refuses control characters and bidi controls (see `internal/characters.ts`), naming the
 * first by its code point; the checks after it are skipped. With `lineBreaks`, tab and line
 * feed are allowed, as Markdown needs them. With `isolates` (free text), bidi isolates closed
 * on their line are allowed, as a right-to-left name needs them; without it (ids, codes,
 * dates, addresses) no bidi control is.
 */
export function noControlCharacters(options: { lineBreaks?: boolean; isolates?: boolean } = {}) {
  return rule(
    (value: string) => {
      const control = findControlCharacter(value, options);
      if (control) return describeControlCharacter(control);
      const bidi = findBidiControl(value, options);
      return bidi && describeBidiControl(bidi);
    },
    { abort: true },
  );
}

/**
 * Any text without control characters or bidi controls, for values checked elsewhere
 * (jurisdiction codes in events, which `parseDataset` looks up in the registry).
 */
export const PlainStringSchema = z.string().superRefine(noControlCharacters());

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The longest id: ids become file names and parts of addresses. The curated data's longest is
 * 60 characters; `chronik new` makes ids of about 60.
 */

/** A kebab-case identifier: lower-case letters, digits and single hyphens. */
export const SlugSchema = z
  .string()
  .superRefine(noControlCharacters())
  .max(MAX_ID_LENGTH)
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
    description: `kebab-case identifier, e.g. \`2023-07-11-storm-0558-signing-key-theft\`; at most ${MAX_ID_LENGTH} characters`,
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

/**
 * Text that is not empty once trimmed, holds no control characters, no bidi overrides and no
 * unclosed bidi isolates, and shows something (not only zero-width spaces and the like).
 *
 * @param options.max - the most characters allowed, stated in the JSON Schema as `maxLength`
 * @param options.lineBreaks - allow tab and line feed (Markdown texts)
 * @param options.check - further checks, made only on a text within `max` (Markdown rules)
 * @default options.lineBreaks false
 */
export function createTextSchema(
  options: {
    max?: number;
    lineBreaks?: boolean;
    check?: (value: string) => readonly RuleFailure[];
  } = {},
) {
  const { max, check } = options;
  const text = z
    .string()
    .trim()
    .superRefine(noControlCharacters({ lineBreaks: options.lineBreaks, isolates: true }))
    .min(1, { error: 'is empty' })
    .superRefine(
      rule(
        (value) => {
          const invisible = findOnlyInvisible(value);
          if (!invisible) return undefined;
          const codes = invisible.map(toCodePointLabel).join(', ');
          return {
            message: 'is empty (only invisible characters)',
            fix: `write the text; it holds only ${codes}, which ${invisible.length === 1 ? 'shows' : 'show'} as nothing`,
          };
        },
        { abort: true },
      ),
    );
  const limited = max === undefined ? text : text.max(max);
  // A text over its limit is not read as Markdown: it is reported as too long, and read once
  // it has been shortened.
  return check
    ? limited.superRefine(
        rule((value) => (max !== undefined && value.length > max ? undefined : check(value))),
      )
    : limited;
}

/** Text that is not empty once trimmed and shows something; see {@link createTextSchema}. */
const nonEmptyText = createTextSchema().meta({ description: 'Non-empty text' });

/**
 * A text given in German and in English, both required, each a {@link createTextSchema}.
 *
 * @param options.text - the schema of each language's text
 * @param options.detail - what the JSON Schema says about each text after "German text", e.g.
 *   `at most 300 characters`
 */
export function createLocalizedTextSchema(options: {
  text: z.ZodType<string, string>;
  detail?: string;
}) {
  const { text, detail } = options;
  const more = detail ? ` (${detail})` : '';
  return z
    .strictObject({
      de: text.meta({ description: `German text${more}` }),
      en: text.meta({ description: `English text${more}` }),
    })
    .meta({
      description: 'The same text in German (`de`) and English (`en`); both are required.',
    });
}

/** A text given in German and in English. Both are required. */
export const LocalizedTextSchema = createLocalizedTextSchema({ text: nonEmptyText });

/**
 * A text in German and in English, each one line of at most `max` characters: the labels,
 * names and descriptions of the registries and the notes of change logs.
 */
export function createLocalizedLineSchema(max: number) {
  return createLocalizedTextSchema({
    text: createTextSchema({ max }),
    detail: `one line, at most ${max.toLocaleString('en')} characters`,
  });
}

/**
 * The longest note of a change-log entry (an event's or the dataset's), in characters: more
 * than three times the longest in the curated data when it was set (1,555, a version's), as
 * long as a summary.
 */
const MAX_CHANGE_NOTE = 5_000;

/** What a change-log entry says changed, in German and English. */
export const ChangeNoteSchema = createLocalizedLineSchema(MAX_CHANGE_NOTE);

const HTTP_URL = /^https?:\/\/[^\s/?#]+\.[^\s]*$/i;

/** The longest address: longer ones are tracking or session links, not a page's address. */
const MAX_URL_LENGTH = 2_000;

/**
 * Why an address is not an absolute `http:` or `https:` URL (`problem` completes "the address
 * is …"), or `undefined` when it is one. Used for the data's URLs and for the links in its
 * Markdown texts.
 */
export function findHttpUrlProblem(value: string): { problem: string; fix: string } | undefined {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') {
    return {
      problem: `a ${scheme}: link; only http(s) links are allowed`,
      fix: 'link the public web page with its full address, starting with https://',
    };
  }
  if (!HTTP_URL.test(value) || !URL.canParse(value)) {
    return {
      problem: 'not an absolute http(s) URL',
      fix: 'write the full address including https:// and the host, as in the browser bar',
    };
  }
  return undefined;
}

/** An absolute `http:` or `https:` URL. Anything else (`javascript:`, `data:`, relative) is refused. */
export const HttpUrlSchema = z
  .string()
  .superRefine(noControlCharacters())
  .max(MAX_URL_LENGTH)
  .superRefine(
    rule((value) => {
      const found = findHttpUrlProblem(value);
      return found && { message: `"${truncate(value)}" is ${found.problem}`, fix: found.fix };
    }),
  )
  .meta({
    pattern: HTTP_URL.source,
    description: `An absolute http:// or https:// URL of at most ${MAX_URL_LENGTH.toLocaleString('en')} characters`,
  });

/** A two-letter language code (ISO 639-1) such as `de`, `en` or `fr`. */
export const LanguageCodeSchema = z
  .string()
  .superRefine(noControlCharacters())
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
