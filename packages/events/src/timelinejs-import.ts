/**
 * Events read from TimelineJS 3 (https://timeline.knightlab.com/docs/json-format.html): its
 * JSON documents, and the Google Sheets template as CSV (File → Download → CSV). Each slide
 * of `events` (each row of the sheet) becomes one event to import:
 *
 * | TimelineJS (JSON / sheet column) | event |
 * | --- | --- |
 * | `unique_id` (JSON only) | `id`, when it is kebab-case; else date and headline, `2024-06-27-headline-words` (`-2`, `-3` … when taken) |
 * | `start_date` / `Year`, `Month`, `Day` | `date.start`; `date.precision` from the parts given: year, month or day |
 * | `end_date` / `End Year`, `End Month`, `End Day` | `date.end` |
 * | `display_date` / `Display Date` | read only to tell a quarter, a season or "ca." as Chronik's TimelineJS export writes them ("Q2 2024", "ca. 2022") |
 * | `text.headline` / `Headline` (HTML) | `title`, as plain text |
 * | `text.text` / `Text` (HTML) | `summary` as Markdown; its http(s) links are the `sources` |
 * | `media.url`, `.credit`, `.caption` / `Media`, `Media Credit`, `Media Caption` | one more source, when the URL is http(s) |
 * | `group` / `Group` | `categories`: the one whose id or label (in either language) it names; `options.category` for slides without one |
 *
 * TimelineJS has one language per file, Chronik's events have two: the file's text (its
 * language is `options.lang`) goes into both, to be translated in the event files. A source's
 * language is taken to be the file's too.
 *
 * The HTML is read, never passed on: headlines become plain text; texts become Markdown with
 * paragraphs, emphasis, lists and http(s) links; scripts, styles, media, event handlers and
 * links to anything but http(s) are dropped.
 *
 * A slide's text as Chronik's own export writes it (`toTimelineJs`) is read back in its
 * parts: the summary; the notes after "Hinweis:"/"Note:"; the list after "Quellen:"/
 * "Sources:" as the sources (title and publisher), without the summary's links; the link to
 * the event's page dropped. So an export imported again keeps each event's id, dates, title,
 * summary, notes and source addresses, though not its other categories, actors, links or
 * change log, which TimelineJS does not hold.
 *
 * Left out without a problem: the title slide, `eras`, sheet rows of `Type` `title` or
 * `era`, times of day, backgrounds, and sheet columns the template does not have. A slide
 * dated after `options.now` is imported as `scheduled`.
 *
 * @module
 */
import { suggest } from './internal/suggest.js';
import type { CategoryLabels } from './category-labels.js';
import type { ImportRow, ImportRows } from './import.js';
import { readCsvRecords } from './internal/csv-file.js';
import {
  getHttpLinks,
  isElement,
  isHttpUrl,
  parseHtmlFragment,
  toMarkdownText,
  toPlainText,
  type HtmlLink,
  type HtmlNode,
} from './internal/html-text.js';
import { readJsonFile } from './internal/json-file.js';
import { formatEventDate } from './format-date.js';
import {
  QUARTER_START_MONTHS,
  SEASON_START_MONTHS,
  getPeriod,
  toPartialDateParts,
  type Precision,
} from './partial-date.js';
import { compareProblems, toFieldPath, truncate, type Problem } from './problem.js';
import { SlugSchema, toSlug, type ChronikEventInput, type EventDate } from './schema.js';
import { TIMELINEJS_WORDS } from './timelinejs.js';
import { LANGUAGES, type Language } from './vocabulary.js';

/**
 * What a TimelineJS import needs to know that the file does not say.
 *
 * @public
 */
export interface TimelineJsImportOptions {
  /**
   * The language the file's text is written in. TimelineJS files have one language and
   * Chronik's events two: the text goes into both, and the other language's copy is to be
   * translated.
   */
  lang: Language;
  /** The data directory's categories: a slide's `group` names one by its id or label. */
  categories: CategoryLabels;
  /**
   * The category (id or label) of slides without a `group`; without it, such a slide is a
   * problem, since every event needs a category.
   */
  category?: string;
  /** The current time: a slide dated after it is imported as `scheduled`. */
  now: Date;
}

/** The columns of the TimelineJS 3 Google Sheets template, in its order. */
export const TIMELINEJS_SHEET_COLUMNS = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Type',
  'Group',
  'Background',
] as const;

/** The sheet's columns an import cannot do without. */
const REQUIRED_COLUMNS = ['Year', 'Headline', 'Text'] as const;

const JSON_EXPECTED = 'a TimelineJS 3 document, { "events": [ { "start_date": …, "text": … } ] }';

/** The fields of a slide an event is made of, by the names of the JSON format. */
type SlideField =
  | 'slide'
  | 'unique_id'
  | 'start_date'
  | 'start_date.year'
  | 'start_date.month'
  | 'start_date.day'
  | 'end_date'
  | 'end_date.year'
  | 'end_date.month'
  | 'end_date.day'
  | 'text.headline'
  | 'text.text'
  | 'group'
  | 'media.url';

/** A slide as read from JSON or a sheet's row, before it is checked. */
interface Slide {
  row: number;
  line: number;
  uniqueId: unknown;
  /** `undefined` when the slide has no start date at all; the parts as written. */
  start: DateFields | undefined;
  end: DateFields | undefined;
  displayDate: unknown;
  headline: unknown;
  text: unknown;
  group: unknown;
  media: { url: unknown; credit: unknown; caption: unknown };
  /** The name of a field in the file (`events[2].start_date.year`, `Year`). */
  name(field: SlideField): string;
  /** Where a field is in the file. */
  where(field: SlideField): { line: number; column: number; name: string } | undefined;
}

interface DateFields {
  year: unknown;
  month: unknown;
  day: unknown;
}

/**
 * Reads a TimelineJS 3 JSON document as rows to import (see the module's notes for how a
 * slide becomes an event). Row N is `events[N - 1]`; problems name the line and column of the
 * field in the file and its JSON path (`events[2].start_date.year`). A slide with a problem
 * of its own (no date, an unknown group, no source) is reported and left out of `rows`; the
 * others are checked against the schema and the registries by `planImport`.
 *
 * @param file - the file's name, for problems
 *
 * @example
 * fromTimelineJsJson(text, 'timeline.json', { lang: 'en', categories, now: new Date() })
 */
export function fromTimelineJsJson(
  text: string,
  file: string,
  options: TimelineJsImportOptions,
): ImportRows {
  const json = readJsonFile({ file, text, expected: JSON_EXPECTED });
  if (json.problems.length > 0) return { rows: [], problems: json.problems };
  const data = json.data;
  const whole = (path: (string | number)[], message: string, fix: string): ImportRows => ({
    rows: [],
    problems: [{ file, ...json.locate(path), path: toFieldPath(path), message, fix }],
  });
  if (!isRecord(data)) {
    return whole(
      [],
      `the file holds ${describe(data)}, not a TimelineJS document`,
      `import ${JSON_EXPECTED}`,
    );
  }
  if (!('events' in data)) {
    return whole(
      [],
      'the file has no "events"',
      `import ${JSON_EXPECTED}; the title slide and eras alone are not imported`,
    );
  }
  if (!Array.isArray(data.events)) {
    return whole(
      ['events'],
      `"events" holds ${describe(data.events)}, not an array`,
      'write the slides as a JSON array: "events": [ { … }, { … } ]',
    );
  }
  if (data.events.length === 0) {
    return whole(['events'], 'the file has no events', 'add slides to "events"');
  }
  const problems: Problem[] = [];
  const slides: Slide[] = [];
  data.events.forEach((event: unknown, index) => {
    const at = ['events', index];
    const position = json.locate(at);
    if (!isRecord(event)) {
      problems.push({
        file,
        ...position,
        path: toFieldPath(at),
        value: event,
        message: `row ${index + 1}: the slide is ${describe(event)}, not an object`,
        fix: 'write each slide as an object: { "start_date": { "year": 2024 }, "text": { … } }',
      });
      return;
    }
    const name = (field: SlideField) =>
      toFieldPath([...at, ...(field === 'slide' ? [] : field.split('.'))]);
    // A date that is not an object has no parts: reported as a missing year.
    const dateFields = (value: unknown): DateFields =>
      isRecord(value)
        ? { year: value.year, month: value.month, day: value.day }
        : { year: undefined, month: undefined, day: undefined };
    const text = isRecord(event.text) ? event.text : {};
    const media = isRecord(event.media) ? event.media : {};
    slides.push({
      row: index + 1,
      line: position.line,
      uniqueId: event.unique_id,
      start: event.start_date === undefined ? undefined : dateFields(event.start_date),
      // TimelineJS's sheets write an end of empty parts for "no end".
      end:
        event.end_date === undefined ||
        (isRecord(event.end_date) &&
          isEmpty(event.end_date.year) &&
          isEmpty(event.end_date.month) &&
          isEmpty(event.end_date.day))
          ? undefined
          : dateFields(event.end_date),
      displayDate:
        event.display_date ??
        (isRecord(event.start_date) ? event.start_date.display_date : undefined),
      headline: text.headline,
      text: text.text,
      group: event.group,
      media: { url: media.url, credit: media.credit, caption: media.caption },
      name,
      where: (field) => ({
        ...json.locate([...at, ...(field === 'slide' ? [] : field.split('.'))]),
        name: name(field),
      }),
    });
  });
  const read = toRows(slides, file, options);
  return { rows: read.rows, problems: [...problems, ...read.problems].sort(compareProblems) };
}

/** Sheet columns that stand for a field of a slide. */
const SHEET_FIELDS: Partial<Record<SlideField, string>> = {
  slide: 'Year',
  unique_id: 'Headline',
  start_date: 'Year',
  'start_date.year': 'Year',
  'start_date.month': 'Month',
  'start_date.day': 'Day',
  end_date: 'End Year',
  'end_date.year': 'End Year',
  'end_date.month': 'End Month',
  'end_date.day': 'End Day',
  'text.headline': 'Headline',
  'text.text': 'Text',
  group: 'Group',
  'media.url': 'Media',
};

/**
 * Reads a sheet of the TimelineJS 3 Google Sheets template, downloaded as CSV, as rows to
 * import (see the module's notes for how a row becomes an event; the sheet has no
 * `unique_id`, so ids come from date and headline). The header is row 1, as in the sheet;
 * columns may come in any order, `Tag` stands for `Group` as in TimelineJS, and columns the
 * template does not have are ignored. Problems name the row, its line and the column.
 *
 * @param file - the file's name, for problems
 */
export function fromTimelineJsCsv(
  text: string,
  file: string,
  options: TimelineJsImportOptions,
): ImportRows {
  const { records, problems } = readCsvRecords({ file, text });
  if (problems.length > 0) return { rows: [], problems };
  const problem = (line: number, column: number, path: string, message: string, fix: string) =>
    problems.push({ file, line, column, path, message, fix });
  const [head, ...body] = records;
  const template = `${TIMELINEJS_SHEET_COLUMNS.join(',')}`;
  if (!head) {
    problem(1, 1, '', 'the file is empty', `write the header row of the template (${template})`);
    return { rows: [], problems };
  }
  const columns = new Map<string, number>();
  const known = new Map(
    [...TIMELINEJS_SHEET_COLUMNS, 'Tag'].map((name) => [name.toLowerCase(), name]),
  );
  head.cells.forEach((raw, index) => {
    const name = known.get(raw.trim().toLowerCase());
    if (name === undefined) return; // TimelineJS ignores columns it does not know, and so do we
    const key = name === 'Tag' ? 'Group' : name;
    if (columns.has(key)) {
      problem(
        head.line,
        index + 1,
        raw.trim(),
        `column "${raw.trim()}" appears twice`,
        'remove one of them',
      );
    } else columns.set(key, index);
  });
  const missing = REQUIRED_COLUMNS.filter((name) => !columns.has(name));
  if (missing.length > 0) {
    problem(
      head.line,
      1,
      '',
      `the header lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} of the TimelineJS template`,
      `name the columns as the template does: ${template}`,
    );
  }
  if (problems.length > 0) return { rows: [], problems };

  const slides: Slide[] = [];
  body.forEach(({ cells, line }, index) => {
    const cell = (name: string) => {
      const at = columns.get(name);
      return at === undefined ? '' : (cells[at] ?? '').trim();
    };
    if (cells.every((value) => value.trim() === '')) return;
    const type = cell('Type').toLowerCase();
    if (type === 'title' || type === 'era') return;
    const dateFields = (prefix: string): DateFields | undefined =>
      cell(`${prefix}Year`) === '' && cell(`${prefix}Month`) === '' && cell(`${prefix}Day`) === ''
        ? undefined
        : { year: cell(`${prefix}Year`), month: cell(`${prefix}Month`), day: cell(`${prefix}Day`) };
    const name = (field: SlideField) => SHEET_FIELDS[field] ?? 'Year';
    slides.push({
      row: index + 2,
      line,
      uniqueId: undefined,
      start: dateFields(''),
      end: dateFields('End '),
      displayDate: cell('Display Date'),
      headline: cell('Headline'),
      text: cell('Text'),
      group: cell('Group'),
      media: { url: cell('Media'), credit: cell('Media Credit'), caption: cell('Media Caption') },
      name,
      where: (field) => {
        const column = columns.get(name(field));
        return column === undefined ? undefined : { line, column: column + 1, name: name(field) };
      },
    });
  });
  if (slides.length === 0) {
    problem(
      head.line,
      1,
      '',
      'the sheet has no events',
      'add a row per event below the header (rows of Type "title" or "era" are not imported)',
    );
    return { rows: [], problems };
  }
  return toRows(slides, file, options);
}

/**
 * Reads a TimelineJS file as {@link fromTimelineJsJson} or {@link fromTimelineJsCsv}: by its
 * name's ending (`.json`, `.csv`), else by its content (JSON begins with `{` or `[`).
 *
 * @param file - the file's name, for problems and to tell the format
 */
export function fromTimelineJs(
  text: string,
  file: string,
  options: TimelineJsImportOptions,
): ImportRows {
  const ending = /\.(json|csv)$/i.exec(file)?.[1]?.toLowerCase();
  const json = ending ? ending === 'json' : /^\uFEFF?\s*[{[]/.test(text);
  return json ? fromTimelineJsJson(text, file, options) : fromTimelineJsCsv(text, file, options);
}

/** What an event is made of, read from a slide, before its id is chosen. */
interface Draft {
  slide: Slide;
  id: string | undefined;
  start: string;
  input: Omit<ChronikEventInput, 'id'>;
  /** Where each source came from: the slide's text or its media. */
  origins: SlideField[];
}

/** Slides as rows to import: each read and checked, then given an id unique in the file. */
function toRows(
  slides: readonly Slide[],
  file: string,
  options: TimelineJsImportOptions,
): ImportRows {
  const problems: Problem[] = [];
  const fallback = options.category;
  if (fallback !== undefined && findCategory(options.categories, fallback) === undefined) {
    // Said once, rather than for every slide without a group.
    problems.push({
      file,
      line: 1,
      column: 1,
      path: '',
      value: fallback,
      message: `"${truncate(fallback, 40)}", the category for slides without a group, is not a category of the dataset`,
      fix: toCategoryFix(options.categories, fallback, 'it'),
    });
    return { rows: [], problems };
  }
  const drafts: Draft[] = [];
  for (const slide of slides) {
    const report = (field: SlideField, value: unknown, message: string, fix: string) => {
      const where = slide.where(field);
      problems.push({
        file,
        line: where?.line ?? slide.line,
        column: where?.column ?? 1,
        path: where?.name ?? slide.name(field),
        ...(value === undefined || value === '' ? {} : { value }),
        message: `row ${slide.row}: ${message}`,
        fix,
      });
    };
    const draft = toDraft(slide, options, report);
    if (draft) drafts.push(draft);
  }

  // Ids given in the file first, so that an id made up for another slide never takes one.
  const taken = new Set(drafts.flatMap((draft) => (draft.id ? [draft.id] : [])));
  const rows: ImportRow[] = drafts.map((draft) => {
    let id = draft.id;
    if (id === undefined) {
      const base = toEventId(draft.start, String(draft.input.title.en));
      id = base;
      for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
      taken.add(id);
    }
    const { slide, origins } = draft;
    return {
      input: { id, ...draft.input },
      row: slide.row,
      line: slide.line,
      locate: (path) => slide.where(toSlideField(path, origins)),
    };
  });
  return { rows, problems };
}

/** The field of a slide that an event's field (`sources[1].url`) was read from. */
function toSlideField(path: string, origins: readonly SlideField[]): SlideField {
  const source = /^sources\[(\d+)\]/.exec(path);
  if (source) return origins[Number(source[1])] ?? 'text.text';
  const [field = '', sub] = path.split(/[.[]/);
  switch (field) {
    case 'id':
      return 'unique_id';
    case 'date':
      return sub === 'end' ? 'end_date' : 'start_date';
    case 'status':
      return 'start_date';
    case 'title':
      return 'text.headline';
    case 'summary':
    case 'notes':
      return 'text.text';
    case 'categories':
      return 'group';
    default:
      return 'slide';
  }
}

/** An id from a date and a headline: `2024-06-27-words-of-the-headline`, at most 80 long. */
function toEventId(start: string, headline: string): string {
  const slug = toSlug(headline);
  const id = slug ? `${start}-${slug}` : start;
  if (id.length <= 80) return id;
  const cut = id.slice(0, 81);
  return cut.slice(0, cut.lastIndexOf('-'));
}

type Report = (field: SlideField, value: unknown, message: string, fix: string) => void;

/** A slide read as an event, or `undefined` when it has problems of its own (reported). */
function toDraft(
  slide: Slide,
  options: TimelineJsImportOptions,
  report: Report,
): Draft | undefined {
  const { lang } = options;
  let ok = true;
  const fail: Report = (...args) => {
    ok = false;
    report(...args);
  };

  let start: string | undefined;
  if (slide.start) start = readDate(slide, 'start_date', slide.start, fail);
  else {
    fail(
      'start_date',
      undefined,
      'the slide has no start date',
      slide.name('start_date') === 'Year'
        ? 'write the year the event happened in Year, and the month and day where known'
        : 'add "start_date": { "year": 2024, "month": 6, "day": 27 } (month and day where known)',
    );
  }
  const end = slide.end ? readDate(slide, 'end_date', slide.end, fail) : undefined;

  const category = toCategory(slide, options, fail);
  const headline = toPlainText(parseHtmlFragment(textOf(slide.headline)).children);
  const body = readSlideText(textOf(slide.text));
  const sources: { url: string; title: string; publisher: string; lang: string }[] = [];
  const origins: SlideField[] = [];
  const addSource = (url: string, title: string, publisher: string, origin: SlideField) => {
    if (sources.some((source) => source.url === url)) return;
    const host = hostOf(url);
    sources.push({ url, title: title || host, publisher: publisher || host, lang });
    origins.push(origin);
  };
  for (const link of body.sources) {
    addSource(link.url, link.title, link.publisher, 'text.text');
  }
  const mediaUrl = textOf(slide.media.url).trim();
  if (isHttpUrl(mediaUrl)) {
    const credit = toPlainText(parseHtmlFragment(textOf(slide.media.credit)).children);
    const caption = toPlainText(parseHtmlFragment(textOf(slide.media.caption)).children);
    addSource(mediaUrl, caption || credit, credit, 'media.url');
  }
  if (sources.length === 0) {
    fail(
      'text.text',
      undefined,
      'the slide names no source: every event needs a source',
      'add a link to the source to the slide text (<a href="https://…">…</a>)',
    );
  }
  if (!ok || start === undefined || category === undefined) return undefined;

  const date = toEventDate(start, end, textOf(slide.displayDate));
  const both = (text: string) => ({ de: text, en: text });
  // A date that does not exist (30 February) is left to the schema, which names the fix.
  const startsLater =
    toPartialDateParts(date.start).ok && getPeriod(date.start, date.precision).start > options.now;
  const uniqueId = typeof slide.uniqueId === 'string' ? slide.uniqueId.trim() : '';
  return {
    slide,
    id: SlugSchema.safeParse(uniqueId).success ? uniqueId : undefined,
    start: date.start,
    input: {
      date,
      title: both(headline),
      summary: both(body.summary),
      ...(body.notes ? { notes: both(body.notes) } : {}),
      categories: [category],
      sources,
      ...(startsLater ? { status: 'scheduled' as const } : {}),
    },
    origins,
  };
}

/** A date's parts checked and written as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
function readDate(
  slide: Slide,
  which: 'start_date' | 'end_date',
  fields: DateFields,
  fail: Report,
): string | undefined {
  const label = (part: 'year' | 'month' | 'day') =>
    slide.name(`${which}.${part}`).split(/[.]/).slice(-2).join('.');
  const part = (key: 'year' | 'month' | 'day', min: number, max: number, fix: string) => {
    const raw = fields[key];
    if (isEmpty(raw)) return undefined;
    // TimelineJS itself strips spaces and thousands separators ("2,024") from a sheet's numbers.
    const text =
      typeof raw === 'number'
        ? String(raw)
        : typeof raw === 'string'
          ? raw.replace(/[\s,]+/g, '')
          : '';
    const value = /^\d+$/.test(text) ? Number(text) : Number.NaN;
    if (!(value >= min && value <= max)) {
      fail(
        `${which}.${key}`,
        raw,
        `${label(key)} ${truncate(JSON.stringify(raw), 40)} is not ${key === 'year' ? 'a year from 1000 to 9999' : key === 'month' ? 'a month (1 to 12)' : 'a day (1 to 31)'}`,
        fix,
      );
      return Number.NaN;
    }
    return value;
  };
  const year = part('year', 1000, 9999, 'write the year as a number with four digits, e.g. 2024');
  const month = part(
    'month',
    1,
    12,
    'write the month as a number from 1 to 12, or leave it empty when only the year is known',
  );
  const day = part(
    'day',
    1,
    31,
    'write the day as a number from 1 to 31, or leave it empty when only the month is known',
  );
  if (year === undefined) {
    fail(
      `${which}.year`,
      undefined,
      `${label('year')} is missing`,
      'write the year the event happened, e.g. 2024; TimelineJS needs it too',
    );
    return undefined;
  }
  if (day !== undefined && month === undefined) {
    fail(
      `${which}.day`,
      fields.day,
      `${label('day')} is given but ${label('month')} is not`,
      'add the month, or leave the day empty',
    );
    return undefined;
  }
  if ([year, month, day].some((value) => Number.isNaN(value))) return undefined;
  const pad = (value: number) => String(value).padStart(2, '0');
  return [
    String(year),
    ...(month === undefined ? [] : [pad(month)]),
    ...(day === undefined ? [] : [pad(day)]),
  ].join('-');
}

/**
 * The event's date: the precision the parts imply, unless the display date is one that
 * Chronik's export writes for a quarter, a season or an approximate date.
 */
function toEventDate(start: string, end: string | undefined, display: string): EventDate {
  const parts = toPartialDateParts(start);
  const form = parts.ok ? parts.parts.form : 'day';
  const plain: EventDate = { start, precision: form, ...(end ? { end } : {}) };
  const shown = display.replace(/\s+/g, ' ').trim();
  // Only a real date can be written the way Chronik writes it; the schema reports the rest.
  if (!shown || !parts.ok || (end !== undefined && !toPartialDateParts(end).ok)) return plain;
  const month = parts.parts.month ?? 0;
  const precisions: Precision[] =
    form === 'month'
      ? [
          'month',
          ...((QUARTER_START_MONTHS as readonly number[]).includes(month)
            ? (['quarter'] as const)
            : []),
          ...((SEASON_START_MONTHS as readonly number[]).includes(month)
            ? (['season'] as const)
            : []),
        ]
      : [form];
  for (const precision of precisions) {
    for (const approximate of [false, true]) {
      const date: EventDate = { ...plain, precision, ...(approximate ? { approximate } : {}) };
      // The display date is in the file's language, but a file may have been exported in either.
      if (LANGUAGES.some((l) => formatEventDate(date, { lang: l }) === shown)) return date;
    }
  }
  return plain;
}

/** The id of the category that a name (an id, or a label in either language) names. */
function findCategory(categories: CategoryLabels, name: string): string | undefined {
  const fold = (text: string) =>
    text.normalize('NFC').toLocaleLowerCase('de').replace(/\s+/g, ' ').trim();
  const folded = fold(name);
  if (folded === '') return undefined;
  return categories.find((category) =>
    [category.id, ...LANGUAGES.map((l) => category.label[l])].some((n) => fold(n) === folded),
  )?.id;
}

/** How to name a category, and a guess at the one meant. */
function toCategoryFix(categories: CategoryLabels, name: string, what: string): string {
  if (categories.length === 0) return 'add the categories to categories.yaml first';
  const known = categories
    .map((category) => `${category.id} (${category.label.de} / ${category.label.en})`)
    .join(', ');
  const guess =
    name === ''
      ? undefined
      : suggest(
          name,
          categories.flatMap((c) => [c.id, c.label.de, c.label.en]),
        );
  return `${guess ? `did you mean "${guess}"? Else set` : 'set'} ${what} to a category's id or label: ${known}`;
}

/**
 * The category a slide's group names (or `options.category` for a slide without one);
 * reported when there is none.
 */
function toCategory(
  slide: Slide,
  options: TimelineJsImportOptions,
  fail: Report,
): string | undefined {
  const group = toPlainText(parseHtmlFragment(textOf(slide.group)).children);
  const id = findCategory(options.categories, group === '' ? (options.category ?? '') : group);
  if (id !== undefined) return id;
  fail(
    'group',
    group,
    group === ''
      ? 'the slide has no group: every event needs a category'
      : `group "${truncate(group, 40)}" is not a category of the dataset`,
    toCategoryFix(options.categories, group, 'the group'),
  );
  return undefined;
}

/** A source named in a slide's text. */
interface TextSource {
  url: string;
  title: string;
  publisher: string;
}

const NOTE_LABELS = new Set(LANGUAGES.map((l) => `${TIMELINEJS_WORDS[l].note}:`));
const SOURCES_LABELS = new Set(LANGUAGES.map((l) => `${TIMELINEJS_WORDS[l].sources}:`));
const MORE_LABELS = new Set<string>(LANGUAGES.map((l) => TIMELINEJS_WORDS[l].more));

/**
 * A slide's text in its parts: the summary, the notes and the sources as Chronik's export
 * writes them (see the module's notes); in any other text, every http(s) link is a source.
 */
function readSlideText(html: string): { summary: string; notes: string; sources: TextSource[] } {
  const nodes = parseHtmlFragment(html).children;
  const summary: HtmlNode[] = [];
  const notes: HtmlNode[] = [];
  let listed: TextSource[] | undefined;
  let section = summary;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (isElement(node, 'p')) {
      const text = toPlainText([node]);
      const elements = node.children.filter((child) => child.type === 'element');
      if (NOTE_LABELS.has(text) && elements.length === 1 && isElement(elements[0]!, 'em')) {
        section = notes;
        continue;
      }
      const next = nodes.findIndex((later, j) => j > i && later.type === 'element');
      const list = nodes[next];
      if (SOURCES_LABELS.has(text) && list && isElement(list, 'ul', 'ol')) {
        listed = list.children.flatMap((item) =>
          isElement(item, 'li') ? toListedSource(item.children) : [],
        );
        i = next;
        continue;
      }
      if (MORE_LABELS.has(text) && getHttpLinks([node]).length === 1) continue;
    }
    section.push(node);
  }
  const links = (items: HtmlLink[]) =>
    items.map((link) => ({ url: link.url, title: link.text, publisher: '' }));
  return {
    summary: toMarkdownText(summary),
    notes: toMarkdownText(notes),
    sources: listed ?? links(getHttpLinks([...summary, ...notes])),
  };
}

/** A source as Chronik's export lists it: `<a href="url">title</a>, publisher`. */
function toListedSource(nodes: Parameters<typeof toPlainText>[0]): TextSource[] {
  const at = nodes.findIndex((node) => isElement(node, 'a'));
  const link = nodes[at];
  if (!link || !isElement(link)) return [];
  const href = link.properties.href;
  if (typeof href !== 'string' || !isHttpUrl(href)) return [];
  return [
    {
      url: href.trim(),
      title: toPlainText(link.children),
      publisher: toPlainText(nodes.slice(at + 1)).replace(/^,\s*/, ''),
    },
  ];
}

/** The host of a URL without `www.`, to name a source that names no publisher. */
function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

function isEmpty(value: unknown): boolean {
  return (
    value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
