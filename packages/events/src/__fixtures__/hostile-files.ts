/**
 * A corpus of hostile data files: what a careless copy, a broken editor or an attacker's pull
 * request can put into a data directory. Each entry is written into an otherwise valid data
 * directory (the registries and one event, see `dataFiles`), and names the problem validation
 * must report for it. Large
 * files are made when the test runs, so the corpus costs nothing to import.
 */
import { dataFiles } from './events.js';

/** The kinds of hostility, one per entry; the test reports how many of each it holds. */
type HostileKind =
  | 'yaml syntax'
  | 'unclosed quote or bracket'
  | 'bracket flood'
  | 'alias'
  | 'deep nesting'
  | 'tag'
  | 'encoding'
  | 'line endings'
  | 'control character'
  | 'invisible text'
  | 'bidi control'
  | 'text too long'
  | 'file too large'
  | 'wrong type'
  | 'not a number'
  | 'impossible or future date'
  | 'precision'
  | 'duplicate id'
  | 'unknown reference'
  | 'markdown'
  | 'prototype key'
  | 'long line'
  | 'empty'
  | 'file system';

/** What a case puts into the data directory besides (or instead of) a plain file. */
type HostileEntry =
  /** A folder at `path`. */
  | { folder: true }
  /** A link at `path`: to a file outside the directory, to a file inside it, to nothing, to its own folder. */
  | { link: 'outside' | 'inside' | 'missing' | 'loop' }
  /** A file of this many bytes that takes no disk space (a sparse file). */
  | { sparse: number }
  /** No file at `path` at all (a registry left out). */
  | { removed: true };

/** One hostile file and what validation must say about it. */
export interface HostileFile {
  /** What it tries, as the test is named. */
  name: string;
  kind: HostileKind;
  /** Where it goes, relative to the data directory; it replaces a file of the same path. */
  path: string;
  /** Its text or bytes; a function for large ones. Leave out with `entry`. */
  contents?: string | Uint8Array | (() => string | Uint8Array);
  entry?: HostileEntry;
  /**
   * The problem that must be among those reported for the file at `path`: its field (`''`
   * for the whole file) and a part of its message.
   */
  expected: { path: string; message: string | RegExp };
}

/** The hostile event's file. Its id matches the file name. */
const EVENT = 'events/hostile.yaml';

/** A valid event file, to be broken one change at a time. */
const VALID = `id: hostile
date:
  start: '2024-06-27'
  precision: day
title:
  de: Titel
  en: Title
summary:
  de: Zusammenfassung.
  en: Summary.
categories: [politics]
actors: [osba]
jurisdictions: [DE]
threads: [delos-cloud]
sources:
  - url: https://example.org/a
    title: A
    publisher: Example
    published: '2024-06-27'
    lang: en
changes:
  - date: '2024-06-28'
    note: { de: Angelegt., en: Added. }
`;

/** The valid event with `from` replaced by `to`; `from` must be in it. */
function edit(from: string, to: string): string {
  if (!VALID.includes(from)) throw new Error(`hostile-files: "${from}" is not in the event`);
  return VALID.replace(from, to);
}

/** The valid event with more lines at its end. */
const plus = (lines: string) => `${VALID}${lines}`;

const REGISTRY = new Map(
  dataFiles({}).map((file) => [file.path, String(file.contents as string)] as const),
);

/** A registry file of the fixture directory with more text at its end. */
function registryPlus(path: string, more: string): string {
  const text = REGISTRY.get(path);
  if (text === undefined) throw new Error(`hostile-files: no registry ${path}`);
  return `${text}${more}`;
}

const x = (length: number) => 'x'.repeat(length);

/** Bytes of a text in UTF-16, little- or big-endian, with or without a byte-order mark. */
function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const units = [...(bom ? '\uFEFF' : ''), ...text].flatMap((c) => {
    const code = c.charCodeAt(0);
    return endian === 'le' ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff];
  });
  return Uint8Array.from(units);
}

/** The bytes of `before`, then `bytes`, then `after`, the texts in UTF-8. */
function withBytes(before: string, bytes: readonly number[], after: string): Uint8Array {
  const encoder = new TextEncoder();
  return Uint8Array.from([...encoder.encode(before), ...bytes, ...encoder.encode(after)]);
}

const MB = 1024 * 1024;

const SIZE = /more than the 256 KB allowed, and was not read/;
const REGISTRY_SIZE = /more than the 512 KB allowed, and was not read/;
const YAML = /^invalid YAML: /;
const TOO_DEEP = 'nested too deeply to be read';
const ALIAS = /^the alias \*\w+ repeats a value marked elsewhere with &\w+$/;
const TAG = /^the tag \S+ asks for a value of a special type$/;
const CONTROL =
  /^contains (the control character U\+[0-9A-F]{4}|U\+[0-9A-F]{4} at character \d+, which is not a character)/;
const INVISIBLE = 'is empty (only invisible characters)';
const BIDI = /^contains the bidi control U\+(202[A-E]|206[6-9]) /;
const tooLong = (length: number, max: number) =>
  `is ${length.toLocaleString('en')} characters long, more than the ${max.toLocaleString('en')} allowed`;

/** The corpus: at least a hundred files, every kind of hostility more than once. */
export const HOSTILE_FILES: readonly HostileFile[] = [
  // YAML syntax garbage.
  ...(
    [
      ['a line of colons', 'id: hostile\n  : : :\n'],
      ['a reserved character', plus('notes: @mention\n')],
      ['a key indented under a scalar', edit('title:\n  de: Titel', 'title: x\n  de: Titel')],
      ['tab indentation', edit("  start: '2024-06-27'", "\tstart: '2024-06-27'")],
      ['a second document', plus('---\nid: other\n')],
      ['closing brackets', plus(']]]]\n')],
      ['a nested compact mapping', edit('title:\n', 'title: de: en:\n')],
      ['a list and fields at one level', edit('categories: [politics]', '- politics')],
      ['a block scalar with a bad indentation indicator', edit('  en: Title', '  en: |0\n  Title')],
      ['a stray document end', edit('title:', '...\ntitle:')],
      ['a directive in the middle', plus('%YAML 1.2\n')],
    ] as const
  ).map(([name, contents]): HostileFile => ({
    name,
    kind: 'yaml syntax',
    path: EVENT,
    contents,
    expected: { path: '', message: YAML },
  })),
  {
    name: 'a flow mapping as a key',
    kind: 'yaml syntax',
    path: EVENT,
    contents: plus('{a: b}: c\n'),
    expected: { path: '{ a: b }', message: 'unknown field "{ a: b }"' },
  },
  {
    name: 'a key written twice',
    kind: 'yaml syntax',
    path: EVENT,
    contents: plus('id: hostile\n'),
    expected: { path: '', message: 'Map keys must be unique' },
  },
  {
    name: 'thousands of broken lines, capped',
    kind: 'yaml syntax',
    path: EVENT,
    contents: () => 'a: b: c\n'.repeat(1_500),
    expected: {
      path: '',
      message: /^… and more than 90 more YAML errors in this file \(the reader stopped there\)$/,
    },
  },

  // Quotes and brackets left open.
  ...(
    [
      ['a double quote', edit('de: Titel', 'de: "Titel')],
      ['a single quote', edit('de: Titel', "de: 'Titel")],
      ['a list', edit('categories: [politics]', 'categories: [politics')],
      ['a mapping', edit('  en: Title', '  en: { x: Title')],
      ['a quote at the end of the file', plus('notes: { de: "x')],
      ['a broken quote on every line', () => 'title: "unclosed\n'.repeat(2_000)],
    ] as const
  ).map(([name, contents]): HostileFile => ({
    name: `${name} left open`,
    kind: 'unclosed quote or bracket',
    path: EVENT,
    contents,
    expected: { path: '', message: YAML },
  })),

  // Floods of closing and opening brackets.
  ...(
    [
      ['2 KB of "}"', () => '}'.repeat(2_048)],
      ['16 KB of "}"', () => '}'.repeat(16_384)],
      ['"}" after a valid event', () => plus('}'.repeat(8_192))],
      ['4 KB of "]"', () => ']'.repeat(4_096)],
      ['8 KB of "}{][" in turn', () => '}{]['.repeat(2_048)],
      ['8 KB of quotes', () => '"'.repeat(8_192)],
    ] as const
  ).map(([name, contents]): HostileFile => ({
    name,
    kind: 'bracket flood',
    path: EVENT,
    contents,
    expected: { path: '', message: YAML },
  })),

  // Aliases: bombs, cycles, aliases of nothing.
  {
    name: 'an alias bomb (a billion laughs)',
    kind: 'alias',
    path: EVENT,
    contents: [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      ...'bcdefghi'.split('').map((name, i) => {
        const previous = 'abcdefghi'[i]!;
        return `${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`;
      }),
      '',
    ].join('\n'),
    expected: { path: 'b[0]', message: ALIAS },
  },
  {
    name: 'an alias cycle',
    kind: 'alias',
    path: EVENT,
    contents: edit('categories: [politics]', 'categories: &a [*a]'),
    expected: { path: 'categories[0]', message: ALIAS },
  },
  {
    name: 'an alias of an anchor that does not exist',
    kind: 'alias',
    path: EVENT,
    contents: edit('actors: [osba]', 'actors: [*nobody]'),
    expected: { path: 'actors[0]', message: 'which the file does not have before it' },
  },
  {
    name: 'a merge key',
    kind: 'alias',
    path: EVENT,
    contents: edit('title:\n  de: Titel', 'base: &t { de: Titel }\ntitle:\n  <<: *t\n  de: Titel'),
    expected: { path: 'title.<<', message: ALIAS },
  },
  {
    name: 'an alias as a key',
    kind: 'alias',
    path: EVENT,
    contents: edit('categories: [politics]', 'categories: [&k politics]\n*k : x'),
    expected: { path: '', message: ALIAS },
  },
  {
    name: 'a source repeated by an alias',
    kind: 'alias',
    path: EVENT,
    contents: edit(
      '  - url: https://example.org/a',
      '  - &s\n    url: https://example.org/a',
    ).replace('    lang: en\n', '    lang: en\n  - *s\n'),
    expected: { path: 'sources[1]', message: ALIAS },
  },

  // Nesting deeper than the reader's stack.
  ...(
    [
      ['lists', () => `${'['.repeat(2_000)}${']'.repeat(2_000)}`],
      ['flow mappings', () => `${'{a: '.repeat(2_000)}1${'}'.repeat(2_000)}`],
      ['block lists', () => '- '.repeat(2_000)],
      ['a list in a field', () => `id: hostile\nnotes: ${'['.repeat(2_000)}`],
    ] as const
  ).map(([name, contents]): HostileFile => ({
    name: `2,000 levels of ${name}`,
    kind: 'deep nesting',
    path: EVENT,
    contents,
    expected: { path: '', message: TOO_DEEP },
  })),
  {
    name: 'compact mappings nested on one line',
    kind: 'deep nesting',
    path: EVENT,
    contents: () => `a${': a'.repeat(2_000)}`,
    // Where the reader runs out of stack depends on how deep it is called from.
    expected: { path: '', message: /^invalid YAML: |nested too deeply/ },
  },

  // Tags that ask for values of other types.
  ...(
    [
      ['!!js/function', "start: !!js/function 'function () { return 1 }'", 'date.start'],
      ['!!binary', 'start: !!binary aGk=', 'date.start'],
      ['!foo', "start: !foo '2024-06-27'", 'date.start'],
      ['!!python/object', "start: !!python/object:os.system 'ls'", 'date.start'],
      [
        '!<tag:yaml.org,2002:timestamp>',
        'start: !<tag:yaml.org,2002:timestamp> 2024-06-27',
        'date.start',
      ],
      ['!!timestamp', 'start: !!timestamp 2024-06-27', 'date.start'],
      ['!!set', 'start: !!set { a, b }', 'date.start'],
      ['!!str', "start: !!str '2024-06-27'", 'date.start'],
    ] as const
  ).map(([name, written, path]): HostileFile => ({
    name: `the tag ${name}`,
    kind: 'tag',
    path: EVENT,
    contents: edit("start: '2024-06-27'", written),
    expected: { path, message: TAG },
  })),
  {
    name: 'a tag declared by a %TAG directive',
    kind: 'tag',
    path: EVENT,
    contents: `%TAG !e! tag:example.com,2024:\n---\n${edit("start: '2024-06-27'", "start: !e!date '2024-06-27'")}`,
    expected: { path: 'date.start', message: TAG },
  },
  {
    name: 'a tag on the whole document',
    kind: 'tag',
    path: EVENT,
    contents: `--- !!map\n${VALID}`,
    expected: { path: '', message: TAG },
  },

  // Encodings other than UTF-8.
  ...(
    [
      [
        'UTF-16 little-endian with a byte-order mark',
        utf16(VALID, 'le', true),
        /UTF-16 \(little-endian, with a byte-order mark\)/,
      ],
      [
        'UTF-16 big-endian with a byte-order mark',
        utf16(VALID, 'be', true),
        /UTF-16 \(big-endian, with a byte-order mark\)/,
      ],
      [
        'UTF-16 little-endian',
        utf16(VALID, 'le', false),
        /the file is UTF-16 \(little-endian\), not UTF-8/,
      ],
      [
        'UTF-16 big-endian',
        utf16(VALID, 'be', false),
        /the file is UTF-16 \(big-endian\), not UTF-8/,
      ],
      [
        'Latin-1',
        withBytes('id: hostile\ntitle:\n  de: Gr', [0xf6, 0xdf, 0x65], '\n'),
        /not UTF-8 text/,
      ],
      [
        'Windows-1252 quotes',
        withBytes('id: hostile\nnotes: ', [0x93, 0x78, 0x94], '\n'),
        /not UTF-8 text/,
      ],
      ['a truncated UTF-8 sequence', withBytes(VALID, [0xe2, 0x82], '\n'), /not UTF-8 text/],
      [
        'an overlong UTF-8 encoding of "/"',
        withBytes('id: hostile', [0xc0, 0xaf], '\n'),
        /not UTF-8 text/,
      ],
      [
        'a UTF-8 encoded surrogate',
        withBytes('id: hostile', [0xed, 0xa0, 0x80], '\n'),
        /not UTF-8 text/,
      ],
      [
        'UTF-32 little-endian',
        Uint8Array.from([...VALID].flatMap((c) => [c.charCodeAt(0), 0, 0, 0])),
        'the file is UTF-32 (little-endian), not UTF-8',
      ],
      [
        'UTF-32 big-endian with a byte-order mark',
        Uint8Array.from([
          0,
          0,
          0xfe,
          0xff,
          ...[...VALID].flatMap((c) => [0, 0, 0, c.charCodeAt(0)]),
        ]),
        'the file is UTF-32 (big-endian, with a byte-order mark), not UTF-8',
      ],
    ] as const
  ).map(([name, contents, message]): HostileFile => ({
    name,
    kind: 'encoding',
    path: EVENT,
    contents,
    expected: { path: '', message },
  })),
  {
    name: 'UTF-16 in a registry',
    kind: 'encoding',
    path: 'threads.yaml',
    contents: utf16(REGISTRY.get('threads.yaml') ?? '', 'le', true),
    expected: { path: '', message: /the file is UTF-16/ },
  },

  // Line endings YAML does not read as such.
  {
    name: 'CR line endings (classic Mac OS)',
    kind: 'line endings',
    path: EVENT,
    contents: VALID.replace(/\n/g, '\r'),
    expected: { path: '', message: 'the file uses CR line endings (classic Mac OS)' },
  },
  {
    name: 'one lone CR among LF line endings',
    kind: 'line endings',
    path: EVENT,
    contents: edit('  en: Title\n', '  en: Title\r'),
    expected: { path: '', message: 'line 7 ends with a lone CR' },
  },
  {
    name: 'CR line endings in a registry',
    kind: 'line endings',
    path: 'actors.yaml',
    contents: (REGISTRY.get('actors.yaml') ?? '').replace(/\n/g, '\r'),
    expected: { path: '', message: 'the file uses CR line endings' },
  },

  // Control characters, raw and escaped.
  ...(
    [
      ['a raw NUL in a title', edit('de: Titel', 'de: Ti\0tel'), 'title.de'],
      [
        'a terminal escape sequence in a title',
        edit('de: Titel', 'de: "\\e[2J\\e[HTitel"'),
        'title.de',
      ],
      ['an escaped NUL in an id', edit('id: hostile', 'id: "hostile\\0"'), 'id'],
      [
        'a BEL in a publisher',
        edit('publisher: Example', 'publisher: "Exa\\ample"'),
        'sources[0].publisher',
      ],
      ['a backspace in a category', edit('[politics]', '["poli\\btics"]'), 'categories[0]'],
      [
        'a DEL in a URL',
        edit('url: https://example.org/a', 'url: "https://example.org/\\x7fa"'),
        'sources[0].url',
      ],
      ['a NEL (U+0085) in a summary', edit('en: Summary.', 'en: "Sum\\Nmary."'), 'summary.en'],
      ['a CR in a summary', edit('en: Summary.', 'en: "Sum\\rmary."'), 'summary.en'],
      ['a form feed in a status', plus('status: "happened\\f"\n'), 'status'],
      [
        'a vertical tab in a date',
        edit("start: '2024-06-27'", 'start: "2024-06-27\\v"'),
        'date.start',
      ],
      ['an ESC in a category label', '', '[0].label.en'],
      // Not characters at all: XML forbids them, so a feed holding one would not be read.
      ['U+FFFE in a title', edit('en: Title', 'en: "Ti\\uFFFEtle"'), 'title.en'],
      ['U+FFFF in a change note', edit('en: Added.', 'en: "Added.\\uFFFF"'), 'changes[0].note.en'],
      ['U+FDD0 in a summary', edit('en: Summary.', 'en: "Sum\\uFDD0mary."'), 'summary.en'],
      [
        'a lone surrogate in a source title',
        edit('title: A', 'title: "A\\uD800"'),
        'sources[0].title',
      ],
    ] as const
  ).map(([name, contents, path]): HostileFile =>
    path === '[0].label.en'
      ? {
          name,
          kind: 'control character',
          path: 'categories.yaml',
          contents: (REGISTRY.get('categories.yaml') ?? '').replace(
            '    en: politics',
            '    en: "poli\\etics"',
          ),
          expected: { path, message: CONTROL },
        }
      : {
          name,
          kind: 'control character',
          path: EVENT,
          contents,
          expected: { path, message: CONTROL },
        },
  ),

  // Texts of nothing but invisible characters.
  ...(
    [
      ['zero-width spaces', 'title.de', 'de: Titel', 'de: "\\u200B\\u200B"'],
      ['joiners', 'title.en', 'en: Title', 'en: "\\u200C\\u200D"'],
      ['a word joiner and a soft hyphen', 'summary.en', 'en: Summary.', 'en: "\\u2060\\u00AD"'],
      ['a byte-order mark, trimmed as a space', 'sources[0].title', 'title: A', 'title: "\\uFEFF"'],
      ['a Hangul filler', 'sources[0].publisher', 'publisher: Example', 'publisher: "\\u3164"'],
      ['a blank Braille pattern', 'title.de', 'de: Titel', 'de: "\\u2800 \\u2800"'],
      ['variation selectors', 'changes[0].note.en', 'en: Added.', 'en: "\\uFE0F\\uFE0E"'],
    ] as const
  ).map(([name, path, from, to]): HostileFile => ({
    name: `a text of only ${name}`,
    kind: 'invisible text',
    path: EVENT,
    contents: edit(from, to),
    expected: { path, message: name.includes('space') ? 'is empty' : INVISIBLE },
  })),
  {
    name: 'a storyline label of only zero-width spaces',
    kind: 'invisible text',
    path: 'threads.yaml',
    contents: (REGISTRY.get('threads.yaml') ?? '').replace(
      '    de: Delos Cloud',
      '    de: "\\u200B"',
    ),
    expected: { path: '[0].label.de', message: INVISIBLE },
  },

  // Bidi controls: refused in anything that identifies; in text, only closed isolates.
  ...(
    [
      ['an RLO in an id', 'id: hostile', 'id: "hos\\u202Etile"', 'id', BIDI],
      ['an LRE in a category', '[politics]', '["poli\\u202Atics"]', 'categories[0]', BIDI],
      [
        'an RLI in a jurisdiction',
        'jurisdictions: [DE]',
        'jurisdictions: ["\\u2067DE"]',
        'jurisdictions[0]',
        BIDI,
      ],
      ['an FSI in an actor', 'actors: [osba]', 'actors: ["os\\u2068ba"]', 'actors[0]', BIDI],
      [
        'a PDI in a storyline',
        'threads: [delos-cloud]',
        'threads: ["delos-cloud\\u2069"]',
        'threads[0]',
        BIDI,
      ],
      [
        'an RLO in a URL',
        'url: https://example.org/a',
        'url: "https://example.org/\\u202Efdp.exe"',
        'sources[0].url',
        BIDI,
      ],
      ['an LRO in a date', "start: '2024-06-27'", 'start: "\\u202D2024-06-27"', 'date.start', BIDI],
      ['an RLO in a title', 'en: Title', 'en: "Invoice \\u202Efdp.exe"', 'title.en', BIDI],
      [
        'a PDF in a publisher',
        'publisher: Example',
        'publisher: "Example\\u202C"',
        'sources[0].publisher',
        BIDI,
      ],
      [
        'an unclosed RLI in a summary',
        'en: Summary.',
        'en: "Summary \\u2067ends"',
        'summary.en',
        /bidi isolate U\+2067 .* not closed on its line/,
      ],
      [
        'a PDI with no isolate in notes',
        'changes:',
        'notes: { de: x, en: "x\\u2069" }\nchanges:',
        'notes.en',
        /U\+2069 .* closes no isolate/,
      ],
    ] as const
  ).map(([name, from, to, path, message]): HostileFile => ({
    name,
    kind: 'bidi control',
    path: EVENT,
    contents: edit(from, to),
    expected: { path, message },
  })),
  {
    name: 'an RLO in a category id of the registry',
    kind: 'bidi control',
    path: 'categories.yaml',
    contents: registryPlus(
      'categories.yaml',
      "- id: \"sec\\u202Eurity\"\n  label: { de: x, en: x }\n  description: { de: x, en: x }\n  color: '#000000'\n  colorDark: '#ffffff'\n  shape: star\n",
    ),
    expected: { path: '[3].id', message: BIDI },
  },

  // Every length limit, one character over.
  ...(
    [
      ['an id', 'id', 'id: hostile', `id: ${x(121)}`, 121, 120, EVENT],
      ['a title', 'title.en', 'en: Title', `en: ${x(301)}`, 301, 300, EVENT],
      ['a summary', 'summary.de', 'de: Zusammenfassung.', `de: ${x(5_001)}`, 5_001, 5_000, EVENT],
      [
        'notes',
        'notes.en',
        'changes:',
        `notes: { de: x, en: ${x(20_001)} }\nchanges:`,
        20_001,
        20_000,
        EVENT,
      ],
      ['a source title', 'sources[0].title', 'title: A', `title: ${x(501)}`, 501, 500, EVENT],
      [
        'a publisher',
        'sources[0].publisher',
        'publisher: Example',
        `publisher: ${x(301)}`,
        301,
        300,
        EVENT,
      ],
      [
        'a URL',
        'sources[0].url',
        'url: https://example.org/a',
        `url: https://example.org/${x(1_981)}`,
        2_001,
        2_000,
        EVENT,
      ],
      [
        'a change note',
        'changes[0].note.de',
        'de: Angelegt.',
        `de: ${x(5_001)}`,
        5_001,
        5_000,
        EVENT,
      ],
    ] as const
  ).map(([what, path, from, to, length, max, file]): HostileFile => ({
    name: `${what} of ${length.toLocaleString('en')} characters`,
    kind: 'text too long',
    path: file,
    contents: () => edit(from, to),
    expected: { path, message: tooLong(length, max) },
  })),
  ...(
    [
      [
        'a category label',
        'categories.yaml',
        '[0].label.de',
        '    de: politics',
        `    de: ${x(101)}`,
        101,
        100,
      ],
      [
        'a category description',
        'categories.yaml',
        '[1].description.en',
        '    en: security\n  color',
        `    en: ${x(2_001)}\n  color`,
        2_001,
        2_000,
      ],
      ['an actor name', 'actors.yaml', '[0].name.de', 'de: OSBA', `de: ${x(301)}`, 301, 300],
      [
        'a jurisdiction name',
        'jurisdictions.yaml',
        '[0].name.en',
        'en: Germany',
        `en: ${x(301)}`,
        301,
        300,
      ],
      [
        'a storyline label',
        'threads.yaml',
        '[0].label.en',
        '    en: Delos Cloud',
        `    en: ${x(101)}`,
        101,
        100,
      ],
      [
        'a storyline description',
        'threads.yaml',
        '[0].description.de',
        '    de: x',
        `    de: ${x(2_001)}`,
        2_001,
        2_000,
      ],
      [
        'the dataset title',
        'dataset.yaml',
        'title.en',
        '  en: Test\n',
        `  en: ${x(301)}\n`,
        301,
        300,
      ],
      [
        'the dataset description',
        'dataset.yaml',
        'description.de',
        'de: Testdaten',
        `de: ${x(2_001)}`,
        2_001,
        2_000,
      ],
      [
        'the licence name',
        'dataset.yaml',
        'license.name',
        'name: Creative Commons Attribution 4.0 International',
        `name: ${x(301)}`,
        301,
        300,
      ],
      [
        'the dataset publisher',
        'dataset.yaml',
        'publisher',
        'publisher: Tests',
        `publisher: ${x(301)}`,
        301,
        300,
      ],
    ] as const
  ).map(([what, file, path, from, to, length, max]): HostileFile => ({
    name: `${what} of ${length.toLocaleString('en')} characters`,
    kind: 'text too long',
    path: file,
    contents: () => {
      const text = REGISTRY.get(file) ?? '';
      if (!text.includes(from)) throw new Error(`hostile-files: "${from}" is not in ${file}`);
      return text.replace(from, to);
    },
    expected: { path, message: tooLong(length, max) },
  })),
  {
    name: 'a dataset version note of 5,001 characters',
    kind: 'text too long',
    path: 'dataset.yaml',
    contents: () =>
      registryPlus(
        'dataset.yaml',
        `changes:\n  - version: 1.0.0\n    date: '2024-01-01'\n    note: { de: x, en: ${x(5_001)} }\n`,
      ),
    expected: { path: 'changes[0].note.en', message: tooLong(5_001, 5_000) },
  },

  // Files over the size limit, refused before anything reads them.
  {
    name: '1 MB of "}"',
    kind: 'file too large',
    path: EVENT,
    contents: () => '}'.repeat(MB),
    expected: { path: '', message: SIZE },
  },
  {
    name: '1 MB of broken quotes',
    kind: 'file too large',
    path: EVENT,
    contents: () => 'title: "unclosed\n'.repeat(MB / 16),
    expected: { path: '', message: SIZE },
  },
  {
    name: 'a valid event padded with comments to 257 KB',
    kind: 'file too large',
    path: EVENT,
    contents: () => `${VALID}# ${x(257 * 1024 - VALID.length - 3)}\n`,
    expected: { path: '', message: /the file is 257 KB \(263,168 bytes\), more than the 256 KB/ },
  },
  {
    name: 'a file of 3 GB (sparse)',
    kind: 'file too large',
    path: EVENT,
    entry: { sparse: 3 * 1024 * MB },
    expected: { path: '', message: /the file is 3,145,728 KB/ },
  },
  {
    name: 'a registry of 600 KB',
    kind: 'file too large',
    path: 'categories.yaml',
    contents: () => registryPlus('categories.yaml', `# ${x(600 * 1024)}\n`),
    expected: { path: '', message: REGISTRY_SIZE },
  },

  // Values of the wrong type.
  ...(
    [
      [
        'a title as one text',
        'title',
        'title:\n  de: Titel\n  en: Title',
        'title: Title',
        'expected a group of fields, found text',
      ],
      [
        'categories as one text',
        'categories',
        'categories: [politics]',
        'categories: politics',
        'expected a list, found text',
      ],
      [
        'sources as fields',
        'sources',
        "  - url: https://example.org/a\n    title: A\n    publisher: Example\n    published: '2024-06-27'\n    lang: en",
        '  url: https://example.org/a\n  title: A\n  publisher: Example\n  lang: en',
        'expected a list, found a group of fields',
      ],
      [
        'importance as a word',
        'importance',
        'changes:',
        'importance: high\nchanges:',
        'expected a number, found text',
      ],
      [
        'verified as "yes"',
        'verified',
        'changes:',
        'verified: yes\nchanges:',
        'expected true or false, found text "yes"',
      ],
      [
        'a date as a list',
        'date',
        "date:\n  start: '2024-06-27'\n  precision: day",
        'date: [2024, 6, 27]',
        'expected a group of fields, found a list',
      ],
      ['an id as a number', 'id', 'id: hostile', 'id: 42', 'expected text, found a number 42'],
      [
        'a start as a number',
        'date.start',
        "start: '2024-06-27'",
        'start: 2024',
        'expected text, found a number 2024',
      ],
      [
        'actors as nothing',
        'actors',
        'actors: [osba]',
        'actors: ~',
        'expected a list, found nothing (null)',
      ],
    ] as const
  ).map(([name, path, from, to, message]): HostileFile => ({
    name,
    kind: 'wrong type',
    path: EVENT,
    contents: edit(from, to),
    expected: { path, message },
  })),
  {
    name: 'a file that is a list',
    kind: 'wrong type',
    path: EVENT,
    contents: '- id: hostile\n',
    expected: { path: '', message: 'expected a group of fields, found a list' },
  },
  {
    name: 'a file that is one number',
    kind: 'wrong type',
    path: EVENT,
    contents: '42\n',
    expected: { path: '', message: 'expected a group of fields, found a number 42' },
  },
  {
    name: 'a registry that is fields instead of a list',
    kind: 'wrong type',
    path: 'jurisdictions.yaml',
    contents: 'DE: Deutschland\n',
    expected: { path: '', message: 'expected a list, found a group of fields' },
  },

  // Numbers that are none.
  ...(
    [
      ['.nan', 'is not a number (NaN)'],
      ['.NaN', 'is not a number (NaN)'],
      ['.inf', 'is infinite (.inf)'],
      ['-.Inf', 'is infinite (-.inf)'],
      ['1e400', 'is infinite (.inf)'],
      ['2.5', 'expected a whole number'],
      ['0x10', '16 is above 3'],
    ] as const
  ).map(([written, message]): HostileFile => ({
    name: `importance: ${written}`,
    kind: 'not a number',
    path: EVENT,
    contents: edit('changes:', `importance: ${written}\nchanges:`),
    expected: { path: 'importance', message },
  })),

  // Dates that do not exist, and dates in the future.
  ...(
    [
      [
        '30 February',
        'date.start',
        "start: '2024-06-27'",
        "start: '2024-02-30'",
        'does not exist: February 2024 has days 01 to 29',
      ],
      [
        '29 February of a common year',
        'date.start',
        "start: '2024-06-27'",
        "start: '2023-02-29'",
        'does not exist: February 2023 has days 01 to 28',
      ],
      ['month 13', 'date.start', "start: '2024-06-27'", "start: '2024-13-01'", '"2024-13-01"'],
      [
        'a date without leading zeros',
        'date.start',
        "start: '2024-06-27'",
        "start: '2024-6-7'",
        '"2024-6-7"',
      ],
      [
        'an end before the start',
        'date.end',
        '  precision: day',
        "  precision: day\n  end: '2024-06-01'",
        'end "2024-06-01" is before start "2024-06-27"',
      ],
      [
        'a change on 31 April',
        'changes[0].date',
        "date: '2024-06-28'",
        "date: '2024-04-31'",
        'does not exist',
      ],
      [
        'a change dated with a month only',
        'changes[0].date',
        "date: '2024-06-28'",
        "date: '2024-06'",
        'is not a full day',
      ],
      [
        'a source published in 2099',
        'sources[0].published',
        "published: '2024-06-27'",
        "published: '2099-01-01'",
        'the source is dated 2099-01-01, after today',
      ],
      [
        'a change dated in 2099',
        'changes[0].date',
        "date: '2024-06-28'",
        "date: '2099-01-01'",
        'the change is dated 2099-01-01, after today',
      ],
      [
        'a future event marked as happened',
        'status',
        "start: '2024-06-27'",
        "start: '2099-06-27'",
        'after today, but is marked as happened',
      ],
    ] as const
  ).map(([name, path, from, to, message]): HostileFile => ({
    name,
    kind: 'impossible or future date',
    path: EVENT,
    contents: edit(from, to),
    expected: { path, message },
  })),
  {
    name: 'a dataset version dated in 2099',
    kind: 'impossible or future date',
    path: 'dataset.yaml',
    contents: registryPlus(
      'dataset.yaml',
      "changes:\n  - version: 1.0.0\n    date: '2099-01-01'\n    note: { de: x, en: x }\n",
    ),
    expected: { path: 'changes[0].date', message: 'the change is dated 2099-01-01, after today' },
  },

  // Precisions that contradict the date.
  ...(
    [
      [
        'month with a day',
        "start: '2024-06-27'\n  precision: day",
        "start: '2024-06-27'\n  precision: month",
        'precision "month" needs a start written as YYYY-MM',
      ],
      [
        'quarter starting in May',
        "start: '2024-06-27'\n  precision: day",
        "start: '2024-05'\n  precision: quarter",
        'a quarter starts in January, April, July or October',
      ],
      [
        'season starting in January',
        "start: '2024-06-27'\n  precision: day",
        "start: '2024-01'\n  precision: season",
        'a season starts in March',
      ],
      [
        'year with a month',
        "start: '2024-06-27'\n  precision: day",
        "start: '2024-06'\n  precision: year",
        'precision "year" needs a start written as YYYY',
      ],
      [
        'a precision that does not exist',
        'precision: day',
        'precision: week',
        '"week" is not one of',
      ],
    ] as const
  ).map(([name, from, to, message]): HostileFile => ({
    name: `precision: ${name}`,
    kind: 'precision',
    path: EVENT,
    contents: edit(from, to),
    expected: { path: 'date.precision', message },
  })),

  // Ids used twice or not matching the file.
  {
    name: 'the id of another event',
    kind: 'duplicate id',
    path: 'events/z-copy.yaml',
    contents: edit('id: hostile', 'id: test-event'),
    expected: { path: 'id', message: 'id "test-event" is already used by events/test-event.yaml' },
  },
  {
    name: 'an id that is not the file name',
    kind: 'duplicate id',
    path: EVENT,
    contents: edit('id: hostile', 'id: friendly'),
    expected: { path: 'id', message: 'id "friendly" does not match the file name hostile.yaml' },
  },
  {
    name: 'a category id used twice in the registry',
    kind: 'duplicate id',
    path: 'categories.yaml',
    contents: registryPlus(
      'categories.yaml',
      "- id: politics\n  label: { de: x, en: x }\n  description: { de: x, en: x }\n  color: '#000000'\n  colorDark: '#ffffff'\n  shape: star\n",
    ),
    expected: { path: '[3].id', message: 'category id "politics" is used twice' },
  },
  {
    name: 'a source listed twice',
    kind: 'duplicate id',
    path: EVENT,
    contents: edit(
      '    lang: en\n',
      '    lang: en\n  - url: https://example.org/a\n    title: B\n    publisher: Other\n    lang: de\n',
    ),
    expected: { path: 'sources[1].url', message: 'is listed twice (also sources[0])' },
  },

  // References to what does not exist.
  ...(
    [
      [
        'a category that does not exist',
        'categories[0]',
        '[politics]',
        '[weather]',
        'unknown category "weather"',
      ],
      [
        'a misspelt category',
        'categories[0]',
        '[politics]',
        '[politcs]',
        'unknown category "politcs"',
      ],
      [
        'an actor that does not exist',
        'actors[0]',
        'actors: [osba]',
        'actors: [nobody]',
        'unknown actor "nobody"',
      ],
      [
        'a jurisdiction that does not exist',
        'jurisdictions[0]',
        'jurisdictions: [DE]',
        'jurisdictions: [XX]',
        'unknown jurisdiction "XX"',
      ],
      [
        'a storyline that does not exist',
        'threads[0]',
        'threads: [delos-cloud]',
        'threads: [nothing]',
        'unknown thread "nothing"',
      ],
      [
        'a related event that does not exist',
        'related[0].id',
        'changes:',
        'related: [{ id: nowhere, type: cites }]\nchanges:',
        'related event "nowhere" does not exist',
      ],
      [
        'a relation to itself',
        'related[0].id',
        'changes:',
        'related: [{ id: hostile, type: cites }]\nchanges:',
        'an event cannot relate to itself',
      ],
    ] as const
  ).map(([name, path, from, to, message]): HostileFile => ({
    name,
    kind: 'unknown reference',
    path: EVENT,
    contents: edit(from, to),
    expected: { path, message },
  })),

  // Markdown that would load or run something in a reader's browser.
  ...(
    [
      ['an image', '![](https://tracker.example/pixel.gif)', /an image/],
      ['a script tag', '<script>alert(1)</script>', /HTML/],
      ['an image tag with onerror', 'Text <img src=x onerror=alert(1)> more.', /HTML/],
      ['an HTML comment', 'Text <!-- hidden --> more.', /HTML/],
      ['a javascript: link', '[click](javascript:alert(1))', /javascript/],
      ['a data: link', '[click](data:text/html;base64,PHNjcmlwdD4=)', /data/],
      [
        'an entity-encoded javascript: link',
        '[click](&#106;avascript:alert(1))',
        /character references/,
      ],
      ['a javascript: autolink', 'See <javascript:alert(1)>.', /javascript/],
    ] as const
  ).map(([name, markdown, message]): HostileFile => ({
    name: `${name} in a summary`,
    kind: 'markdown',
    path: EVENT,
    contents: edit('en: Summary.', `en: ${JSON.stringify(markdown)}`),
    expected: { path: 'summary.en', message },
  })),

  // Keys that would reach an object's prototype if data were merged carelessly.
  ...(
    [
      ['__proto__ at the top', '__proto__', plus('__proto__: { polluted: true }\n')],
      [
        '__proto__ in a title',
        'title.__proto__',
        edit('  de: Titel', '  __proto__: { polluted: true }\n  de: Titel'),
      ],
      [
        'constructor.prototype',
        'constructor',
        plus('constructor: { prototype: { polluted: true } }\n'),
      ],
      ['prototype', 'prototype', plus('prototype: { polluted: true }\n')],
      [
        '__proto__ in a source',
        'sources[0].__proto__',
        edit('    lang: en', '    lang: en\n    __proto__: { polluted: true }'),
      ],
      ['toString', 'toString', plus('toString: x\n')],
      ['hasOwnProperty', 'hasOwnProperty', plus('hasOwnProperty: x\n')],
    ] as const
  ).map(([name, path, contents]): HostileFile => ({
    name: `the key ${name}`,
    kind: 'prototype key',
    path: EVENT,
    contents,
    expected: { path, message: /^unknown field "/ },
  })),
  {
    name: 'the key __proto__ in a registry entry',
    kind: 'prototype key',
    path: 'actors.yaml',
    contents: registryPlus(
      'actors.yaml',
      '- id: other\n  name: { de: x, en: x }\n  kind: company\n  __proto__: { polluted: true }\n',
    ),
    expected: { path: '[2].__proto__', message: 'unknown field "__proto__"' },
  },

  // Very long lines.
  {
    name: 'a key of 100,000 characters',
    kind: 'long line',
    path: EVENT,
    contents: () => plus(`${x(100_000)}: x\n`),
    expected: { path: '', message: YAML },
  },
  {
    name: 'a summary of 200,000 characters on one line',
    kind: 'long line',
    path: EVENT,
    contents: () => edit('en: Summary.', `en: ${'word '.repeat(40_000)}`),
    expected: { path: 'summary.en', message: /more than the 5,000 allowed/ },
  },
  {
    name: 'a flow list of 3,000 categories on one line',
    kind: 'long line',
    path: EVENT,
    contents: () => edit('[politics]', `[${Array(3_000).fill('politics').join(', ')}]`),
    expected: { path: 'categories[1]', message: '"politics" is listed twice' },
  },

  // Files with nothing in them.
  ...(
    [
      ['an empty file', '', 'the file is empty'],
      ['only spaces and line breaks', '  \n\n   \n', 'the file is empty'],
      ['only comments', '# nothing here\n# or here\n', 'the file has no data, only comments'],
      ['only a document start', '---\n', 'expected a group of fields, found nothing (null)'],
      ['only a byte-order mark', '\uFEFF', 'the file is empty'],
      ['an empty mapping', '{}\n', 'required field "id" is missing'],
    ] as const
  ).map(([name, contents, message]): HostileFile => ({
    name,
    kind: 'empty',
    path: EVENT,
    contents,
    expected: { path: message.startsWith('required') ? 'id' : '', message },
  })),
  {
    name: 'an empty registry',
    kind: 'empty',
    path: 'categories.yaml',
    contents: '',
    expected: { path: '', message: 'the file is empty' },
  },

  // What the file system holds besides plain files.
  {
    name: 'a folder named like an event file',
    kind: 'file system',
    path: 'events/folder.yaml',
    entry: { folder: true },
    expected: { path: '', message: 'events/folder.yaml is a folder, not a file' },
  },
  {
    name: 'a folder named like a registry',
    kind: 'file system',
    path: 'threads.yaml',
    entry: { folder: true },
    expected: { path: '', message: 'threads.yaml is a folder, not a file' },
  },
  {
    name: 'a link to a file outside the data directory',
    kind: 'file system',
    path: 'events/outside.yaml',
    entry: { link: 'outside' },
    expected: { path: '', message: /^events\/outside\.yaml is a link to .*; links are not read$/ },
  },
  {
    name: 'a link to another event',
    kind: 'file system',
    path: 'events/twin.yaml',
    entry: { link: 'inside' },
    expected: { path: '', message: /^events\/twin\.yaml is a link to .*test-event\.yaml/ },
  },
  {
    name: 'a link to nothing',
    kind: 'file system',
    path: 'events/dangling.yaml',
    entry: { link: 'missing' },
    expected: { path: '', message: 'is a link to something that does not exist' },
  },
  {
    name: 'a link to its own folder',
    kind: 'file system',
    path: 'events/loop',
    entry: { link: 'loop' },
    expected: { path: '', message: /^events\/loop is a link to / },
  },
  {
    name: 'a registry left out',
    kind: 'file system',
    path: 'jurisdictions.yaml',
    entry: { removed: true },
    expected: { path: '', message: 'the file is missing' },
  },
  {
    name: 'an event file ending in .yml',
    kind: 'file system',
    path: 'events/hostile.yml',
    contents: VALID,
    expected: { path: '', message: 'unexpected file in the data directory' },
  },
  {
    name: 'a file that is no event beside them',
    kind: 'file system',
    path: 'events/notes.txt',
    contents: 'a note\n',
    expected: { path: '', message: 'unexpected file in the data directory' },
  },
  {
    name: 'an event in a subfolder',
    kind: 'file system',
    path: 'events/sub/hostile.yaml',
    contents: VALID,
    expected: { path: '', message: 'unexpected file in the data directory' },
  },
  {
    name: 'a file name with an RLO in it',
    kind: 'file system',
    path: 'events/hos\u202Etile.yaml',
    contents: VALID,
    expected: { path: 'id', message: 'does not match the file name' },
  },
];
