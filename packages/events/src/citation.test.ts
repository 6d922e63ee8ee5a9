import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { Ajv } from 'ajv';
import { AST as RisAst, parse as parseRisToCsl } from 'astrocite-ris';
import CSL from 'citeproc';
import type { Data as CslData } from 'csl-json';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { CSL_DATA_SCHEMA } from './__fixtures__/csl-data-schema.js';
import { event } from './__fixtures__/events.js';
import type { Dataset } from './dataset.js';
import type { ChronikEvent } from './schema.js';
import { toBibtex, toCslJson, toRis, type CitationOptions, type CslItem } from './formats.js';
import { loadDataset } from './node.js';

const SITE = 'https://chronik.example';
const ACCESSED = new Date('2026-12-03T10:00:00Z');
const LETTER = '2024-06-24-osba-open-letter-delos';

let dataset: Dataset;
beforeAll(async () => {
  dataset = (await loadDataset({ now: new Date('2026-12-01T00:00:00Z') })).dataset!;
});
const options = (overrides: Partial<CitationOptions> = {}): CitationOptions => ({
  info: dataset.info,
  events: dataset.events,
  lang: 'de',
  siteUrl: SITE,
  accessed: ACCESSED,
  includeDataset: true,
  ...overrides,
});

/** Text as the writers put it: one line, control characters dropped, spaces collapsed. */
const toLine = (text: string) =>
  text
    // eslint-disable-next-line no-control-regex -- control characters are what is removed
    .replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g, '')
    .replace(/[\t\n\v\f\r \u0085\u2028\u2029]+/g, ' ')
    .trim();

/**
 * An event with the title given, set past the schema (which refuses control characters and
 * line breaks in titles): the writers must stay safe with data that was never validated.
 */
const withTitle = (base: ChronikEvent, title: string): ChronikEvent => ({
  ...base,
  title: { de: title, en: title },
});

/** Titles that TeX, BibTeX or RIS would read as something else if written as they are. */
const HOSTILE = [
  'Brace { and } unbalanced }{ 100% & $5 #1 a_b x^2 ~home C:\\path\\ \\textbf{x}',
  "\"Quoted\" „Gänsefüßchen“ «guillemets» ‚single‘ 'apos' `tick` ``double'' ?` !`",
  'Ärger über Maßnahmen -- und --- Striche << >> <b>tag</b> a|b ,,low',
  'Line\nbreak\r\nER  - \r\nTY  - JOUR\ttab\u0000nul\u0007bell\u001b[31m\u2028sep',
  'ER  - in the middle, TY  - at the start of nothing',
];

describe('toCslJson', () => {
  it('cites an event as an entry of the dataset, with its permalink, version and dates', () => {
    const items = toCslJson(options());
    expect(items).toHaveLength(dataset.events.length + 1);
    const letter = items.find((item) => item.id === `chronik:${LETTER}`)!;
    const source = dataset.events.find((e) => e.id === LETTER)!;
    const latest = source.changes
      .map((change) => change.date)
      .sort()
      .at(-1)!;
    expect(letter).toEqual({
      id: `chronik:${LETTER}`,
      type: 'entry-encyclopedia',
      title: source.title.de,
      'container-title': 'Chronik – Delos Cloud und digitale Souveränität',
      author: [{ literal: 'Chronik contributors' }],
      publisher: 'Chronik contributors',
      version: dataset.info.version,
      URL: `${SITE}/de/events/${LETTER}/`,
      issued: { 'date-parts': [latest.split('-').map(Number)] },
      accessed: { 'date-parts': [[2026, 12, 3]] },
      language: 'de',
      abstract: toLine(source.summary.de),
      note: 'Lizenz: Creative Commons Attribution 4.0 International (https://creativecommons.org/licenses/by/4.0/)',
    });
  });

  it('puts the dataset first when asked, dated by its latest release', () => {
    const [first, ...rest] = toCslJson(options({ lang: 'en' }));
    expect(first).toEqual({
      id: `chronik:dataset:${dataset.info.id}`,
      type: 'dataset',
      title: 'Chronik – Delos Cloud and digital sovereignty',
      author: [{ literal: 'Chronik contributors' }],
      publisher: dataset.info.publisher,
      version: dataset.info.version,
      URL: `${SITE}/en/`,
      issued: { 'date-parts': [dataset.info.changes.at(-1)!.date.split('-').map(Number)] },
      accessed: { 'date-parts': [[2026, 12, 3]] },
      language: 'en',
      abstract: toLine(dataset.info.description.en),
      note: 'Licence: Creative Commons Attribution 4.0 International (https://creativecommons.org/licenses/by/4.0/)',
    });
    expect(rest.map((item) => item.id)).toEqual(dataset.events.map((e) => `chronik:${e.id}`));
    expect(toCslJson(options({ includeDataset: false })).map((item) => item.type)).not.toContain(
      'dataset',
    );
  });

  it('dates an event without a change log by the release, and gives no date without either', () => {
    const plain = event({ changes: [] });
    const [withRelease] = toCslJson(options({ events: [plain], includeDataset: false }));
    expect(withRelease!.issued).toEqual({
      'date-parts': [dataset.info.changes.at(-1)!.date.split('-').map(Number)],
    });
    const info = { ...dataset.info, changes: [] };
    const items = toCslJson(options({ info, events: [plain] }));
    expect(items.map((item) => 'issued' in item)).toEqual([false, false]);
  });

  it('is valid CSL-JSON for Ajv, in both languages, with hostile titles too', () => {
    // Strict, as the schema is: a keyword Ajv does not know is an error, not ignored.
    const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
    const validate = ajv.compile(CSL_DATA_SCHEMA);
    const hostile = HOSTILE.map((title, i) => withTitle(event({ id: `h${i}` }), title));
    for (const lang of ['de', 'en'] as const) {
      for (const events of [dataset.events, hostile]) {
        const items = toCslJson(options({ lang, events }));
        expect(validate(items) ? [] : validate.errors).toEqual([]);
      }
    }
    const titles = toCslJson(options({ events: hostile, includeDataset: false })).map(
      (item) => item.title,
    );
    expect(titles).toEqual(HOSTILE.map(toLine));
    // eslint-disable-next-line no-control-regex -- control characters are what must be gone
    expect(titles.join('')).not.toMatch(/[\u0000-\u001f]/);
  });

  it('has only keys that the csl-json types know (checked by the compiler)', () => {
    // Fails `check` if an item has a key that CSL-JSON does not define, or a value of
    // another shape: the types are written from the CSL schema by another author.
    type Unknown = Exclude<keyof CslItem, keyof CslData>;
    const none: [Unknown] extends [never] ? true : false = true;
    const items: CslData[] = toCslJson(options());
    expect(none).toBe(true);
    expect(items.length).toBeGreaterThan(0);
  });

  it('is read by citeproc-js, the reference CSL processor', () => {
    const items = toCslJson(options({ events: dataset.events.filter((e) => e.id === LETTER) }));
    const text = renderWithCiteproc(items);
    const letter = items[1]!;
    expect(text).toEqual([
      [
        'Chronik contributors',
        `Chronik – Delos Cloud und digitale Souveränität`,
        'dataset',
        `version ${dataset.info.version}`,
        `issued ${dataset.info.changes.at(-1)!.date}`,
        'accessed 2026-12-03',
        `${SITE}/de/`,
      ].join(' | '),
      [
        'Chronik contributors',
        letter.title,
        `in Chronik – Delos Cloud und digitale Souveränität`,
        'entry-encyclopedia',
        `version ${dataset.info.version}`,
        `issued ${letter.issued!['date-parts'][0].map((n) => String(n).padStart(2, '0')).join('-')}`,
        'accessed 2026-12-03',
        `${SITE}/de/events/${LETTER}/`,
      ].join(' | '),
    ]);
  });
});

describe('toBibtex', () => {
  it('writes @misc entries that a BibTeX parser reads back field by field', () => {
    const bibtex = toBibtex(options());
    const library = parseBibtex(bibtex, { english: false, sentenceCase: false });
    expect(library.errors).toEqual([]);
    const items = toCslJson(options());
    expect(library.entries.map((entry) => [entry.type, entry.key])).toEqual(
      items.map((item) => ['misc', item.id]),
    );
    library.entries.forEach((entry, i) => {
      const item = items[i]!;
      const fields = entry.fields;
      expect(fields.author).toEqual([{ name: 'Chronik contributors' }]);
      expect(fields.title).toBe(item.title);
      expect(fields.howpublished).toBe(item['container-title']);
      expect(fields.organization).toEqual([item.publisher]);
      expect(fields.version).toBe(item.version);
      expect(fields.url).toBe(item.URL);
      expect(fields.urldate).toBe('2026-12-03');
      expect(fields.langid).toBe('ngerman');
      expect(fields.abstract).toBe(item.abstract);
      expect(fields.note).toBe(`Version ${item.version}. ${item.note}`);
      const [year, month, day] = item.issued!['date-parts'][0];
      expect([fields.date, fields.year, fields.month]).toEqual([
        `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
        String(year),
        String(month),
      ]);
    });
    expect(bibtex).toContain(`@misc{chronik:${LETTER},\n  author = {{Chronik contributors}},\n`);
  });

  it('escapes what TeX reads as commands, keeps Unicode, and its braces balance', () => {
    const hostile = HOSTILE.map((title, i) => withTitle(event({ id: `h${i}` }), title));
    const bibtex = toBibtex(options({ events: hostile, lang: 'en', includeDataset: false }));
    expect(isBalanced(bibtex)).toBe(true);
    const library = parseBibtex(bibtex, { english: false, sentenceCase: false });
    expect(library.errors).toEqual([]);
    expect(library.entries.map((entry) => entry.fields.title)).toEqual(HOSTILE.map(toLine));
    expect(bibtex).toContain(
      'title = {{Brace \\{ and \\} unbalanced \\}\\{ 100\\% \\& \\$5 \\#1 a\\_b x\\textasciicircum{}2 \\textasciitilde{}home C:\\textbackslash{}path\\textbackslash{} \\textbackslash{}textbf\\{x\\}}}',
    );
    expect(bibtex).toContain('Ärger über Maßnahmen -{}- und -{}-{}- Striche');
  });

  it('reads back any title (property)', () => {
    fc.assert(
      fc.property(title, (value) => {
        const one = withTitle(event(), value);
        const bibtex = toBibtex(options({ events: [one], includeDataset: false }));
        expect(isBalanced(bibtex)).toBe(true);
        const library = parseBibtex(bibtex, { english: false, sentenceCase: false });
        expect(library.errors).toEqual([]);
        expect(library.entries.map((entry) => entry.fields.title)).toEqual([toLine(value)]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('toRis', () => {
  it('writes one record per item with CRLF line ends, which a RIS parser reads tag by tag', () => {
    const ris = toRis(options());
    expect(ris.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(ris.endsWith('ER  - \r\n')).toBe(true);
    const items = toCslJson(options());
    const records = RisAst.parse(ris).children;
    expect(records.map((record) => record.type)).toEqual(
      items.map((item) => (item.type === 'dataset' ? 'DATA' : 'ELEC')),
    );
    const letter = records.find((record) =>
      record.properties.some((p) => p.key === 'ID' && p.value === `chronik:${LETTER}`),
    )!;
    const item = items.find((i) => i.id === `chronik:${LETTER}`)!;
    const [year, month, day] = item.issued!['date-parts'][0].map((n) => String(n).padStart(2, '0'));
    expect(letter.properties.map((p) => [p.key, p.value])).toEqual([
      ['ID', item.id],
      ['TI', item.title],
      ['T2', 'Chronik – Delos Cloud und digitale Souveränität'],
      ['AU', 'Chronik contributors'],
      ['PB', item.publisher],
      ['ET', dataset.info.version],
      ['PY', year],
      ['DA', `${year}/${month}/${day}/`],
      ['UR', `${SITE}/de/events/${LETTER}/`],
      ['Y2', '2026/12/03/'],
      ['LA', 'de'],
      ['AB', item.abstract],
      ['N1', item.note],
    ]);
  });

  it('says what the CSL-JSON says, as an independent RIS-to-CSL reader sees it', () => {
    const items = toCslJson(options({ lang: 'en' }));
    const read = parseRisToCsl(toRis(options({ lang: 'en' })));
    expect(read).toHaveLength(items.length);
    read.forEach((got, i) => {
      const item = items[i]!;
      expect(got).toMatchObject({
        id: item.id,
        type: item.type === 'dataset' ? 'dataset' : 'webpage',
        title: item.title,
        author: [{ family: 'Chronik contributors' }],
        edition: item.version,
        URL: item.URL,
        language: 'en',
        abstract: item.abstract,
        note: item.note,
        accessed: { 'date-parts': [['2026', '12', '03']] },
      });
      expect(got['container-title']).toBe(item['container-title']);
      expect(got.issued?.['date-parts']?.[0]?.map(Number)).toEqual(item.issued!['date-parts'][0]);
    });
  });

  it('keeps every hostile title on its line: nothing in it ends or starts a record', () => {
    const hostile = HOSTILE.map((title, i) => withTitle(event({ id: `h${i}` }), title));
    const records = RisAst.parse(
      toRis(options({ events: hostile, includeDataset: false })),
    ).children;
    expect(records.map((record) => record.type)).toEqual(hostile.map(() => 'ELEC'));
    expect(records.map((record) => record.properties.find((p) => p.key === 'TI')?.value)).toEqual(
      HOSTILE.map(toLine),
    );
  });

  it('reads back every record of any titles (property)', () => {
    fc.assert(
      fc.property(fc.array(title, { minLength: 1, maxLength: 4 }), (values) => {
        const events = values.map((value, i) => withTitle(event({ id: `e${i}` }), value));
        const records = RisAst.parse(toRis(options({ events, includeDataset: false }))).children;
        expect(
          records.map((record) => record.properties.find((p) => p.key === 'ID')?.value),
        ).toEqual(events.map((e) => `chronik:${e.id}`));
        expect(
          records.map((record) => record.properties.find((p) => p.key === 'TI')?.value),
        ).toEqual(values.map(toLine));
      }),
      { numRuns: 200 },
    );
  });
});

describe('the options', () => {
  it('refuse a date of access that is not a date and a site address with a trailing slash', () => {
    expect(() => toCslJson(options({ accessed: new Date('nonsense') }))).toThrow(
      'toCslJson: accessed is Invalid Date, not a date; pass the date of access, e.g. accessed: new Date()',
    );
    expect(() => toBibtex(options({ siteUrl: `${SITE}/` }))).toThrow(
      `toBibtex: siteUrl "${SITE}/" is not the address of a site's root; pass it absolute and without a trailing slash, e.g. "https://chronik.example"`,
    );
    expect(() => toRis(options({ siteUrl: 'chronik.example' }))).toThrow(/^toRis: siteUrl/);
  });
});

/**
 * Titles made of the characters that matter to the three formats, mixed with any other
 * character. Never empty on one line: a title has words.
 */
const title = fc
  .string({
    unit: fc.oneof(
      fc.constantFrom(
        ...'{}\\%&$#_^~<>|"\'`-!?,., \t\n\r\u0000\u0085\u2028äÄßé€–—„“😀ER'.split(''),
        'ER  - ',
        'TY  - ',
        '\r\nER  - \r\n',
        '\\par',
        '$$',
      ),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
    ),
    minLength: 1,
    maxLength: 30,
  })
  .map((value) => `T ${value}`);

/** Whether every unescaped brace has its partner, in order. */
function isBalanced(bibtex: string): boolean {
  let depth = 0;
  for (let i = 0; i < bibtex.length; i++) {
    const c = bibtex[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

/**
 * The items as citeproc-js renders them with a style of its own that prints every variable
 * the citations carry, separated by " | ", dates as YYYY-MM-DD.
 */
function renderWithCiteproc(items: CslItem[]): string[] {
  const day = (variable: string, label: string) =>
    `<date variable="${variable}" prefix="${label} "><date-part name="year"/><date-part name="month" form="numeric-leading-zeros" prefix="-"/><date-part name="day" form="numeric-leading-zeros" prefix="-"/></date>`;
  const style = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><title>Chronik test</title><id>chronik-test</id><updated>2026-12-03T00:00:00+00:00</updated></info>
  <citation><layout><text variable="title"/></layout></citation>
  <bibliography>
    <layout>
      <group delimiter=" | ">
        <names variable="author"/>
        <text variable="title"/>
        <text variable="container-title" prefix="in "/>
        <text variable="type"/>
        <text variable="version" prefix="version "/>
        ${day('issued', 'issued')}
        ${day('accessed', 'accessed')}
        <text variable="URL"/>
      </group>
    </layout>
  </bibliography>
</style>`;
  // The terms citeproc-js needs to render names; a full locale file is not needed.
  const locale = `<?xml version="1.0" encoding="utf-8"?>
<locale xmlns="http://purl.org/net/xbiblio/csl" version="1.0" xml:lang="en-US">
  <terms><term name="et-al">et al.</term><term name="and">and</term></terms>
</locale>`;
  const engine = new CSL.Engine(
    {
      retrieveLocale: () => locale,
      retrieveItem: (id) => items.find((item) => item.id === id),
    },
    style,
    'en-US',
  );
  engine.setOutputFormat('text');
  engine.updateItems(items.map((item) => item.id));
  const [meta, entries] = engine.makeBibliography();
  expect(meta.bibliography_errors).toEqual([]);
  return entries.map((entry) => entry.trim());
}
