import type { ChronikEvent, DatasetInfo } from './schema.js';

/**
 * The date of the latest change to a dataset (`YYYY-MM-DD`): the newest entry of the dataset's
 * and the events' change logs, or `undefined` when none has one. Builds use it as their date,
 * so that the same data always builds the same files, whenever it is built.
 */
export function getLatestChange(dataset: {
  info: Pick<DatasetInfo, 'changes'>;
  events: readonly Pick<ChronikEvent, 'changes'>[];
}): string | undefined {
  let latest: string | undefined;
  const consider = (date: string) => {
    if (latest === undefined || date > latest) latest = date;
  };
  for (const change of dataset.info.changes) consider(change.date);
  for (const event of dataset.events) for (const change of event.changes) consider(change.date);
  return latest;
}

/**
 * The first and the latest date of an event's change log (`YYYY-MM-DD`): when it was added
 * and when it was last corrected, as feeds and calendars date it; `fallback` for both when
 * the log is empty.
 */
export function getEventChangeDates(
  event: Pick<ChronikEvent, 'changes'>,
  fallback: string,
): { first: string; latest: string } {
  const dates = event.changes.map((change) => change.date).sort();
  return { first: dates[0] ?? fallback, latest: dates.at(-1) ?? fallback };
}
