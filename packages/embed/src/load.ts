import type { Category, ChronikEvent, DatasetExport } from '@chronik/events';
import validateExport from './generated/validate-export.js';

/** Why data could not be used. */
type LoadFailure = 'unreachable' | 'invalidJson' | 'invalidData' | 'noData';

/** The outcome of loading or checking data. */
export type LoadResult =
  { ok: true; data: DatasetExport } | { ok: false; reason: LoadFailure; detail: string };

const validate = validateExport as ((value: unknown) => boolean) & {
  errors?: { instancePath: string; message?: string }[] | null;
};

function describeErrors(): string {
  const first = validate.errors?.[0];
  return first
    ? `${first.instancePath || '(root)'} ${first.message ?? 'is invalid'}`
    : 'is invalid';
}

/** A neutral category for data given without a category registry. */
function fallbackCategory(id: string): Category {
  return {
    id,
    label: { de: id, en: id },
    description: { de: id, en: id },
    color: '#4d5562',
    colorDark: '#aeb5c0',
    shape: 'circle',
  };
}

/**
 * Checks data given to the widget: a whole export (as `/data/events.json`), or just its
 * `events` array, which then gets neutral categories. Only the parts the widget relies on are
 * checked (see scripts/write-validator.js). Never throws.
 */
export function checkData(value: unknown): LoadResult {
  if (value === undefined || value === null)
    return { ok: false, reason: 'noData', detail: 'no data' };
  // Just the events: give them a neutral category each, so they can be drawn.
  const candidate = Array.isArray(value)
    ? {
        dataset: { title: { de: 'Chronik', en: 'Chronik' } },
        categories: [
          ...new Set(value.flatMap((event: Partial<ChronikEvent>) => event?.categories ?? [])),
        ]
          .filter((id): id is string => typeof id === 'string')
          .map(fallbackCategory),
        actors: [],
        jurisdictions: [],
        threads: [],
        events: value,
      }
    : value;
  if (!validate(candidate)) return { ok: false, reason: 'invalidData', detail: describeErrors() };
  return { ok: true, data: candidate as DatasetExport };
}

/** Fetches and checks the data at `src`. Never throws; an aborted request resolves to `undefined`. */
export async function loadData(src: string, signal: AbortSignal): Promise<LoadResult | undefined> {
  let response: Response;
  try {
    response = await fetch(src, {
      signal,
      credentials: 'omit',
      headers: { accept: 'application/json' },
    });
  } catch (error) {
    if (signal.aborted) return undefined;
    return {
      ok: false,
      reason: 'unreachable',
      detail: error instanceof Error ? error.message : String(error),
    };
  }
  if (!response.ok) return { ok: false, reason: 'unreachable', detail: `HTTP ${response.status}` };
  let json: unknown;
  try {
    json = await response.json();
  } catch (error) {
    if (signal.aborted) return undefined;
    return {
      ok: false,
      reason: 'invalidJson',
      detail: error instanceof Error ? error.message : String(error),
    };
  }
  return checkData(json);
}
