/**
 * Reading one data file: YAML text (or bytes) in, checked data or located problems out.
 * Pure: no file system, no clock. `node.ts` reads the files; `dataset.ts` checks across them.
 *
 * @module
 */
import type { z } from 'zod';
import { MAX_EVENT_FILE_BYTES, getFileSizeProblem } from './file-size.js';
import { toProblems } from './internal/issues.js';
import type { Position } from './internal/encoding.js';
import { readYamlFile } from './internal/yaml-file.js';
import { compareProblems, type Problem } from './problem.js';
import { EventSchema, type ChronikEvent } from './schema.js';

/** The outcome of reading one file. */
export interface ParseResult<T> {
  /** The checked value, present only when there are no problems. */
  value?: T;
  /** The file's data as read, before checking; `undefined` when it could not be read. */
  data?: unknown;
  /** Everything wrong with the file; empty when `value` is present. */
  problems: Problem[];
  /** Where a field was written in the file, for problems found later (see `dataset.ts`). */
  locate: (path: readonly PropertyKey[], options?: { key?: boolean }) => Position;
}

/**
 * Reads one YAML data file and checks it against a schema.
 *
 * @param options.file - path shown in problems
 * @param options.contents - the file as text, or as bytes (then checked to be UTF-8)
 * @param options.schema - the zod schema the data must satisfy
 * @param options.maxBytes - the most bytes the file may have (`MAX_EVENT_FILE_BYTES`,
 *   `MAX_REGISTRY_FILE_BYTES`); a larger file is a problem, and is not read @default no limit
 * @param options.size - the file's size in bytes, when `contents` does not hold all of it (see
 *   `DataFile.size`) @default the size of `contents`
 */
export function parseDataFile<S extends z.ZodType>(options: {
  file: string;
  contents: string | Uint8Array;
  schema: S;
  maxBytes?: number;
  size?: number;
}): ParseResult<z.output<S>> {
  const { file, schema, maxBytes } = options;
  // Before anything reads the text: see `file-size.ts`.
  const tooLarge =
    maxBytes === undefined ? undefined : getFileSizeProblem({ ...options, maxBytes });
  if (tooLarge) return { problems: [tooLarge], locate: () => ({ line: 1, column: 1 }) };
  const yaml = readYamlFile(options);
  if (yaml.problems.length > 0) return { problems: yaml.problems, locate: yaml.locate };
  const result = schema.safeParse(yaml.data);
  if (result.success)
    return { value: result.data, data: yaml.data, problems: [], locate: yaml.locate };
  return {
    data: yaml.data,
    problems: toProblems({
      file,
      schema,
      issues: result.error.issues,
      data: yaml.data,
      locate: yaml.locate,
    }).sort(compareProblems),
    locate: yaml.locate,
  };
}

/**
 * Reads and checks one event file on its own (no registries, no other events: for those
 * checks use {@link parseDataset}). A file over `MAX_EVENT_FILE_BYTES` is a problem, and is
 * not read.
 *
 * @param options.size - as for {@link parseDataFile}
 * @example
 * const { value, problems } = parseEvent({ file: 'events/x.yaml', contents: text });
 */
export function parseEvent(options: {
  file: string;
  contents: string | Uint8Array;
  size?: number;
}): ParseResult<ChronikEvent> {
  return parseDataFile({ ...options, schema: EventSchema, maxBytes: MAX_EVENT_FILE_BYTES });
}
