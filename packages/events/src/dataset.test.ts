import { describe, expect, it } from 'vitest';
import { dataFiles, eventYaml } from './__fixtures__/events.js';
import { HOSTILE_MARKDOWN } from './__fixtures__/hostile-markdown.js';
import { parseDataset } from './dataset.js';
import { formatProblem } from './problem.js';

const NOW = new Date('2026-11-29T12:00:00Z');

function check(events: Record<string, string | Uint8Array>) {
  const result = parseDataset({ files: dataFiles(events), now: NOW });
  return { ...result, lines: result.problems.map(formatProblem) };
}

describe('parseDataset', () => {
  it('returns the dataset with events in chronological order when all is valid', () => {
    const result = check({
      'b.yaml': eventYaml({ id: 'b', date: { start: '2024-06-27', precision: 'day' } }),
      'a.yaml': eventYaml({ id: 'a', date: { start: '2024-06', precision: 'month' } }),
    });
    expect(result.problems).toEqual([]);
    expect(result.dataset?.events.map((event) => event.id)).toEqual(['a', 'b']);
    expect(result.dataset?.info.license.id).toBe('CC-BY-4.0');
  });

  it('reports an id that does not match the file name', () => {
    const { lines, dataset, events } = check({
      'other-name.yaml': eventYaml({ id: 'test-event' }),
    });
    expect(lines).toEqual([
      'events/other-name.yaml:1:5  id  id "test-event" does not match the file name other-name.yaml (rename the file to test-event.yaml or set id: other-name)',
    ]);
    expect(dataset).toBeUndefined();
    expect(events).toEqual([]);
  });

  it('reports a duplicate id in the second file', () => {
    const { lines } = check({
      'test-event.yaml': eventYaml({ id: 'test-event' }),
      'z-copy.yaml': eventYaml({ id: 'test-event' }),
    });
    expect(lines).toEqual([
      'events/z-copy.yaml:1:5  id  id "test-event" does not match the file name z-copy.yaml (rename the file to test-event.yaml or set id: z-copy)',
      'events/z-copy.yaml:1:5  id  id "test-event" is already used by events/test-event.yaml (give this event its own id)',
    ]);
  });

  it('reports unknown categories, actors and jurisdictions, with suggestions', () => {
    const { lines } = check({
      'test-event.yaml': eventYaml({
        categories: ['politics', 'data-protetion', 'weather'],
        actors: ['microsft'],
        jurisdictions: ['XX'],
      }),
    });
    expect(lines).toEqual([
      'events/test-event.yaml:13:5  categories[1]  unknown category "data-protetion" (did you mean "data-protection"?)',
      'events/test-event.yaml:14:5  categories[2]  unknown category "weather" (use an id from categories.yaml or add "weather" there)',
      'events/test-event.yaml:16:5  actors[0]  unknown actor "microsft" (did you mean "microsoft"?)',
      'events/test-event.yaml:18:5  jurisdictions[0]  unknown jurisdiction "XX" (use an id from jurisdictions.yaml or add "XX" there)',
    ]);
  });

  it('reports a relation to an event that does not exist', () => {
    const { lines } = check({
      'test-event.yaml': eventYaml({ related: [{ id: 'other-evnt', type: 'cites' }] }),
      'other-event.yaml': eventYaml({ id: 'other-event' }),
    });
    expect(lines).toEqual([
      'events/test-event.yaml:23:9  related[0].id  related event "other-evnt" does not exist (did you mean "other-event"?)',
    ]);
  });

  it("reports cross-file problems in the same run as a file's own problems", () => {
    const { lines } = check({
      'test-event.yaml': eventYaml({ categories: ['wether'], sources: [] }),
    });
    expect(lines).toEqual([
      'events/test-event.yaml:12:5  categories[0]  unknown category "wether" (use an id from categories.yaml or add "wether" there)',
      'events/test-event.yaml:17:10  sources  needs at least one source (add a source with url, title, publisher and lang)',
    ]);
  });

  it('does not report relations to an event whose file has other problems', () => {
    const { lines } = check({
      'test-event.yaml': eventYaml({
        related: [
          { id: 'broken', type: 'cites' },
          { id: 'unreadable', type: 'cites' },
        ],
      }),
      'broken.yaml': eventYaml({ id: 'broken', sources: [] }),
      'unreadable.yaml': 'id: [',
    });
    expect(lines.map((line) => line.split('  ')[0])).toEqual([
      'events/broken.yaml:17:10',
      'events/unreadable.yaml:1:5',
    ]);
  });

  it('reports an event marked as happened that starts after now', () => {
    const { lines } = check({
      'test-event.yaml': eventYaml({ date: { start: '2027-01', precision: 'month' } }),
    });
    expect(lines).toEqual([
      'events/test-event.yaml:1:1  status  the event starts on 2027-01, after today, but is marked as happened (set status: scheduled)',
    ]);
    const scheduled = check({
      'test-event.yaml': eventYaml({
        date: { start: '2027-01', precision: 'month' },
        status: 'scheduled',
      }),
    });
    expect(scheduled.problems).toEqual([]);
  });

  it('reports every problem of every file in one run, and keeps the valid events', () => {
    const latin1 = Uint8Array.from('id: caf\xe9\n', (c) => c.charCodeAt(0));
    const { lines, events, dataset } = check({
      'empty.yaml': '',
      'latin1.yaml': latin1,
      'broken.yaml': 'id: [unclosed\n',
      'typo.yaml': eventYaml({ id: 'typo' }).replace('summary:', 'sumary:'),
      'good.yaml': eventYaml({ id: 'good' }),
    });
    expect(lines.map((line) => line.split('  ')[0])).toEqual([
      'events/broken.yaml:1:5',
      'events/empty.yaml:1:1',
      'events/latin1.yaml:1:8',
      'events/typo.yaml:8:1',
    ]);
    expect(events.map((event) => event.id)).toEqual(['good']);
    expect(dataset).toBeUndefined();
  });

  it('reports missing registries and unexpected files', () => {
    const files = dataFiles({
      'a.yml': 'id: a\n',
      'notes.txt': 'x',
      'test-event.yaml': eventYaml(),
    }).filter((file) => file.path !== 'actors.yaml');
    files.push(
      { path: 'events/README.md', contents: '# ignored' },
      { path: 'LICENSE', contents: 'CC BY 4.0' },
    );
    const lines = parseDataset({ files, now: NOW }).problems.map(formatProblem);
    expect(lines).toEqual([
      'actors.yaml:1:1  (file)  the file is missing (create actors.yaml (see packages/events/data/actors.yaml for the format))',
      'events/a.yml:1:1  (file)  unexpected file in the data directory (rename it to events/a.yaml)',
      'events/notes.txt:1:1  (file)  unexpected file in the data directory (event files go in events/ and end in .yaml; move or remove this file)',
    ]);
  });

  it('reports problems in registries', () => {
    const files = dataFiles({ 'test-event.yaml': eventYaml() }).map((file) =>
      file.path === 'categories.yaml'
        ? {
            ...file,
            contents: `${String(file.contents)}- id: politics\n  label: { de: x, en: x }\n  description: { de: x, en: x }\n  color: red\n  colorDark: '#ffffff'\n  shape: blob\n`,
          }
        : file,
    );
    const lines = parseDataset({ files, now: NOW }).problems.map(formatProblem);
    expect(lines).toEqual([
      'categories.yaml:34:10  [3].color  "red" is not a colour in the form #RRGGBB (write the colour as # and six hex digits, e.g. #0072B2)',
      'categories.yaml:36:10  [3].shape  "blob" is not one of: circle, triangle, square, diamond, hexagon, star (use one of: circle, triangle, square, diamond, hexagon, star)',
    ]);
    const duplicate = dataFiles({ 'test-event.yaml': eventYaml() }).map((file) =>
      file.path === 'actors.yaml'
        ? {
            ...file,
            contents: `${String(file.contents)}- id: osba\n  name: { de: x, en: x }\n  kind: company\n`,
          }
        : file,
    );
    expect(parseDataset({ files: duplicate, now: NOW }).problems.map(formatProblem)).toEqual([
      'actors.yaml:11:7  [2].id  actor id "osba" is used twice (also entry 1) (give each actor its own id)',
    ]);
  });

  it('reports a source dated after now (and a day, for time zones)', () => {
    const source = (published: string) => ({
      url: 'https://example.org/a',
      title: 'A',
      publisher: 'Example',
      published,
      lang: 'en',
    });
    const { lines } = check({
      'test-event.yaml': eventYaml({
        sources: [source('2026-11-30'), { ...source('2027'), url: 'https://example.org/b' }],
      }),
    });
    expect(lines).toEqual([
      'events/test-event.yaml:26:16  sources[1].published  the source is dated 2027, after today (2026-11-29) (write the date the source shows; leave published out if it shows none)',
    ]);
    for (const published of ['2026-11', '2026', '2026-11-29']) {
      expect(
        check({ 'test-event.yaml': eventYaml({ sources: [source(published)] }) }).problems,
      ).toEqual([]);
    }
  });

  it('reports a change-log entry dated after now (and a day, for time zones), in events and dataset.yaml', () => {
    const change = (date: string) => ({ date, note: { de: 'Geändert.', en: 'Changed.' } });
    const files = dataFiles({
      'test-event.yaml': eventYaml({
        changes: [change('2026-11-29'), change('2026-11-30'), change('2026-12-01')],
      }),
    }).map((file) =>
      file.path === 'dataset.yaml'
        ? {
            ...file,
            contents: `${String(file.contents)}changes:\n  - version: 1.0.0\n    date: '2026-11-30'\n    note: { de: x, en: x }\n  - version: 1.1.0\n    date: '2027-01-01'\n    note: { de: y, en: y }\n`,
          }
        : file,
    );
    const result = parseDataset({ files, now: NOW });
    expect(result.problems.map(formatProblem)).toEqual([
      'dataset.yaml:19:11  changes[1].date  the change is dated 2027-01-01, after today (2026-11-29) (write the day the change was made)',
      'events/test-event.yaml:31:11  changes[2].date  the change is dated 2026-12-01, after today (2026-11-29) (write the day the change was made)',
    ]);
    expect(result.events).toEqual([]);
    expect(result.dataset).toBeUndefined();
  });

  it('reports a future change in the same run as the other problems of its file', () => {
    const { lines } = check({
      'test-event.yaml': eventYaml({
        title: { de: '', en: 'Title' },
        changes: [{ date: '2030-01-01', note: { de: 'x', en: 'x' } }],
      }),
    });
    expect(lines.map((line) => line.split('  ')[1])).toEqual(['title.de', 'changes[0].date']);
  });

  it('refuses a file over its size limit unread, given by its size or its contents', () => {
    const files = dataFiles({
      'big.yaml': new Uint8Array(0),
      'bigger.yaml': `# ${'x'.repeat(256 * 1024)}\n`,
    }).map((file) =>
      file.path === 'events/big.yaml'
        ? { ...file, size: 300_000 }
        : file.path === 'actors.yaml'
          ? { ...file, contents: new Uint8Array(0), size: 512 * 1024 + 1 }
          : file,
    );
    const lines = parseDataset({ files, now: NOW }).problems.map(formatProblem);
    expect(lines.map((line) => line.replace(/ \(check that.*$/, ''))).toEqual([
      'actors.yaml:1:1  (file)  the file is 513 KB (524,289 bytes), more than the 512 KB allowed, and was not read',
      'events/big.yaml:1:1  (file)  the file is 293 KB (300,000 bytes), more than the 256 KB allowed, and was not read',
      'events/bigger.yaml:1:1  (file)  the file is 257 KB (262,147 bytes), more than the 256 KB allowed, and was not read',
    ]);
  });

  it('limits the texts of the registries', () => {
    const registry = (path: string, entry: string) =>
      dataFiles({ 'test-event.yaml': eventYaml() }).map((file) =>
        file.path === path ? { ...file, contents: `${String(file.contents)}${entry}` } : file,
      );
    const long = (length: number) => 'x'.repeat(length);
    const cases: [string, string, string][] = [
      [
        'categories.yaml',
        `- id: other\n  label: { de: ${long(101)}, en: x }\n  description: { de: x, en: ${long(2_001)} }\n  color: '#000000'\n  colorDark: '#ffffff'\n  shape: star\n`,
        '[3].label.de: 101 > 100 | [3].description.en: 2,001 > 2,000',
      ],
      [
        'actors.yaml',
        `- id: other\n  name: { de: ${long(301)}, en: x }\n  kind: company\n`,
        '[2].name.de: 301 > 300',
      ],
      [
        'jurisdictions.yaml',
        `- id: FR\n  name: { de: x, en: ${long(301)} }\n`,
        '[2].name.en: 301 > 300',
      ],
      [
        'threads.yaml',
        `- id: other\n  label: { de: x, en: ${long(101)} }\n  description: { de: ${long(2_001)}, en: x }\n`,
        '[1].label.en: 101 > 100 | [1].description.de: 2,001 > 2,000',
      ],
      [
        'dataset.yaml',
        `changes:\n  - version: ${long(51)}\n    date: '2026-01-01'\n    note: { de: ${long(5_001)}, en: x }\n`,
        'changes[0].version: 51 > 50 | changes[0].note.de: 5,001 > 5,000',
      ],
    ];
    for (const [path, entry, expected] of cases) {
      const problems = parseDataset({ files: registry(path, entry), now: NOW }).problems;
      expect(
        problems
          .map((problem) => {
            const [, length, max] =
              /^is ([\d,]+) characters long, more than the ([\d,]+) allowed$/.exec(
                problem.message,
              ) ?? [];
            return `${problem.path}: ${length} > ${max}`;
          })
          .join(' | '),
      ).toBe(expected);
    }
  });

  it('reports a bidi control in a reference once, by its code point', () => {
    const { lines } = check({
      'test-event.yaml': eventYaml({ categories: ['politics'], jurisdictions: ['D\u202EE'] }),
    });
    expect(lines).toEqual([
      'events/test-event.yaml:16:5  jurisdictions[0]  contains the bidi control U+202E (RLO, right-to-left override) at character 2, which shows the value in another order than it is written (delete it: it does not belong in an id, a code, a date or an address, and often comes from copying)',
    ]);
  });

  it('reports at most 20 problems of a file, and how many more there are', () => {
    const { lines } = check({
      'test-event.yaml': eventYaml({ categories: Array.from({ length: 30 }, (_, i) => `c${i}`) }),
    });
    expect(lines).toHaveLength(21);
    expect(lines[19]).toMatch(/categories\[19\] {2}unknown category "c19"/);
    expect(lines[20]).toMatch(
      /^events\/test-event\.yaml:\d+:\d+ {2}\(file\) {2}… and 10 more problems in this file \(fix the problems above first/,
    );
  });

  it('refuses an event file in a folder inside events/', () => {
    expect(check({ 'sub/test-event.yaml': eventYaml() }).lines).toEqual([
      'events/:1:1  (file)  the data directory has no event files: no events/ folder, or no .yaml files in it (add one file per event as events/<id>.yaml (see CONTRIBUTING.md))',
      'events/sub/test-event.yaml:1:1  (file)  unexpected file in the data directory (event files go directly in events/, not in a folder inside it: move it to events/test-event.yaml)',
    ]);
  });

  it('suggests only valid ids to make an id and its file name agree, and quotes no hidden character', () => {
    const fixes = (name: string, id: string) =>
      check({ [name]: eventYaml({ id }) }).problems.map((problem) => problem.fix);
    expect(fixes('Test Event.yaml', 'test-event')).toEqual(['rename the file to test-event.yaml']);
    expect(fixes('test-event.yaml', 'Test Event')).toEqual([
      expect.stringMatching(/^use lower-case letters/),
      'set id: test-event',
    ]);
    expect(fixes('A B.yaml', 'C D')).toEqual([
      expect.stringMatching(/^use lower-case letters/),
      'give the event a kebab-case id, and name its file after it',
    ]);
    // Reported by the schema, by code point, and not quoted again as a mismatch.
    expect(check({ 'test-event.yaml': eventYaml({ id: 'test\u202Eevent' }) }).lines).toEqual([
      expect.stringMatching(/ {2}id {2}contains the bidi control U\+202E \(RLO/),
    ]);
  });

  it('reports a data directory without event files', () => {
    const { lines, dataset } = check({});
    expect(lines).toEqual([
      'events/:1:1  (file)  the data directory has no event files: no events/ folder, or no .yaml files in it (add one file per event as events/<id>.yaml (see CONTRIBUTING.md))',
    ]);
    expect(dataset).toBeUndefined();
  });

  it.each(HOSTILE_MARKDOWN.map(({ markdown }) => [markdown]))('refuses %j in notes', (markdown) => {
    const { problems } = check({
      'test-event.yaml': eventYaml({ notes: { de: markdown, en: 'Note.' } }),
    });
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.map((problem) => problem.path)).toEqual(problems.map(() => 'notes.de'));
  });

  it('checks the texts of registries for invisible and control characters', () => {
    const files = dataFiles({ 'test-event.yaml': eventYaml() }).map((file) =>
      file.path === 'threads.yaml'
        ? {
            ...file,
            contents: `${String(file.contents)}- id: other\n  label: { de: "\\u200B", en: "Other\\e" }\n  description: { de: x, en: x }\n`,
          }
        : file,
    );
    expect(parseDataset({ files, now: NOW }).problems.map(formatProblem)).toEqual([
      'threads.yaml:9:16  [1].label.de  is empty (only invisible characters) (write the text; it holds only U+200B, which shows as nothing)',
      'threads.yaml:9:30  [1].label.en  contains the control character U+001B (ESC) at character 6 (delete it: it does not belong in text, and often comes from copying out of a terminal, a PDF or another program)',
    ]);
  });
});
