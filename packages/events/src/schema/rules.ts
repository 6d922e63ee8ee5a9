/**
 * How our schemas report a broken rule: every problem carries the fix, and the shared small
 * schemas (ids, texts in both languages, links, language codes) that the others build on.
 *
 * @module
 */
import { z } from 'zod';
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
export function rule<T>(test: (value: T) => RuleFailure | undefined) {
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

/** Text that is not empty once trimmed. */
export const nonEmptyText = z
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
