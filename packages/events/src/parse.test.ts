import { describe, expect, it } from 'vitest';
import { eventYaml } from './__fixtures__/events.js';
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
        /… and \d+ more YAML errors in this file \(fix the errors above first/,
      );
    }
  });

  it('refuses aliases, anchors and tags where they are written, and never throws', () => {
    const cycle = problemsOf(VALID.replace('categories: [politics]', 'categories: &a [*a]'));
    expect(cycle).toEqual([
      expect.stringMatching(
        /^events\/test-event\.yaml:12:\d+ {2}\(file\) {2}the alias \*a repeats a value marked elsewhere with &a \(write the value out in full/,
      ),
    ]);
    const bomb = `a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n`;
    expect(problemsOf(bomb)[0]).toMatch(/:2:\d+ {2}\(file\) {2}the alias \*a repeats/);
    for (const tag of ['!!js/function', '!foo', '!!binary', '!!timestamp', '!!str']) {
      expect(
        problemsOf(VALID.replace("start: '2024-06-27'", `start: ${tag} '2024-06-27'`)),
      ).toEqual([
        expect.stringMatching(
          new RegExp(
            `:4:\\d+ {2}\\(file\\) {2}the tag ${tag.replace(/[!/]/g, '\\$&')} asks for a value of a special type \\(remove the tag`,
          ),
        ),
      ]);
    }
    // "!" inside text is text.
    expect(problemsOf(VALID.replace('de: Titel', 'de: "Titel! Mit Ausruf"'))).toEqual([]);
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
