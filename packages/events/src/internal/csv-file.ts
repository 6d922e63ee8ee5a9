/**
 * CSV files to import, read with `csv-parse` into records that know the line they begin on,
 * with the reasons a file cannot be read as problems that name the line.
 *
 * @module
 */
import { parse } from 'csv-parse/sync';
import type { Problem } from '../problem.js';

/** One record (row) of a CSV file: its cells and the 1-based line it begins on. */
export interface CsvRecord {
  cells: string[];
  line: number;
}

/**
 * Lines at the very top of a file that begin with `#`: a note before the header, such as the
 * citation and licence a downloaded view carries. Only there: further down, a row whose first
 * cell begins with `#` is data.
 */
const LEADING_COMMENTS = /^(?:\uFEFF)?(?:#[^\r\n]*(?:\r\n|\r|\n))+/;

/**
 * Reads CSV (RFC 4180; a UTF-8 byte order mark, CRLF or LF line ends and quoted line breaks
 * are fine). Lines beginning with `#` before the first row are notes, skipped; so are empty
 * lines; rows may have any number of cells. Never throws: a quote left open or a stray quote
 * comes back as one problem on its line.
 */
export function readCsvRecords(options: { file: string; text: string }): {
  records: CsvRecord[];
  problems: Problem[];
} {
  const { file } = options;
  const comments = LEADING_COMMENTS.exec(options.text)?.[0] ?? '';
  // Line numbers stay those of the file: the notes' lines are counted in.
  const skipped = comments.split(/\r\n|\r|\n/).length - 1;
  const text = options.text.slice(comments.length);
  let parsed: { record: string[]; info: { lines: number } }[];
  // The line the last whole row ended on: a quote left open begins in the row after it.
  let complete = skipped;
  try {
    parsed = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      on_record: (record, context) => {
        complete = context.lines + skipped;
        return record;
      },
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const { code, lines } = error as { code?: string; lines?: number };
    const problem = (line: number, message: string, fix: string): Problem => ({
      file,
      line,
      column: 1,
      path: '',
      message,
      fix,
    });
    return {
      records: [],
      problems: [
        code === 'CSV_QUOTE_NOT_CLOSED'
          ? problem(
              complete + 1,
              `a quote opened in the row that begins on line ${complete + 1} is never closed`,
              'close the cell\'s quote; a quote inside a quoted cell is written twice ("")',
            )
          : problem(
              (lines ?? 1) + skipped,
              `the file is not valid CSV: ${(error as Error).message}`,
              'check the quotes on that line: a cell that holds a quote is quoted, and the quote written twice ("")',
            ),
      ],
    };
  }
  // csv-parse counts the lines read so far; a record begins after the previous one ended.
  let previous = skipped;
  const records = parsed.map(({ record, info }) => {
    const line = previous + 1;
    previous = info.lines + skipped;
    return { cells: record, line };
  });
  return { records, problems: [] };
}
