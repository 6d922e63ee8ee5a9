import {
  CST,
  Composer,
  LineCounter,
  Parser,
  isCollection,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  visit,
  YAMLParseError,
  type Document,
  type ErrorCode,
} from 'yaml';
import { toFieldPath, type Problem } from '../problem.js';
import { decodeText, toPosition, type Position } from './encoding.js';

/** A YAML file read into plain data, with a way to find where any field was written. */
export interface YamlFile {
  /** The parsed data; `undefined` when the file could not be read (see `problems`). */
  data: unknown;
  /** Problems that stopped the file from being read: encoding, emptiness, YAML syntax. */
  problems: Problem[];
  /**
   * Where a value was written. For a path that does not exist (a missing field), the
   * nearest existing parent. With `key: true`, the position of the last segment's key.
   */
  locate: (path: readonly PropertyKey[], options?: { key?: boolean }) => Position;
}

const YAML_FIXES: Partial<Record<ErrorCode, string>> = {
  DUPLICATE_KEY: 'keep one of the two entries with this key',
  BAD_INDENT: 'indent nested fields with spaces, two more than their parent',
  TAB_AS_INDENT: 'indent with spaces, not tabs',
  MULTILINE_IMPLICIT_KEY: 'put the key and its value on one line, or quote the value',
  BLOCK_AS_IMPLICIT_KEY: 'check the indentation of the lines above',
  MISSING_CHAR: 'close the quote or bracket opened here',
  BAD_SCALAR_START: 'put text that starts with a special character in quotes',
  UNEXPECTED_TOKEN: 'check the line for a stray character; put text containing ": " in quotes',
  MULTIPLE_DOCS: 'keep one YAML document per file (remove the extra ---)',
};

/**
 * How many YAML syntax errors a file reports before one line says how many more there are:
 * the first few point at the cause, and the rest often follow from it.
 */
const MAX_YAML_PROBLEMS = 10;

/**
 * How many errors the reader takes before it stops reading a file: a line of 100,000 `}` or
 * `"` is 100,000 errors, each of which the YAML library would turn into an error object
 * (seconds of CPU); the first ones are all a contributor needs.
 */
const MAX_READ_ERRORS = 100;

/** Thrown to stop reading a file with too many errors. */
class TooManyErrors extends Error {}

/** Where the YAML library's error hook was called, and what it said. */
interface ReadError {
  offset: number;
  message: string;
}

/**
 * Reads one YAML document as the library's `parseDocument` does (same parser and composer),
 * but stops at the {@link MAX_READ_ERRORS}th error: stray tokens (`}` without a partner)
 * come from the parser, everything else through the composer's error hook. Returns the
 * document, or the first errors when it stopped.
 */
function readDocument(
  text: string,
  lineCounter: LineCounter,
): { doc: Document.Parsed } | { errors: ReadError[] } {
  const errors: ReadError[] = [];
  const note = (error: ReadError) => {
    errors.push(error);
    if (errors.length > MAX_READ_ERRORS) throw new TooManyErrors();
  };
  function* tokens(): Generator<CST.Token> {
    for (const token of new Parser(lineCounter.addNewLine).parse(text)) {
      if (token.type === 'error') note({ offset: token.offset, message: token.message });
      yield token;
    }
  }
  const composer = new Composer({ uniqueKeys: true, prettyErrors: false });
  // The composer's error hook is not public API, but it is the one place where each error of
  // a document is made (yaml 2.x: `onError(source, code, message, warning)`); the test of a
  // file of `"` in parse.test.ts fails if it moves.
  const hook = composer as unknown as {
    onError: (source: unknown, code: unknown, message: string, warning?: boolean) => void;
  };
  const report = hook.onError;
  hook.onError = (source, code, message, warning) => {
    if (!warning) note({ offset: offsetOf(source), message });
    report(source, code, message, warning);
  };
  try {
    // One document: the first; a second one is reported as parseDocument reports it.
    let doc: Document.Parsed | undefined;
    for (const next of composer.compose(tokens(), true, text.length)) {
      if (!doc) doc = next;
      else {
        doc.errors.push(
          new YAMLParseError(
            [next.range[0], next.range[1]],
            'MULTIPLE_DOCS',
            'Source contains multiple documents',
          ),
        );
        break;
      }
    }
    return { doc: doc! };
  } catch (error) {
    if (error instanceof TooManyErrors) return { errors };
    throw error;
  }
}

/** The offset an error hook's `source` names: an offset, a range, or a token. */
function offsetOf(source: unknown): number {
  if (typeof source === 'number') return source;
  if (Array.isArray(source) && typeof source[0] === 'number') return source[0];
  const offset = (source as { offset?: unknown } | null)?.offset;
  return typeof offset === 'number' ? offset : 0;
}

/**
 * How many aliases (`*name`) the YAML reader follows before it gives up: Chronik's files use
 * none, and a few nested ones can stand for billions of values (an "alias bomb").
 */
const MAX_ALIASES = 100;

const GENERIC_YAML_FIX =
  'check the YAML syntax here: indentation with spaces, "key: value" pairs, quotes around text containing ": "';

/**
 * Reads a YAML data file given as text or bytes. Never throws: every reason the file cannot
 * be read (not UTF-8, empty, broken YAML) comes back as a problem.
 */
export function readYamlFile(options: { file: string; contents: string | Uint8Array }): YamlFile {
  const { file } = options;
  const noPosition = (): Position => ({ line: 1, column: 1 });
  const fail = (problem: Omit<Problem, 'file'>): YamlFile => ({
    data: undefined,
    problems: [{ file, ...problem }],
    locate: noPosition,
  });

  const decoded = decodeText(options.contents);
  if (!decoded.ok) return fail(decoded.problem);
  const { text } = decoded;

  // The YAML reader takes only LF and CRLF as line breaks: a file with CR (classic Mac OS)
  // line endings reads as one long line, which is a comment when the first line is one.
  const loneCr = /\r(?!\n)/.exec(text);
  if (loneCr) {
    if (!text.includes('\n')) {
      return fail({
        line: 1,
        column: 1,
        path: '',
        message: 'the file uses CR line endings (classic Mac OS)',
        fix: 'save it with LF (Unix) line endings',
      });
    }
    const position = toPosition(text, loneCr.index);
    return fail({
      ...position,
      path: '',
      message: `line ${position.line} ends with a lone CR (carriage return), the line ending of classic Mac OS`,
      fix: 'save the file with LF (Unix) line endings',
    });
  }

  if (text.trim() === '') {
    return fail({
      line: 1,
      column: 1,
      path: '',
      message: 'the file is empty',
      fix: 'fill in the fields (see CONTRIBUTING.md) or delete the file',
    });
  }

  const lineCounter = new LineCounter();
  const positionAt = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: Math.max(line, 1), column: Math.max(col, 1) };
  };
  let read: ReturnType<typeof readDocument>;
  try {
    read = readDocument(text, lineCounter);
  } catch (error) {
    // The YAML reader recurses into nested collections: thousands of levels exhaust the stack.
    return fail(tooDeep(error));
  }
  if ('errors' in read) {
    // Thousands of levels of nesting: the library ran out of stack again and again.
    if (read.errors.some((error) => /Maximum call stack/.test(error.message))) {
      return fail(tooDeep(new RangeError()));
    }
    const problems: Problem[] = read.errors.slice(0, MAX_YAML_PROBLEMS).map((error) => ({
      file,
      ...positionAt(error.offset),
      path: '',
      message: `invalid YAML: ${firstLine(error.message)}`,
      fix: GENERIC_YAML_FIX,
    }));
    problems.push({
      file,
      ...positionAt(read.errors[MAX_YAML_PROBLEMS]!.offset),
      path: '',
      message: `… and more than ${MAX_READ_ERRORS - MAX_YAML_PROBLEMS} more YAML errors in this file (the reader stopped there)`,
      fix: 'fix the errors above first: the later ones often follow from them',
    });
    return { data: undefined, locate: noPosition, problems };
  }
  const { doc } = read;

  if (doc.errors.length > 0) {
    // Where a quote or bracket was left open, found once: the parser reports every later
    // line as an error, and looking again for each would make a broken file take minutes.
    let unclosed: number | undefined;
    try {
      unclosed = findUnclosed(text);
    } catch {
      // Nested too deeply to walk: the errors are reported where the parser found them.
      unclosed = undefined;
    }
    let overflowed = false;
    const problems = doc.errors.slice(0, MAX_YAML_PROBLEMS).flatMap((error): Problem[] => {
      const opened = unclosed !== undefined && unclosed < error.pos[0];
      if (/Maximum call stack/.test(error.message)) {
        // Said once: the reader may run out of stack at several places of one file.
        if (overflowed) return [];
        overflowed = true;
        return [{ file, ...tooDeep(new RangeError()) }];
      }
      return [
        {
          file,
          ...positionAt(opened && unclosed !== undefined ? unclosed : error.pos[0]),
          path: '',
          message: `invalid YAML: ${firstLine(error.message)}`,
          fix: opened ? YAML_FIXES.MISSING_CHAR! : (YAML_FIXES[error.code] ?? GENERIC_YAML_FIX),
        },
      ];
    });
    const more = doc.errors.length - MAX_YAML_PROBLEMS;
    if (more > 0) {
      problems.push({
        file,
        ...positionAt(doc.errors[MAX_YAML_PROBLEMS]!.pos[0]),
        path: '',
        message: `… and ${more} more YAML errors in this file`,
        fix: 'fix the errors above first: the later ones often follow from them',
      });
    }
    return { data: undefined, locate: noPosition, problems };
  }
  if (doc.contents === null) {
    return fail({
      line: 1,
      column: 1,
      path: '',
      message: 'the file has no data, only comments',
      fix: 'fill in the fields (see CONTRIBUTING.md) or delete the file',
    });
  }

  // Chronik's data is plain text, numbers, lists and fields: an alias (`*name`) could repeat
  // or loop values, and a tag (`!!binary`, `!js/function`) would be read as something else
  // than what it says; both are refused where they are written.
  let refused: Omit<Problem, 'file'> | undefined;
  try {
    // Tags are found by the YAML lexer, which knows every way to write one (`!!timestamp`,
    // `!<tag:yaml.org,2002:binary>`, `!e!x` after a %TAG directive, on a collection, a line
    // or a comment away from its value); the first one is reported at the field it is on.
    const tag = text.includes('!') ? findFirstTag(text) : undefined;
    visit(doc, {
      // Nodes are visited in the order of the file: whichever comes first is reported.
      Alias(_, node, ancestors) {
        // Looked up once, for the first alias only.
        const marked = node.resolve(doc) !== undefined;
        refused = {
          ...positionAt(node.range?.[0] ?? 0),
          path: toFieldPath(fieldPathOf(ancestors, node)),
          message: marked
            ? `the alias *${node.source} repeats a value marked elsewhere with &${node.source}`
            : `the alias *${node.source} stands for a value marked &${node.source}, which the file does not have before it`,
          fix: 'write the value out in full; Chronik data files use no anchors (&) or aliases (*)',
        };
        return visit.BREAK;
      },
      Node(_, node, ancestors) {
        // The node a tag belongs to is the first that starts after it.
        if (!tag || (node.range?.[0] ?? -1) < tag.offset) return undefined;
        refused = {
          ...positionAt(tag.offset),
          path: toFieldPath(fieldPathOf(ancestors, node)),
          message: `the tag ${tag.source} asks for a value of a special type`,
          fix: 'remove the tag and write the value as plain text, a number, a list or fields',
        };
        return visit.BREAK;
      },
    });
  } catch (error) {
    return fail(tooDeep(error));
  }
  if (refused) return fail(refused);

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    return fail(tooDeep(error));
  }

  return {
    data,
    problems: [],
    locate: (path, { key = false } = {}) => locateIn(doc, path, key, positionAt),
  };
}

function locateIn(
  doc: Document,
  path: readonly PropertyKey[],
  key: boolean,
  positionAt: (offset: number) => Position,
): Position {
  // Walk down as far as the path exists; a missing field is reported at its parent.
  let node: unknown = doc.contents;
  let found: unknown = node;
  for (let i = 0; i < path.length; i++) {
    if (!isCollection(node)) break;
    const segment = path[i];
    const isLast = i === path.length - 1;
    if (key && isLast && isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === segment);
      if (pair && isNode(pair.key)) found = pair.key;
      break;
    }
    const next: unknown = node.get(segment, true);
    if (next === undefined) break;
    node = next;
    found = next;
  }
  const range = isNode(found) ? found.range : undefined;
  return range ? positionAt(range[0]) : { line: 1, column: 1 };
}

/**
 * The offset of a quoted value or a `[`/`{` collection that is never closed. The YAML parser
 * reports those where it gives up (often the end of the file); the contributor needs the
 * place where the quote or bracket was opened.
 */
function findUnclosed(text: string): number | undefined {
  let offset: number | undefined;
  for (const token of new Parser().parse(text)) {
    if (token.type !== 'document') continue;
    CST.visit(token, (item) => {
      for (const node of [item.key, item.value]) {
        if (offset !== undefined || !node) continue;
        if (node.type === 'double-quoted-scalar' || node.type === 'single-quoted-scalar') {
          const quote = node.type === 'double-quoted-scalar' ? '"' : "'";
          if (node.source.length < 2 || !node.source.endsWith(quote)) offset = node.offset;
        } else if (node.type === 'flow-collection') {
          const closed = node.end.some(
            (end) => end.type === 'flow-seq-end' || end.type === 'flow-map-end',
          );
          if (!closed) offset = node.offset;
        }
      }
      return offset === undefined ? undefined : CST.visit.BREAK;
    });
  }
  return offset;
}

/** The first tag written in the file (`!!binary`, `!foo`, `!<tag:…>`), by the YAML lexer. */
function findFirstTag(text: string): { offset: number; source: string } | undefined {
  let first: { offset: number; source: string } | undefined;
  // Tags sit in different places of the syntax tree (before a value, in a block scalar's
  // header, before a key); every token of the tree is looked at, whatever holds it.
  const walk = (token: unknown): void => {
    if (Array.isArray(token)) {
      for (const item of token) walk(item);
      return;
    }
    if (token === null || typeof token !== 'object') return;
    const { type, offset, source } = token as {
      type?: unknown;
      offset?: unknown;
      source?: unknown;
    };
    if (type === 'tag' && typeof offset === 'number' && typeof source === 'string') {
      if (!first || offset < first.offset) first = { offset, source };
      return;
    }
    for (const value of Object.values(token)) if (typeof value === 'object') walk(value);
  };
  for (const token of new Parser().parse(text)) walk(token);
  return first;
}

/**
 * The field path (`date.start`, `sources[0]`) of a node, from the ancestors `visit` gives:
 * the key of each field it lies in and the index of each list item.
 */
function fieldPathOf(ancestors: readonly unknown[], node: unknown): PropertyKey[] {
  const path: PropertyKey[] = [];
  const chain = [...ancestors, node];
  chain.forEach((ancestor, index) => {
    const child = chain[index + 1];
    if (isPair(ancestor) && child === ancestor.value && isScalar(ancestor.key)) {
      path.push(String(ancestor.key.value));
    } else if (isSeq(ancestor)) {
      const at = ancestor.items.indexOf(child);
      if (at >= 0) path.push(at);
    }
  });
  return path;
}

/** The problem for a file the reader could not finish: nested too deeply, or whatever else. */
function tooDeep(error: unknown): Omit<Problem, 'file'> {
  const message = error instanceof Error ? error.message : String(error);
  return error instanceof RangeError
    ? {
        line: 1,
        column: 1,
        path: '',
        message:
          'the file is nested too deeply to be read (thousands of levels of lists or fields)',
        fix: 'Chronik data files are a few levels deep: check the file for runs of "[", "{" or ": "',
      }
    : {
        line: 1,
        column: 1,
        path: '',
        message: `the YAML could not be read: ${firstLine(message)}`,
        fix: 'write the file as plain fields, lists and text (see CONTRIBUTING.md)',
      };
}

function firstLine(message: string): string {
  return message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? message;
}
