import { z } from 'zod';
import { toFieldPath, type Problem } from '../problem.js';
import type { IssueParams } from '../schema.js';
import {
  describeBidiControl,
  describeControlCharacter,
  findBidiControl,
  findControlCharacter,
  isBidiControl,
  isControl,
} from './characters.js';
import { suggest } from './suggest.js';
import type { Position } from './encoding.js';

/** Finds the sub-schema at a data path, looking through optional, default and array wrappers. */
function getSchemaAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = unwrap(schema);
  for (const segment of path) {
    if (current instanceof z.ZodObject && typeof segment === 'string') {
      current = unwrap((current.shape as Record<string, z.ZodType>)[segment]);
    } else if (current instanceof z.ZodArray && typeof segment === 'number') {
      current = unwrap(current.element as z.ZodType);
    } else {
      return undefined;
    }
  }
  return current;
}

function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let current = schema;
  while (
    current instanceof z.ZodOptional ||
    current instanceof z.ZodDefault ||
    current instanceof z.ZodNullable
  ) {
    current = current.unwrap() as z.ZodType;
  }
  return current;
}

function describe(schema: z.ZodType | undefined): string | undefined {
  if (!schema) return undefined;
  return z.globalRegistry.get(schema)?.description;
}

function getValueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

function show(value: unknown): string {
  // Control characters and bidi controls are shown escaped, so that a message never carries
  // one to a terminal or reorders itself; numbers with String, as JSON writes NaN and
  // Infinity as null.
  const text =
    typeof value === 'string'
      ? `"${[...value].map(escapeHidden).join('')}"`
      : typeof value === 'number'
        ? String(value)
        : // JSON escapes control characters but not bidi controls.
          (JSON.stringify(value) ?? String(value)).replace(
            /[\u202a-\u202e\u2066-\u2069]/g,
            escapeHidden,
          );
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/** A control character or bidi control as an escape (`\u001b`, `\u202e`); others as they are. */
function escapeHidden(character: string): string {
  const codePoint = character.codePointAt(0)!;
  if (isControl(codePoint)) return JSON.stringify(character).slice(1, -1);
  if (isBidiControl(codePoint)) return `\\u${codePoint.toString(16)}`;
  return character;
}

/** What a number that is not one (YAML `.nan`, `.inf`, `-.inf`) is called in a message. */
function nonFinite(value: number): string {
  if (Number.isNaN(value)) return 'is not a number (NaN)';
  return value > 0 ? 'is infinite (.inf)' : 'is infinite (-.inf)';
}

const IMPORTANCE_FIX = 'use 1 (landmark), 2 (notable) or 3 (detail)';

function typeName(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string') return 'text';
  return `a ${typeof value}`;
}

const EXPECTED_NAMES: Record<string, string> = {
  string: 'text',
  array: 'a list',
  object: 'a group of fields',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
};

const LANGUAGE_NAMES: Record<string, string> = { de: 'German', en: 'English' };

const MIN_FIXES: Record<string, string> = {
  categories: 'add at least one category id from categories.yaml',
  sources: 'add a source with url, title, publisher and lang',
};

/**
 * Turns the issues zod found in one file into problems with positions, values and fixes.
 * Unknown fields get a "did you mean" from the fields the schema allows at that place.
 */
export function toProblems(options: {
  file: string;
  schema: z.ZodType;
  issues: readonly z.core.$ZodIssue[];
  data: unknown;
  locate: (path: readonly PropertyKey[], options?: { key?: boolean }) => Position;
}): Problem[] {
  const { file, schema, data, locate } = options;
  const problems: Problem[] = [];
  const add = (
    path: readonly PropertyKey[],
    problem: Omit<Problem, 'file' | 'path' | 'line' | 'column'>,
    key = false,
  ) => problems.push({ file, ...locate(path, { key }), path: toFieldPath(path), ...problem });

  // A mistyped key (`sumary`) also makes its intended field (`summary`) missing; report the
  // slip once, at the key the contributor wrote, and not the missing field a second time.
  const renamed = new Set<string>();
  for (const issue of options.issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const here = getSchemaAt(schema, issue.path);
    const allowed = here instanceof z.ZodObject ? Object.keys(here.shape) : [];
    for (const key of issue.keys) {
      const guess = suggest(key, allowed);
      if (guess !== undefined && getValueAt(data, [...issue.path, guess]) === undefined) {
        renamed.add(toFieldPath([...issue.path, guess]));
      }
    }
  }

  for (const issue of options.issues) {
    const path = issue.path;
    if (issue.code === 'invalid_type' && renamed.has(toFieldPath(path))) continue;
    const value = getValueAt(data, path);
    const field = path.at(-1);
    switch (issue.code) {
      case 'unrecognized_keys': {
        const here = getSchemaAt(schema, path);
        const allowed = here instanceof z.ZodObject ? Object.keys(here.shape) : [];
        for (const key of issue.keys) {
          const guess = suggest(key, allowed);
          add(
            [...path, key],
            {
              value: key,
              message: `unknown field "${key}"`,
              fix: guess
                ? `did you mean "${guess}"? rename it`
                : `remove it; allowed here: ${allowed.join(', ')}`,
            },
            true,
          );
        }
        break;
      }
      case 'invalid_type': {
        if (value === undefined) {
          const language = typeof field === 'string' ? LANGUAGE_NAMES[field] : undefined;
          const parent = toFieldPath(path.slice(0, -1));
          add(path, {
            message: language
              ? `the ${language} text is missing`
              : `required field "${toFieldPath(path)}" is missing`,
            fix: language
              ? `add ${String(field)}: with the ${language} ${parent || 'text'}`
              : `add ${String(field)}: ${describe(getSchemaAt(schema, path)) ?? ''}`.trim(),
          });
        } else if (
          typeof value === 'number' &&
          !Number.isFinite(value) &&
          (issue.expected === 'number' || issue.expected === 'int')
        ) {
          add(path, {
            value,
            message: nonFinite(value),
            fix: field === 'importance' ? IMPORTANCE_FIX : 'write a number',
          });
        } else {
          const expected = EXPECTED_NAMES[issue.expected] ?? issue.expected;
          let fix = `write ${expected} here`;
          if (
            issue.expected === 'string' &&
            (typeof value === 'number' || typeof value === 'boolean')
          ) {
            fix = `put the value in quotes: '${String(value)}'`;
          } else if (issue.expected === 'array' && typeof value === 'string') {
            fix = `write it as a list: "- ${value}" on its own line`;
          } else if (
            issue.expected === 'object' &&
            typeof value === 'string' &&
            /title|summary|notes|name|label|description/.test(String(field))
          ) {
            fix = `give the text in both languages: ${String(field)}: { de: …, en: … }`;
          }
          add(path, {
            value,
            message: `expected ${expected}, found ${typeName(value)} ${show(value)}`,
            fix,
          });
        }
        break;
      }
      case 'too_small':
      case 'too_big': {
        if (issue.code === 'too_big' && issue.origin === 'string' && typeof value === 'string') {
          // The length as zod counts it (UTF-16 code units, after trimming texts), which is
          // the number it compared.
          add(path, {
            value,
            message: `is ${value.trim().length.toLocaleString('en')} characters long, more than the ${issue.maximum.toLocaleString('en')} allowed`,
            fix: `shorten it to at most ${issue.maximum.toLocaleString('en')} characters`,
          });
          break;
        }
        const hint = typeof field === 'string' ? MIN_FIXES[field] : undefined;
        add(path, {
          value,
          message:
            issue.code === 'too_small' && issue.origin === 'string' ? 'is empty' : issue.message,
          fix:
            hint ??
            (issue.origin === 'string'
              ? 'write the text or remove the field'
              : field === 'importance'
                ? IMPORTANCE_FIX
                : `use a value ${issue.code === 'too_small' ? 'of at least' : 'of at most'} ${String('minimum' in issue ? issue.minimum : issue.maximum)}`),
        });
        break;
      }
      case 'invalid_value': {
        // A fixed value (an enum) with a control character or bidi control in it: name the
        // character, as every other text field does, rather than list the values allowed.
        const control = typeof value === 'string' ? findControlCharacter(value) : undefined;
        if (control) {
          add(path, { value, ...describeControlCharacter(control) });
          break;
        }
        const bidi = typeof value === 'string' ? findBidiControl(value) : undefined;
        if (bidi) {
          add(path, { value, ...describeBidiControl(bidi) });
          break;
        }
        const allowed = issue.values.map(String);
        const guess = typeof value === 'string' ? suggest(value, allowed) : undefined;
        add(path, {
          value,
          message: `${show(value)} is not one of: ${allowed.join(', ')}`,
          fix: guess ? `did you mean "${guess}"?` : `use one of: ${allowed.join(', ')}`,
        });
        break;
      }
      case 'custom': {
        const params = issue.params as Partial<IssueParams> | undefined;
        add(path, {
          value: issue.input ?? value,
          message: issue.message,
          fix: params?.fix ?? 'see the field description in the JSON Schema',
        });
        break;
      }
      default:
        add(path, {
          value,
          message: issue.message,
          fix:
            describe(getSchemaAt(schema, path)) ?? 'see the field description in the JSON Schema',
        });
    }
  }
  return problems;
}
