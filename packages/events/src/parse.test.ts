import { describe, expect, it } from 'vitest';
import { eventYaml } from './__fixtures__/events.js';
import { HOSTILE_MARKDOWN } from './__fixtures__/hostile-markdown.js';
import { MAX_EVENT_FILE_BYTES } from './file-size.js';
import { parseEvent } from './parse.js';
import { formatProblem } from './problem.js';

const FILE = 'events/test-event.yaml';

/** A valid event file, line by line, so tests can point at exact lines. */
const VALID = `# yaml-language-server: $schema=../../schema/event.schema.json
id: test-event
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
sources:
  - url: https://example.org/a
    title: A
    publisher: Example
    lang: en
`;

function problemsOf(text: string | Uint8Array): string[] {
  return parseEvent({ file: FILE, contents: text }).problems.map(formatProblem);
}

describe('parseEvent', () => {
  it('reads a valid file and fills in defaults', () => {
    const result = parseEvent({ file: FILE, contents: VALID });
    expect(result.problems).toEqual([]);
    expect(result.value).toMatchObject({
      id: 'test-event',
      actors: [],
      related: [],
      importance: 2,
      status: 'happened',
      verified: true,
    });
  });

  it('reports broken YAML syntax with its position', () => {
    const text = VALID.replace('  en: Title', '  en: "Title');
    const [problem] = problemsOf(text);
    expect(problem).toMatch(
      /^events\/test-event\.yaml:8:7 {2}\(file\) {2}invalid YAML: .*\(close the quote/,
    );
  });

  it('reports an unknown field with the fields allowed there', () => {
    expect(problemsOf(VALID.replace('categories:', 'colour: blue\ncategories:'))).toEqual([
      'events/test-event.yaml:12:1  colour  unknown field "colour" (remove it; allowed here: id, date, title, summary, categories, actors, jurisdictions, threads, sources, related, importance, status, verified, evidence, notes, changes)',
    ]);
  });

  it('reports a missing required field at the top of the data', () => {
    expect(problemsOf(VALID.replace(/title:\n.*\n.*\n/, ''))).toEqual([
      'events/test-event.yaml:2:1  title  required field "title" is missing (add title: Short headline in German and English)',
    ]);
  });

  it('reports a mistyped field and suggests the right one', () => {
    const text = VALID.replace('summary:', 'sumary:');
    expect(problemsOf(text)).toEqual([
      'events/test-event.yaml:9:1  sumary  unknown field "sumary" (did you mean "summary"? rename it)',
    ]);
  });

  it.each([
    [
      'title',
      '  en: Title\n',
      'events/test-event.yaml:7:3  title.en  the English text is missing (add en: with the English title)',
    ],
    [
      'summary',
      '  de: Zusammenfassung.\n',
      'events/test-event.yaml:10:3  summary.de  the German text is missing (add de: with the German summary)',
    ],
  ])('reports a missing language in %s', (_, line, expected) => {
    expect(problemsOf(VALID.replace(line, ''))).toEqual([expected]);
  });

  it.each([
    ['2023-13-01', '"2023-13-01" has month 13, which does not exist (use a month from 01 to 12)'],
    [
      '2023-02-30',
      '"2023-02-30" does not exist: February 2023 has days 01 to 28 (use a day from 01 to 28)',
    ],
    ['23-07-11', '"23-07-11" is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD'],
  ])('reports the invalid date %s at date.start', (value, message) => {
    const [problem, ...rest] = problemsOf(VALID.replace("'2024-06-27'", `'${value}'`));
    expect(rest).toEqual([]);
    expect(problem).toContain(`events/test-event.yaml:4:10  date.start  ${message}`);
  });

  it('asks for quotes when a year is written as a number', () => {
    const text = VALID.replace("start: '2024-06-27'", 'start: 2024').replace('day', 'year');
    expect(problemsOf(text)).toEqual([
      "events/test-event.yaml:4:10  date.start  expected text, found a number 2024 (put the value in quotes: '2024')",
    ]);
  });

  it.each([
    [
      "'2024-06'",
      'day',
      'precision "day" needs a start written as YYYY-MM-DD, but start is "2024-06" (write start as "2024-06-01" or set precision: month)',
    ],
    [
      "'2024-06-27'",
      'year',
      'precision "year" needs a start written as YYYY, but start is "2024-06-27" (write start as "2024" or set precision: day)',
    ],
    [
      "'2024-05'",
      'quarter',
      'a quarter starts in January, April, July or October, but start is "2024-05"',
    ],
    [
      "'2024-04'",
      'season',
      'a season starts in March (spring), June (summer), September (autumn) or December (winter), but start is "2024-04"',
    ],
  ])('reports a precision that contradicts the date (%s, %s)', (start, precision, message) => {
    const text = VALID.replace("'2024-06-27'", start).replace(
      'precision: day',
      `precision: ${precision}`,
    );
    const [problem, ...rest] = problemsOf(text);
    expect(rest).toEqual([]);
    expect(problem).toContain(`events/test-event.yaml:5:14  date.precision  ${message}`);
  });

  it('reports an unknown precision with a suggestion', () => {
    expect(problemsOf(VALID.replace('precision: day', 'precision: dya'))).toEqual([
      'events/test-event.yaml:5:14  date.precision  "dya" is not one of: day, month, quarter, season, year (did you mean "day"?)',
    ]);
  });

  it('reports an end before the start', () => {
    const text = VALID.replace('  precision: day', "  precision: day\n  end: '2024-06-01'");
    expect(problemsOf(text)).toEqual([
      'events/test-event.yaml:6:8  date.end  end "2024-06-01" is before start "2024-06-27" (swap start and end, or correct the end date)',
    ]);
  });

  it('accepts an end in the same period at a coarser precision', () => {
    const text = VALID.replace('  precision: day', "  precision: day\n  end: '2024-07'");
    expect(problemsOf(text)).toEqual([]);
  });

  it.each([
    ['an empty list', 'sources: []\n'],
    ['no field', ''],
  ])('reports an event without sources (%s)', (_, replacement) => {
    const text = VALID.replace(/sources:[\s\S]*$/, replacement);
    const [problem] = problemsOf(text);
    expect(problem).toMatch(
      / {2}sources {2}(needs at least one source|required field "sources" is missing) \((add a source with url, title, publisher and lang|add sources: Where the facts come from; at least one)\)$/,
    );
  });

  it.each([
    ['javascript:alert(1)', 'is a javascript: link; only http(s) links are allowed'],
    ['data:text/html,<b>x</b>', 'is a data: link; only http(s) links are allowed'],
    ['/news/article', 'is not an absolute http(s) URL'],
    ['www.example.org/a', 'is not an absolute http(s) URL'],
    ['ftp://example.org/a', 'is a ftp: link'],
  ])('refuses the source URL %s', (url, message) => {
    const [problem, ...rest] = problemsOf(VALID.replace('https://example.org/a', `'${url}'`));
    expect(rest).toEqual([]);
    expect(problem).toContain(`events/test-event.yaml:14:10  sources[0].url  "${url}" ${message}`);
  });

  it('reports an empty file', () => {
    expect(problemsOf('')).toEqual([
      'events/test-event.yaml:1:1  (file)  the file is empty (fill in the fields (see CONTRIBUTING.md) or delete the file)',
    ]);
    expect(problemsOf('# only a comment\n')).toEqual([
      'events/test-event.yaml:1:1  (file)  the file has no data, only comments (fill in the fields (see CONTRIBUTING.md) or delete the file)',
    ]);
  });

  it('reports a file that is not UTF-8, at the first bad byte', () => {
    const latin1 = Uint8Array.from(VALID.replace('Titel', 'Souveränität'), (c) => c.charCodeAt(0));
    expect(problemsOf(latin1)).toEqual([
      'events/test-event.yaml:7:13  (file)  the file is not UTF-8 text (it looks like Latin-1 or Windows-1252) (save the file with UTF-8 encoding, e.g. iconv -f windows-1252 -t utf-8)',
    ]);
  });

  it('reads UTF-8 bytes, with or without a byte-order mark', () => {
    const bytes = new TextEncoder().encode(`\uFEFF${VALID.replace('Titel', 'Souveränität')}`);
    const result = parseEvent({ file: FILE, contents: bytes });
    expect(result.problems).toEqual([]);
    expect(result.value?.title.de).toBe('Souveränität');
  });

  it('reports every problem of a file at once', () => {
    const text = VALID.replace('summary:', 'sumary:')
      .replace("'2024-06-27'", "'2023-02-30'")
      .replace('https://example.org/a', 'javascript:x');
    expect(problemsOf(text).map((line) => line.split('  ')[1])).toEqual([
      'date.start',
      'sumary',
      'sources[0].url',
    ]);
  });

  it('reports duplicate keys, duplicate sources and self-relations', () => {
    expect(problemsOf(`${VALID}id: other\n`)[0]).toMatch(
      /:18:1 {2}\(file\) {2}invalid YAML: Map keys must be unique \(keep one of the two entries/,
    );
    const doubled = `${VALID}  - url: https://example.org/a\n    title: B\n    publisher: B\n    lang: de\nrelated:\n  - { id: test-event, type: cites }\n`;
    expect(problemsOf(doubled)).toEqual([
      'events/test-event.yaml:18:10  sources[1].url  "https://example.org/a" is listed twice (also sources[0]) (remove the duplicate source)',
      'events/test-event.yaml:23:11  related[0].id  an event cannot relate to itself (remove this relation or use the id of another event)',
    ]);
  });

  it('requires a reason in notes for an unverified event', () => {
    expect(problemsOf(`${VALID}verified: false\n`)).toEqual([
      'events/test-event.yaml:18:11  verified  an unverified event must say why in notes (add notes: { de: …, en: … } explaining what could not be confirmed)',
    ]);
  });

  it('round-trips the fixture writer', () => {
    expect(parseEvent({ file: FILE, contents: eventYaml() }).problems).toEqual([]);
  });
});

describe('parseEvent on hostile YAML', () => {
  it('reads a file of thousands of broken lines in linear time, capping what it reports', () => {
    // Once took minutes: the place of an unclosed quote was looked for again per error.
    for (const size of [2_000, 16_000]) {
      const problems = problemsOf('}'.repeat(size));
      expect(problems).toHaveLength(11);
      expect(problems.at(-1)).toMatch(
        /… and more than 90 more YAML errors in this file \(the reader stopped there\) \(fix the errors above first/,
      );
    }
    // Fewer than the reader's limit: counted exactly.
    expect(problemsOf('a: b: c\n'.repeat(50)).at(-1)).toMatch(
      /… and \d+ more YAML errors in this file \(fix the errors above first/,
    );
  });

  it('stops reading at the 101st stray token of a file just under the size limit', () => {
    // 256 KB of `}`: the YAML library would build 262,144 errors (seconds of CPU); the reader
    // stops at the 101st, so only the first ten and one line about the rest are reported.
    const problems = problemsOf('}'.repeat(256 * 1024 - 1));
    expect(problems).toHaveLength(11);
    expect(problems[0]).toMatch(/^events\/test-event\.yaml:1:1 {2}\(file\) {2}invalid YAML/);
    expect(problems.at(-1)).toMatch(/^events\/test-event\.yaml:1:11 .*more than 90 more/);
    // The same for errors the composer makes (a file of `"`: every quote opens a string).
    expect(problemsOf('"'.repeat(256 * 1024 - 1)).at(-1)).toMatch(/more than 90 more/);
    expect(problemsOf('title: "a\n'.repeat(20_000)).at(-1)).toMatch(/more than 90 more/);
  });

  it('refuses aliases, anchors and tags where they are written, and never throws', () => {
    const cycle = problemsOf(VALID.replace('categories: [politics]', 'categories: &a [*a]'));
    expect(cycle).toEqual([
      expect.stringMatching(
        /^events\/test-event\.yaml:12:17 {2}categories\[0\] {2}the alias \*a repeats a value marked elsewhere with &a \(write the value out in full/,
      ),
    ]);
    const bomb = `a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n`;
    expect(problemsOf(bomb)[0]).toMatch(/:2:\d+ {2}b\[0\] {2}the alias \*a repeats/);
    for (const tag of ['!!js/function', '!foo', '!!binary', '!!timestamp', '!!str']) {
      expect(
        problemsOf(VALID.replace("start: '2024-06-27'", `start: ${tag} '2024-06-27'`)),
      ).toEqual([
        expect.stringMatching(
          new RegExp(
            `:4:10 {2}date\\.start {2}the tag ${tag.replace(/[!/]/g, '\\$&')} asks for a value of a special type \\(remove the tag`,
          ),
        ),
      ]);
    }
    // "!" inside text is text.
    expect(problemsOf(VALID.replace('de: Titel', 'de: "Titel! Mit Ausruf"'))).toEqual([]);
  });

  it('says when an alias stands for no anchor at all', () => {
    expect(problemsOf(VALID.replace('categories: [politics]', 'categories: [*nothing]'))).toEqual([
      'events/test-event.yaml:12:14  categories[0]  the alias *nothing stands for a value marked &nothing, which the file does not have before it (write the value out in full; Chronik data files use no anchors (&) or aliases (*))',
    ]);
  });

  it('reports nesting too deep to read instead of overflowing the stack', () => {
    for (const text of [
      '['.repeat(20_000) + ']'.repeat(20_000),
      `a${': a'.repeat(20_000)}`,
      '- '.repeat(20_000),
    ]) {
      const problems = problemsOf(text);
      expect(problems.length).toBeGreaterThan(0);
      expect(problems.length).toBeLessThanOrEqual(11);
    }
    expect(problemsOf('['.repeat(20_000) + ']'.repeat(20_000))[0]).toMatch(/nested too deeply/);
  });
});

describe('parseEvent on files over the size limit', () => {
  it('refuses a file over 256 KB without reading it', () => {
    // 1 MB of "}" once took the YAML reader 22 s.
    expect(problemsOf('}'.repeat(1024 * 1024))).toEqual([
      'events/test-event.yaml:1:1  (file)  the file is 1,024 KB (1,048,576 bytes), more than the 256 KB allowed, and was not read (check that this is the right file: an event file holds one event, a registry short entries, both far below the limit (see CONTRIBUTING.md))',
    ]);
    // A file read only in part is judged by its size.
    expect(
      parseEvent({ file: FILE, contents: new Uint8Array(0), size: 3 * 1024 ** 3 }).problems[0]
        ?.message,
    ).toBe(
      'the file is 3,145,728 KB (3,221,225,472 bytes), more than the 256 KB allowed, and was not read',
    );
  });

  it('reads a file of exactly 256 KB, counted in UTF-8 bytes', () => {
    const padded = (bytes: number) => {
      const comment = '# ' + 'ü'.repeat(Math.floor((bytes - VALID.length - 3) / 2)) + '\n';
      return VALID + comment + '#'.repeat(bytes - VALID.length - 2 * (comment.length - 3) - 3);
    };
    expect(new TextEncoder().encode(padded(MAX_EVENT_FILE_BYTES)).length).toBe(
      MAX_EVENT_FILE_BYTES,
    );
    expect(problemsOf(padded(MAX_EVENT_FILE_BYTES))).toEqual([]);
    expect(problemsOf(padded(MAX_EVENT_FILE_BYTES + 1))[0]).toMatch(/more than the 256 KB/);
  });
});

describe('parseEvent on bidi controls', () => {
  const BIDI = [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069];

  it.each(BIDI.map((code) => [code.toString(16), String.fromCodePoint(code)]))(
    'refuses U+%s in an id, a category, a jurisdiction, a URL and a date, by its code point',
    (code, bidi) => {
      for (const [line, replacement, path] of [
        ['id: test-event', `id: "test${bidi}-event"`, 'id'],
        ['categories: [politics]', `categories: ["poli${bidi}tics"]`, 'categories[0]'],
        [
          'categories: [politics]',
          `categories: [politics]\njurisdictions: ["D${bidi}E"]`,
          'jurisdictions[0]',
        ],
        ['url: https://example.org/a', `url: "https://example.org/${bidi}a"`, 'sources[0].url'],
        ["start: '2024-06-27'", `start: "2024-06-27${bidi}"`, 'date.start'],
        ['lang: en', `lang: "e${bidi}n"`, 'sources[0].lang'],
      ]) {
        const problems = parseEvent({
          file: FILE,
          contents: VALID.replace(line!, replacement!),
        }).problems;
        expect(problems.map((problem) => [problem.path, problem.message])).toEqual([
          [path, expect.stringContaining(`contains the bidi control U+${code.toUpperCase()} (`)],
        ]);
        // The message names the character; it never carries it.
        expect(problems[0]?.message).not.toContain(bidi);
      }
    },
  );

  it('refuses overrides and embeddings in texts, and isolates left open', () => {
    const title = (text: string) =>
      parseEvent({
        file: FILE,
        contents: eventYaml({ title: { de: 'Titel', en: text } }),
      }).problems.map((problem) => `${problem.path}: ${problem.message} (${problem.fix})`);
    expect(title('Invoice \u202Efdp.exe')).toEqual([
      'title.en: contains the bidi control U+202E (RLO, right-to-left override) at character 9, which shows the text in another order than it is written (delete it; to set a right-to-left name inside the text, put it between U+2067 (RLI) and U+2069 (PDI))',
    ]);
    expect(title('A \u202Bembedded\u202C text')[0]).toMatch(
      /^title\.en: contains the bidi control U\+202B \(RLE/,
    );
    expect(title('Open \u2067isolate')).toEqual([
      'title.en: contains the bidi isolate U+2067 (RLI, right-to-left isolate) at character 6, which is not closed on its line (close it with U+2069 (PDI) where the right-to-left (or left-to-right) part ends, or delete it)',
    ]);
    expect(title('Stray \u2069 close')[0]).toMatch(
      /U\+2069 \(PDI, pop directional isolate\) at character 7, which closes no isolate/,
    );
    const summary = (text: string) =>
      parseEvent({ file: FILE, contents: eventYaml({ summary: { de: 'x', en: text } }) }).problems;
    // A line break ends every isolate, as it does for the bidi algorithm.
    expect(summary('One \u2067line\nand\u2069 the next.')[0]?.message).toMatch(
      /not closed on its line/,
    );
  });

  it('allows isolates closed on their line: a right-to-left title inside English text', () => {
    const text =
      'Report \u2067\u062A\u0642\u0631\u064A\u0631\u2069 (Arabic), \u2068\u2066nested\u2069\u2069';
    expect(
      parseEvent({
        file: FILE,
        contents: eventYaml({
          title: { de: 'Titel', en: text },
          summary: { de: 'x', en: `${text}\n\nSecond \u2066paragraph\u2069.` },
          sources: [{ url: 'https://example.org/a', title: text, publisher: text, lang: 'ar' }],
        }),
      }).problems,
    ).toEqual([]);
    // The marks (LRM, RLM, ALM) reorder nothing beyond themselves.
    expect(
      parseEvent({
        file: FILE,
        contents: eventYaml({ title: { de: 'x\u200E', en: 'y\u200F\u061C' } }),
      }).problems,
    ).toEqual([]);
  });
});

describe('parseEvent on hostile Markdown', () => {
  const summaryProblems = (markdown: string) =>
    parseEvent({
      file: FILE,
      contents: eventYaml({ summary: { de: 'Zusammenfassung.', en: markdown } }),
    }).problems;

  const FINDS = {
    image: {
      message: /an image/,
      fix: /^link to the image instead: \[description\]\(/,
    },
    html: { message: /HTML/, fix: /^write the text without HTML/ },
    link: { message: /link/, fix: /https:\/\//i },
  };

  it.each(HOSTILE_MARKDOWN.map(({ markdown, finds }) => [markdown, finds] as const))(
    'refuses %j in a summary, naming the %s',
    (markdown, finds) => {
      const problems = summaryProblems(markdown);
      expect(problems.length).toBeGreaterThan(0);
      for (const problem of problems) {
        expect(problem.path).toBe('summary.en');
        expect(problem.message).toMatch(FINDS[finds].message);
        expect(problem.fix).toMatch(FINDS[finds].fix);
      }
    },
  );

  it('says what it found and how to write it instead', () => {
    expect(
      problemsOf(VALID.replace('en: Summary.', 'en: "A ![](https://tracker.example/p.gif) B"')),
    ).toEqual([
      'events/test-event.yaml:11:7  summary.en  contains an image, "![](https://tracker.example/p.gif)": images are not allowed, since every reader\'s browser would fetch them from that server (link to the image instead: [description](https://tracker.example/p.gif))',
    ]);
    expect(
      problemsOf(VALID.replace('en: Summary.', "en: 'A <img src=x onerror=alert(1)> B'")),
    ).toEqual([
      'events/test-event.yaml:11:7  summary.en  contains raw HTML, "<img src=x onerror=alert(1)>" (write the text without HTML; use Markdown for emphasis (*text*, **text**) and links ([text](https://…)))',
    ]);
    expect(problemsOf(VALID.replace('en: Summary.', "en: 'A <!-- x --> B'"))).toEqual([
      'events/test-event.yaml:11:7  summary.en  contains an HTML comment, "<!-- x -->" (write the text without HTML: delete the comment, or move what it says to the text)',
    ]);
    expect(problemsOf(VALID.replace('en: Summary.', "en: '[x](javascript:alert(1))'"))).toEqual([
      'events/test-event.yaml:11:7  summary.en  links to "javascript:alert(1)", a javascript: link; only http(s) links are allowed (link the public web page with its full address, starting with https://)',
    ]);
    expect(
      problemsOf(VALID.replace('en: Summary.', "en: '[x](&#106;avascript:alert(1))'")),
    ).toEqual([
      'events/test-event.yaml:11:7  summary.en  links to "&#106;avascript:alert(1)", an address written with character references (&…;) (write the address plainly, starting with https://)',
    ]);
  });

  it('accepts Markdown that loads nothing: emphasis, lists, code and http(s) links', () => {
    const markdown =
      'The **EDPS** [decided](https://edps.europa.eu/a?b=1&c=2) on `<b>`, see <https://example.org/x>.\n\n- one\n- two';
    expect(summaryProblems(markdown)).toEqual([]);
  });

  it('checks notes as Markdown too', () => {
    const problems = parseEvent({
      file: FILE,
      contents: eventYaml({
        notes: { de: 'Hinweis.', en: 'See ![](https://tracker.example/p.gif)' },
      }),
    }).problems;
    expect(problems.map((problem) => problem.path)).toEqual(['notes.en']);
  });
});

describe('parseEvent on invisible, control and oversized text', () => {
  it.each([
    ['title.de', 'de: Titel', 'de: "\\u200B\\u200D"'],
    ['title.en', 'en: Title', 'en: "\\u2060\\u00AD \\uFEFF"'],
    ['summary.de', 'de: Zusammenfassung.', 'de: "\\u200C"'],
    ['sources[0].title', 'title: A', 'title: "\\u200B"'],
    ['sources[0].publisher', 'publisher: Example', 'publisher: "\\u200B \\u200B"'],
  ])('reports %s of only invisible characters as empty', (path, line, replacement) => {
    const [problem, ...rest] = parseEvent({
      file: FILE,
      contents: VALID.replace(line, replacement),
    }).problems;
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ path, message: 'is empty (only invisible characters)' });
    expect(problem?.fix).toMatch(/^write the text; it holds only U\+/);
  });

  it('reports control characters by their code point, in any field', () => {
    expect(problemsOf(VALID.replace('de: Titel', 'de: "Ti\\0tel"'))).toEqual([
      'events/test-event.yaml:7:7  title.de  contains the control character U+0000 (NUL) at character 3 (delete it: it does not belong in text, and often comes from copying out of a terminal, a PDF or another program)',
    ]);
    expect(problemsOf(VALID.replace('de: Titel', 'de: "\\e[31mTitel"'))).toEqual([
      'events/test-event.yaml:7:7  title.de  contains the control character U+001B (ESC) at character 1 (delete it: it does not belong in text, and often comes from copying out of a terminal, a PDF or another program)',
    ]);
    for (const [line, replacement, path] of [
      ['id: test-event', 'id: "test-event\\0"', 'id'],
      ["start: '2024-06-27'", 'start: "2024-06-27\\x1b"', 'date.start'],
      ['url: https://example.org/a', 'url: "https://example.org/a\\0"', 'sources[0].url'],
      ['publisher: Example', 'publisher: "Exa\\x85mple"', 'sources[0].publisher'],
      ['lang: en', 'lang: "e\\x7f"', 'sources[0].lang'],
      ['en: Summary.', 'en: "Sum\\rmary."', 'summary.en'],
      ['categories: [politics]', 'categories: ["poli\\x07tics"]', 'categories[0]'],
    ]) {
      const problems = parseEvent({
        file: FILE,
        contents: VALID.replace(line!, replacement!),
      }).problems;
      expect(problems.map((problem) => [problem.path, problem.message])).toEqual([
        [path, expect.stringMatching(/^contains the control character U\+00[0-9A-F]{2} \(/)],
      ]);
    }
  });

  it('allows tabs and line breaks in Markdown texts only', () => {
    expect(problemsOf(VALID.replace('en: Summary.', 'en: "One.\\n\\n\\tTwo."'))).toEqual([]);
    expect(problemsOf(VALID.replace('en: Title', 'en: "Ti\\ttle"'))).toEqual([
      'events/test-event.yaml:8:7  title.en  contains a tab (U+0009) at character 3 (replace it with a space)',
    ]);
    expect(problemsOf(VALID.replace('en: Title', 'en: "One\\nTwo"'))).toEqual([
      'events/test-event.yaml:8:7  title.en  contains a line break (U+000A) at character 4 (write the text on one line)',
    ]);
    // A block scalar's final line break is trimmed, as any space around a text.
    expect(problemsOf(VALID.replace('en: Title', 'en: |\n    Title'))).toEqual([]);
  });

  it('names a control character in a field with fixed values instead of printing it', () => {
    expect(problemsOf(`${VALID}status: "happened\\e"\n`)).toEqual([
      'events/test-event.yaml:18:9  status  contains the control character U+001B (ESC) at character 9 (delete it: it does not belong in text, and often comes from copying out of a terminal, a PDF or another program)',
    ]);
  });

  it.each([
    ['title.en', 300, 'en: Title'],
    ['summary.en', 5_000, 'en: Summary.'],
    ['sources[0].title', 500, 'title: A'],
    ['sources[0].publisher', 300, 'publisher: Example'],
  ])('limits %s to %i characters', (path, max, line) => {
    const key = line.split(':')[0]!;
    const at = (length: number) =>
      parseEvent({ file: FILE, contents: VALID.replace(line, `${key}: ${'x'.repeat(length)}`) })
        .problems;
    expect(at(max)).toEqual([]);
    expect(at(max + 1)).toEqual([
      expect.objectContaining({
        path,
        message: `is ${(max + 1).toLocaleString('en')} characters long, more than the ${max.toLocaleString('en')} allowed`,
        fix: `shorten it to at most ${max.toLocaleString('en')} characters`,
      }),
    ]);
  });

  it('limits notes to 20,000 characters, URLs to 2,000 and ids to 120', () => {
    const notes = (length: number) =>
      parseEvent({
        file: FILE,
        contents: eventYaml({ notes: { de: 'x'.repeat(length), en: 'Note.' } }),
      }).problems.map((problem) => `${problem.path}: ${problem.message}`);
    expect(notes(20_000)).toEqual([]);
    expect(notes(20_001)).toEqual([
      'notes.de: is 20,001 characters long, more than the 20,000 allowed',
    ]);
    const url = `https://example.org/${'a'.repeat(2_000 - 20)}`;
    expect(
      parseEvent({ file: FILE, contents: VALID.replace('https://example.org/a', url) }).problems,
    ).toEqual([]);
    expect(
      parseEvent({
        file: FILE,
        contents: VALID.replace('https://example.org/a', `${url}b`),
      }).problems.map((problem) => `${problem.path}: ${problem.message}`),
    ).toEqual(['sources[0].url: is 2,001 characters long, more than the 2,000 allowed']);
    const id = 'a'.repeat(121);
    expect(
      parseEvent({
        file: FILE,
        contents: VALID.replace('id: test-event', `id: ${id}`),
      }).problems.map((problem) => `${problem.path}: ${problem.message}`),
    ).toEqual(['id: is 121 characters long, more than the 120 allowed']);
  });

  it.each([
    ['.nan', 'is not a number (NaN)'],
    ['.inf', 'is infinite (.inf)'],
    ['-.inf', 'is infinite (-.inf)'],
  ])('says that importance: %s is no number', (value, message) => {
    expect(problemsOf(`${VALID}importance: ${value}\n`)).toEqual([
      `events/test-event.yaml:18:13  importance  ${message} (use 1 (landmark), 2 (notable) or 3 (detail))`,
    ]);
  });
});

describe('parseEvent on files in the wrong encoding or line endings', () => {
  /** The text as UTF-16 bytes, little- or big-endian, with or without a byte-order mark. */
  function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
    const units = [...(bom ? '\uFEFF' : ''), ...text].flatMap((c) => {
      const code = c.charCodeAt(0);
      return endian === 'le' ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff];
    });
    return Uint8Array.from(units);
  }

  it.each([
    ['le', true, 'UTF-16 (little-endian, with a byte-order mark)', 'utf-16'],
    ['be', true, 'UTF-16 (big-endian, with a byte-order mark)', 'utf-16'],
    ['le', false, 'UTF-16 (little-endian)', 'utf-16le'],
    ['be', false, 'UTF-16 (big-endian)', 'utf-16be'],
  ] as const)('recognises UTF-16 text (%s, byte-order mark: %s)', (endian, bom, what, from) => {
    expect(problemsOf(utf16(VALID, endian, bom))).toEqual([
      `events/test-event.yaml:1:1  (file)  the file is ${what}, not UTF-8 (save the file with UTF-8 encoding, e.g. iconv -f ${from} -t utf-8)`,
    ]);
  });

  it.each([
    ['le', true, 'UTF-32 (little-endian, with a byte-order mark)', 'utf-32'],
    ['be', true, 'UTF-32 (big-endian, with a byte-order mark)', 'utf-32'],
    ['le', false, 'UTF-32 (little-endian)', 'utf-32le'],
    ['be', false, 'UTF-32 (big-endian)', 'utf-32be'],
  ] as const)('recognises UTF-32 text (%s, byte-order mark: %s)', (endian, bom, what, from) => {
    const bytes = [...(bom ? '\uFEFF' : ''), ...VALID].flatMap((c) => {
      const code = c.codePointAt(0)!;
      const le = [code & 0xff, (code >> 8) & 0xff, (code >> 16) & 0xff, 0];
      return endian === 'le' ? le : le.reverse();
    });
    expect(problemsOf(Uint8Array.from(bytes))).toEqual([
      `events/test-event.yaml:1:1  (file)  the file is ${what}, not UTF-8 (save the file with UTF-8 encoding, e.g. iconv -f ${from} -t utf-8)`,
    ]);
  });

  it('recognises text decoded from UTF-16 as if it were 8-bit', () => {
    const text = String.fromCharCode(...utf16(VALID, 'le', false));
    expect(problemsOf(text)).toEqual([
      expect.stringMatching(/:1:1 {2}\(file\) {2}the file is UTF-16 \(little-endian\), not UTF-8/),
    ]);
  });

  it('recognises CR (classic Mac) line endings', () => {
    expect(problemsOf(VALID.replace(/\n/g, '\r'))).toEqual([
      'events/test-event.yaml:1:1  (file)  the file uses CR line endings (classic Mac OS) (save it with LF (Unix) line endings)',
    ]);
    expect(problemsOf(VALID.replace('  en: Title\n', '  en: Title\r'))).toEqual([
      'events/test-event.yaml:8:12  (file)  line 8 ends with a lone CR (carriage return), the line ending of classic Mac OS (save the file with LF (Unix) line endings)',
    ]);
    // CRLF (Windows) line endings are fine.
    expect(problemsOf(VALID.replace(/\n/g, '\r\n'))).toEqual([]);
  });

  it('refuses tags wherever and however they are written, at the field', () => {
    for (const [written, tag] of [
      ['!!timestamp 2024-06-27', '!!timestamp'],
      ['!<tag:yaml.org,2002:timestamp> 2024-06-27', '!<tag:yaml.org,2002:timestamp>'],
      ['!<tag:yaml.org,2002:binary> aGk=', '!<tag:yaml.org,2002:binary>'],
      ['!!timestamp # a comment\n    2024-06-27', '!!timestamp'],
      ['!!set { a, b }', '!!set'],
      ['!!omap [a: 1]', '!!omap'],
    ]) {
      expect(problemsOf(VALID.replace("start: '2024-06-27'", `start: ${written}`))).toEqual([
        `events/test-event.yaml:4:10  date.start  the tag ${tag} asks for a value of a special type (remove the tag and write the value as plain text, a number, a list or fields)`,
      ]);
    }
  });
});
