/**
 * Events read back from Chronik's own JSON export (`chronik export --format json`, the site's
 * `/data/events.json`; see `toDatasetExport`), to import them into a data directory.
 *
 * @module
 */
import type { ImportRow, ImportRows } from './import.js';
import { readJsonFile, toPathSegments } from './internal/json-file.js';
import { toFieldPath, type Problem } from './problem.js';
import { EXPORT_FORMAT_VERSION } from './export.js';
import type { ChronikEventInput } from './schema.js';

const EXPECTED = 'a Chronik JSON export, { "dataset": { … }, "events": [ … ] }';

/**
 * Reads the events of a JSON export as {@link toDatasetExport} writes it, or of a bare array
 * of events, as rows to import: row N is `events[N - 1]`, and a problem of a field names its
 * line and column in the file and its JSON path (`events[3].sources[0].url`). Checks only the
 * document's shape (JSON, an `events` array of objects, a known `dataset.format`); the events
 * are checked against the schema and the registries by `planImport`. The export's header and
 * registries are not imported: the events are checked against the data directory's own.
 *
 * @param file - the file's name, for problems
 *
 * @example
 * const { rows, problems } = fromEventsJson(JSON.stringify(toDatasetExport({ dataset, generatedAt })), 'events.json');
 * rows.length === dataset.events.length // true
 */
export function fromEventsJson(text: string, file: string): ImportRows {
  const json = readJsonFile({ file, text, expected: EXPECTED });
  if (json.problems.length > 0) return { rows: [], problems: json.problems };
  const problems: Problem[] = [];
  const problem = (
    path: (string | number)[],
    value: unknown,
    message: string,
    fix: string,
  ): ImportRows => {
    problems.push({ file, ...json.locate(path), path: toFieldPath(path), value, message, fix });
    return { rows: [], problems };
  };
  const data = json.data;
  const isObject = (value: unknown): value is Record<string, unknown> =>
    value !== null && typeof value === 'object' && !Array.isArray(value);
  let events: unknown;
  let prefix: (string | number)[];
  if (Array.isArray(data)) {
    events = data;
    prefix = [];
  } else if (isObject(data)) {
    const format = isObject(data.dataset) ? data.dataset.format : undefined;
    if (format !== undefined && format !== EXPORT_FORMAT_VERSION) {
      return problem(
        ['dataset', 'format'],
        format,
        `the export is in format ${JSON.stringify(format)}; this version of Chronik reads format ${EXPORT_FORMAT_VERSION}`,
        'export the data again with this version of Chronik, or import it with the version that wrote it',
      );
    }
    if (!('events' in data)) {
      return problem(
        [],
        undefined,
        'the file has no "events"',
        `import ${EXPECTED}, as chronik export --format json writes it`,
      );
    }
    events = data.events;
    prefix = ['events'];
  } else {
    return problem(
      [],
      data,
      `the file holds ${data === null ? 'null' : `a ${typeof data}`}, not a Chronik export`,
      `import ${EXPECTED}, as chronik export --format json writes it`,
    );
  }
  if (!Array.isArray(events)) {
    return problem(
      prefix,
      undefined,
      '"events" is not an array',
      'write the events as a JSON array: "events": [ { "id": …, … }, … ]',
    );
  }
  if (events.length === 0) {
    return problem(
      prefix,
      undefined,
      'the file has no events',
      'export some events and import again',
    );
  }
  const rows: ImportRow[] = [];
  events.forEach((event, index) => {
    const at = [...prefix, index];
    if (!isObject(event)) {
      problem(
        at,
        event,
        `row ${index + 1}: the event is ${Array.isArray(event) ? 'an array' : event === null ? 'null' : `a ${typeof event}`}, not an object`,
        'write each event as an object with the fields of an event file: { "id": …, "date": …, … }',
      );
      return;
    }
    rows.push({
      input: event as ChronikEventInput,
      row: index + 1,
      line: json.locate(at).line,
      locate: (path) => {
        const segments = [...at, ...toPathSegments(path)];
        return { ...json.locate(segments), name: toFieldPath(segments) };
      },
    });
  });
  return { rows, problems };
}
