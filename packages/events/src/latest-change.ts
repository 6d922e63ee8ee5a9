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
