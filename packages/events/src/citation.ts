/**
 * Events and the dataset as citations for reference managers, in one language: CSL-JSON
 * (Zotero, Pandoc, citeproc-js), BibTeX/biblatex and RIS (EndNote, Citavi, Mendeley).
 *
 * The three writers read one citation item per event (and, if asked, one for the dataset
 * first), so that they say the same thing:
 *
 * - the author is the institution "Chronik contributors", the publisher the dataset's;
 * - an event's title is its title, its container the dataset ("Chronik – …"), its address
 *   its permalink (`<siteUrl>/<lang>/events/<id>/`), the dataset's its start page;
 * - the version is the dataset's; an event is dated by its latest change-log entry (the
 *   correction a reader saw), the dataset and an event without a change log by the
 *   dataset's latest release; without either, no date is given rather than a made-up one;
 * - the date of access is the caller's (`accessed`): no clock is read;
 * - the abstract is the summary (the description for the dataset), the note the licence;
 * - text is one line: line breaks, tabs and runs of spaces become one space and control
 *   characters are dropped, since RIS ends a field at a line break and BibTeX reads a blank
 *   line as a new paragraph.
 *
 * @module
 */
import { getEventChangeDates, getLatestChange } from './latest-change.js';
import type { ChronikEvent, DatasetInfo } from './schema.js';
import type { Language } from './vocabulary.js';
/** The reader's day of access, for callers of this entry (see `local-day.ts`). @public */
export { toLocalDay } from './local-day.js';

/** What to cite, in which language, and when it was read. */
export interface CitationOptions {
  /** The dataset's title, version, licence, publisher and change log. */
  info: DatasetInfo;
  /** The events to cite, in the order given (all of a dataset, a view's or one). */
  events: readonly ChronikEvent[];
  /** The language of titles, abstracts and notes. */
  lang: Language;
  /** The address of the site's root, absolute, without a trailing slash. */
  siteUrl: string;
  /**
   * The date of access, given by the caller (its UTC day is written), e.g. `new Date()` or
   * the CLI's `context.now`: the same data and date give the same citations.
   */
  accessed: Date;
  /** Whether the dataset itself comes first, as one more item. @default false */
  includeDataset?: boolean;
}

/** A date as CSL-JSON writes it: one `[year, month, day]`. */
interface CslDate {
  'date-parts': [[number, number, number]];
}

/**
 * One CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html), as
 * {@link toCslJson} writes it: an event as an entry of a reference work, the dataset as a
 * dataset.
 */
export interface CslItem {
  /** `chronik:<event id>`, or `chronik:dataset:<dataset id>`: the BibTeX key and RIS `ID` too. */
  id: string;
  type: 'entry-encyclopedia' | 'dataset';
  title: string;
  /** The dataset ("Chronik – …"), for events. */
  'container-title'?: string;
  /** The institution, as a literal name (never split into family and given names). */
  author: [{ literal: string }];
  publisher: string;
  version: string;
  URL: string;
  /** Left out when the data has no date of change or release. */
  issued?: CslDate;
  accessed: CslDate;
  language: Language;
  abstract: string;
  note: string;
}

/** Who is named as the author: the institution, as the site's "cite this event" text has it. */
const AUTHOR = 'Chronik contributors';

const WORDS = {
  de: { licence: 'Lizenz', version: 'Version' },
  en: { licence: 'Licence', version: 'Version' },
} as const;

/** A calendar day: year, month (1–12), day. */
type Day = [number, number, number];

/** What all three formats say about one thing cited. */
interface CitationItem {
  kind: 'event' | 'dataset';
  id: string;
  title: string;
  containerTitle?: string;
  author: string;
  publisher: string;
  version: string;
  url: string;
  issued?: Day;
  accessed: Day;
  lang: Language;
  abstract: string;
  /** The licence, as a sentence: "Licence: <name> (<url>)". */
  licence: string;
}

// C0 and C1 controls other than the whitespace below: dropped. Line breaks, tabs and the
// Unicode line separators: one space, as are runs of spaces.
// eslint-disable-next-line no-control-regex -- control characters are what is matched
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g;
const SPACE = /[\t\n\v\f\r \u0085\u2028\u2029]+/g;

/** Text on one line: control characters dropped, whitespace collapsed, trimmed. */
function toLine(text: string): string {
  return text.replace(CONTROL, '').replace(SPACE, ' ').trim();
}

function toDay(value: string): Day {
  const [year, month, day] = value.split('-').map(Number);
  return [year!, month!, day!];
}

/** The shared items: the dataset first if asked, then the events in the order given. */
function toCitationItems(options: CitationOptions, caller: string): CitationItem[] {
  const { info, lang, siteUrl, accessed } = options;
  if (!(accessed instanceof Date) || Number.isNaN(accessed.getTime())) {
    throw new TypeError(
      `${caller}: accessed is ${String(accessed)}, not a date; pass the date of access, e.g. accessed: new Date()`,
    );
  }
  if (!/^https?:\/\/[^/]/.test(siteUrl) || siteUrl.endsWith('/')) {
    throw new TypeError(
      `${caller}: siteUrl "${siteUrl}" is not the address of a site's root; pass it absolute and without a trailing slash, e.g. "https://chronik.example"`,
    );
  }
  const words = WORDS[lang];
  const release = getLatestChange({ info, events: [] });
  const dataset = toLine(`Chronik – ${info.title[lang]}`);
  const shared = {
    author: AUTHOR,
    publisher: toLine(info.publisher),
    version: info.version,
    accessed: [accessed.getUTCFullYear(), accessed.getUTCMonth() + 1, accessed.getUTCDate()] as Day,
    lang,
    licence: toLine(`${words.licence}: ${info.license.name} (${info.license.url})`),
  };
  const items: CitationItem[] = options.events.map((event) => {
    // The latest correction is the text a reader saw; the release stands in without a log.
    const issued = getEventChangeDates(event, release ?? '').latest;
    return {
      ...shared,
      kind: 'event',
      id: `chronik:${event.id}`,
      title: toLine(event.title[lang]),
      containerTitle: dataset,
      url: `${siteUrl}/${lang}/events/${event.id}/`,
      ...(issued ? { issued: toDay(issued) } : {}),
      abstract: toLine(event.summary[lang]),
    };
  });
  if (!options.includeDataset) return items;
  return [
    {
      ...shared,
      kind: 'dataset',
      id: `chronik:dataset:${info.id}`,
      title: dataset,
      url: `${siteUrl}/${lang}/`,
      ...(release ? { issued: toDay(release) } : {}),
      abstract: toLine(info.description[lang]),
    },
    ...items,
  ];
}

/**
 * Events (and, with `includeDataset`, the dataset first) as CSL-JSON items, to be written with
 * `JSON.stringify`: what Zotero, Pandoc and every CSL processor read. See the module's notes.
 *
 * An event is an `entry-encyclopedia`, not a `webpage`: it is an entry of a curated,
 * versioned reference work, and styles then cite it as "Title. In: Chronik – …, version …",
 * as the site's own citation does, where many drop a web page's container and version.
 *
 * @example
 * toCslJson({ info, events: [letter], lang: 'en', siteUrl: 'https://chronik.example', accessed: new Date() })
 * // [{ id: 'chronik:2024-06-24-osba-open-letter-delos', type: 'entry-encyclopedia', title: 'OSBA open letter …', … }]
 */
export function toCslJson(options: CitationOptions): CslItem[] {
  return toCitationItems(options, 'toCslJson').map((item) => ({
    id: item.id,
    type: item.kind === 'event' ? 'entry-encyclopedia' : 'dataset',
    title: item.title,
    ...(item.containerTitle === undefined ? {} : { 'container-title': item.containerTitle }),
    author: [{ literal: item.author }],
    publisher: item.publisher,
    version: item.version,
    URL: item.url,
    ...(item.issued ? { issued: { 'date-parts': [item.issued] } } : {}),
    accessed: { 'date-parts': [item.accessed] },
    language: item.lang,
    abstract: item.abstract,
    note: item.licence,
  }));
}

const BIBTEX_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
  // In LaTeX's default font encoding (OT1) these print as ¡, ¿ and —.
  '<': '\\textless{}',
  '>': '\\textgreater{}',
  '|': '\\textbar{}',
};

/**
 * Text as the value of a BibTeX field: the characters TeX reads as commands escaped (so
 * braces always balance), and the ligatures TeX would make of `--`, ``` `` ```, `''`, `!``,
 * `?`` and `,,` broken with `{}`, so that what is printed is what was written. Unicode stays
 * as it is (biblatex and BibTeX read UTF-8); `"` too, as Better BibTeX leaves it.
 */
function escapeBibtex(text: string): string {
  return text.replace(
    /[\\{}%&$#_^~<>|]|[-`'!?,](?=[-`',])/g,
    (match) => BIBTEX_ESCAPES[match] ?? `${match}{}`,
  );
}

/** A key BibTeX and biblatex accept: no spaces, commas, braces, quotes, `#`, `%` or `~`. */
function toBibtexKey(id: string): string {
  return id.replace(/[^A-Za-z0-9_.:-]/g, '-');
}

/**
 * An address as a `url` field, which biblatex reads verbatim: only what would break the field
 * (braces, backslashes, whitespace) is percent-encoded; the permalinks Chronik builds have none.
 */
function toBibtexUrl(url: string): string {
  return url.replace(/[{}\\\s]/g, (c) => encodeURIComponent(c));
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const LANGIDS: Record<Language, string> = { de: 'ngerman', en: 'english' };

function toIsoDay([year, month, day]: Day): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Events (and, with `includeDataset`, the dataset first) as BibTeX entries that biblatex reads
 * in full. See the module's notes.
 *
 * Each is a `@misc`, which every BibTeX style and biblatex know (`@online` and `@dataset` are
 * biblatex's alone), keyed by its id (`chronik:<event id>`, stable across versions). Classic
 * BibTeX prints `author`, `title`, `howpublished` (the dataset), `year`, `month` and `note`
 * (version and licence); biblatex also `organization`, `version`, `date`, `url`, `urldate`,
 * `langid` and `abstract`. Titles are wrapped in a second pair of braces, so that styles keep
 * their capitals (German nouns), and the author too, so that it stays one institutional name.
 *
 * @example
 * toBibtex({ info, events: [letter], lang: 'de', siteUrl: 'https://chronik.example', accessed })
 * // '@misc{chronik:2024-06-24-osba-open-letter-delos,\n  author = {{Chronik contributors}},\n…'
 */
export function toBibtex(options: CitationOptions): string {
  const entries = toCitationItems(options, 'toBibtex').map((item) => {
    const words = WORDS[item.lang];
    const fields: [string, string][] = [
      ['author', `{{${escapeBibtex(item.author)}}}`],
      ['title', `{{${escapeBibtex(item.title)}}}`],
      ...(item.containerTitle === undefined
        ? []
        : [['howpublished', `{${escapeBibtex(item.containerTitle)}}`] as [string, string]]),
      ['organization', `{${escapeBibtex(item.publisher)}}`],
      ['version', `{${escapeBibtex(item.version)}}`],
      ...(item.issued
        ? ([
            ['date', `{${toIsoDay(item.issued)}}`],
            ['year', `{${item.issued[0]}}`],
            // A month macro, which BibTeX styles print in the document's language.
            ['month', MONTHS[item.issued[1] - 1]!],
          ] as [string, string][])
        : []),
      ['url', `{${toBibtexUrl(item.url)}}`],
      ['urldate', `{${toIsoDay(item.accessed)}}`],
      ['langid', `{${LANGIDS[item.lang]}}`],
      ['abstract', `{${escapeBibtex(item.abstract)}}`],
      // Classic BibTeX prints no `version`: the note says it.
      ['note', `{${escapeBibtex(`${words.version} ${item.version}. ${item.licence}`)}}`],
    ];
    const body = fields.map(([name, value]) => `  ${name} = ${value}`).join(',\n');
    return `@misc{${toBibtexKey(item.id)},\n${body}\n}\n`;
  });
  return entries.join('\n');
}

/** A RIS date (`YYYY/MM/DD/`, the part for other information left empty). */
function toRisDate([year, month, day]: Day): string {
  return `${year}/${String(month).padStart(2, '0')}/${String(day).padStart(2, '0')}/`;
}

/**
 * Events (and, with `includeDataset`, the dataset first) as RIS records. See the module's
 * notes.
 *
 * An event is `TY  - ELEC` (a web page: EndNote and Citavi then keep `UR` and the access date
 * `Y2`), the dataset `TY  - DATA`. Tags: `ID`, `TI`, `T2` (the dataset, for events), `AU` (the
 * institution, without a comma, so readers keep it as one name), `PB`, `ET` (the version),
 * `PY` and `DA` when dated, `UR`, `Y2`, `LA`, `AB`, `N1` (the licence), `ER`. Lines end with
 * CRLF, as the RIS specification asks; a blank line separates records. Every value is one
 * line, so nothing in a title can start a tag, `ER  - ` included.
 *
 * @example
 * toRis({ info, events: [letter], lang: 'en', siteUrl: 'https://chronik.example', accessed })
 * // 'TY  - ELEC\r\nID  - chronik:2024-06-24-osba-open-letter-delos\r\nTI  - OSBA open letter …'
 */
export function toRis(options: CitationOptions): string {
  const records = toCitationItems(options, 'toRis').map((item) => {
    const tags: [string, string | undefined][] = [
      ['TY', item.kind === 'event' ? 'ELEC' : 'DATA'],
      ['ID', item.id],
      ['TI', item.title],
      ['T2', item.containerTitle],
      ['AU', item.author],
      ['PB', item.publisher],
      ['ET', item.version],
      ['PY', item.issued && String(item.issued[0])],
      ['DA', item.issued && toRisDate(item.issued)],
      ['UR', item.url],
      ['Y2', toRisDate(item.accessed)],
      ['LA', item.lang],
      ['AB', item.abstract],
      ['N1', item.licence],
    ];
    const lines = tags
      .filter((tag): tag is [string, string] => Boolean(tag[1]))
      .map(([tag, value]) => `${tag}  - ${value}`);
    // `ER  - ` with its space: some readers look for the whole tag.
    return `${[...lines, 'ER  - '].join('\r\n')}\r\n`;
  });
  return records.join('\r\n');
}
