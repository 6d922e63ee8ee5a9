/**
 * JSON files to import, read with the position of every value (Momoa, a JSON parser that
 * keeps them), so that a problem names the line and column of the field, as for YAML.
 *
 * @module
 */
import { evaluate, parse, type DocumentNode, type ValueNode } from '@humanwhocodes/momoa';
import type { Problem } from '../problem.js';
import type { Position } from './encoding.js';

/** A JSON file read into plain data, with a way to find where any value was written. */
export interface JsonFile {
  /** The parsed data; `undefined` when the file could not be read (see `problems`). */
  data: unknown;
  /** What stopped the file from being read: emptiness or a syntax error. */
  problems: Problem[];
  /** Where a value was written; for a path that does not exist, its nearest existing parent. */
  locate: (path: readonly PropertyKey[]) => Position;
}

/** Momoa's names of tokens, as the characters a reader sees. */
const TOKENS: Record<string, string> = {
  LBrace: '"{"',
  RBrace: '"}"',
  LBracket: '"["',
  RBracket: '"]"',
  Comma: '","',
  Colon: '":"',
};

/**
 * Reads a JSON file. Never throws: a file that is empty or not JSON comes back as one
 * problem at the parser's line and column.
 *
 * @param options.expected - what the file should hold, for the fixes ("a TimelineJS 3
 * document, { "events": [ … ] }")
 */
export function readJsonFile(options: { file: string; text: string; expected: string }): JsonFile {
  const { file, expected } = options;
  // A byte order mark is not JSON, but editors on Windows write one.
  const text = options.text.replace(/^\uFEFF/, '');
  const fail = (line: number, column: number, message: string, fix: string): JsonFile => ({
    data: undefined,
    problems: [{ file, line, column, path: '', message, fix }],
    locate: () => ({ line: 1, column: 1 }),
  });
  if (text.trim() === '') return fail(1, 1, 'the file is empty', `write ${expected}`);
  let document: DocumentNode;
  try {
    document = parse(text, { mode: 'json' });
  } catch (error) {
    const { line = 1, column = 1, message } = error as Error & { line?: number; column?: number };
    const reason = message
      .replace(/\s*\(\d+:\d+\)\s*$/, '')
      .replace(/\.$/, '')
      .replace(/\b(LBrace|RBrace|LBracket|RBracket|Comma|Colon)\b/g, (name) => TOKENS[name]!);
    return fail(
      line,
      column,
      `the file is not valid JSON: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}`,
      'check the JSON there: a missing or extra comma, an unclosed quote or bracket, or text that is not quoted',
    );
  }
  return {
    data: evaluate(document.body),
    problems: [],
    locate: (path) => {
      const node = findNode(document.body, path);
      return { line: node.loc.start.line, column: node.loc.start.column };
    },
  };
}

/** The node at a path, or the deepest node on the way to it. */
function findNode(root: ValueNode, path: readonly PropertyKey[]): ValueNode {
  let node = root;
  for (const segment of path) {
    let next: ValueNode | undefined;
    if (node.type === 'Object' && typeof segment === 'string') {
      // The last of two members with one name is the one that counts, as in JSON.parse.
      next = node.members.findLast(
        (member) =>
          (member.name.type === 'String' ? member.name.value : member.name.name) === segment,
      )?.value;
    } else if (node.type === 'Array' && typeof segment === 'number') {
      next = node.elements[segment]?.value;
    }
    if (!next) break;
    node = next;
  }
  return node;
}

/**
 * A field path as problems write it (`sources[1].url`) split into its keys and indexes, the
 * inverse of `toFieldPath`.
 *
 * @example
 * toPathSegments('sources[1].url') // ['sources', 1, 'url']
 */
export function toPathSegments(path: string): (string | number)[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((match) =>
    match[2] === undefined ? match[1]! : Number(match[2]),
  );
}
