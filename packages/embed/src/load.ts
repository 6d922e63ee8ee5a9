import type { Category, ChronikEvent, DatasetExport } from '@chronik/events';
import validateExport from './generated/validate-export.js';

/** Why data could not be used. */
export type LoadFailure = 'unreachable' | 'invalidJson' | 'invalidData' | 'noData';

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
 * `events` array, which then gets neutral categories. Never throws.
 */
export function checkData(value: unknown): LoadResult {
  if (value === undefined || value === null)
    return { ok: false, reason: 'noData', detail: 'no data' };
  let candidate = value;
  if (Array.isArray(value)) {
    const ids = [
      ...new Set(value.flatMap((event: Partial<ChronikEvent>) => event?.categories ?? [])),
    ];
    candidate = {
      dataset: {
        id: 'embedded',
        version: '0.0.0',
        title: { de: 'Chronik', en: 'Chronik' },
        description: { de: 'Chronik', en: 'Chronik' },
        license: { id: 'unknown', name: 'unknown', url: 'https://creativecommons.org/' },
        publisher: 'unknown',
        changes: [],
        format: 1,
        generatedAt: '2000-01-01T00:00:00.000Z',
        schema: '',
        eventCount: value.length,
      },
      categories: ids.filter((id): id is string => typeof id === 'string').map(fallbackCategory),
      actors: [],
      jurisdictions: [],
      threads: [],
      events: value,
    };
  }
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
