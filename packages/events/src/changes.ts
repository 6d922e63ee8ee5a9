/**
 * The dataset's public change log: its versions and every event's dated corrections, newest
 * first, as the "Changes" page and its feed show them.
 *
 * @module
 */
import type { ChronikEvent, DatasetInfo, LocalizedText } from './schema.js';

/** A published version of the dataset, from its change log. */
export interface VersionChange {
  version: string;
  /** `YYYY-MM-DD`. */
  date: string;
  note: LocalizedText;
}

/** One entry of an event's change log: an addition or a correction, and when. */
export interface EventChange {
  /** `YYYY-MM-DD`. */
  date: string;
  note: LocalizedText;
  /** The event, by id and title. */
  id: string;
  title: LocalizedText;
  /** The entry's place in the event's log (0: the first), which names it for good. */
  index: number;
}

/** The dataset's change log and its events' logs, each newest first. */
export interface ChangeLog {
  versions: VersionChange[];
  events: EventChange[];
}

/**
 * Collects the change logs of a dataset and of its events, newest first. Versions of one day
 * keep the log's order reversed (the later entry first); event changes of one day are ordered
 * by the event's own date, newest first, then by id, so that the order never depends on the
 * order the files were read in.
 */
export function getChangeLog(dataset: {
  info: Pick<DatasetInfo, 'changes'>;
  events: readonly Pick<ChronikEvent, 'id' | 'title' | 'date' | 'changes'>[];
}): ChangeLog {
  const versions = dataset.info.changes
    .map((change, order) => ({ change, order }))
    .sort((a, b) => compare(b.change.date, a.change.date) || b.order - a.order)
    .map(({ change }) => ({ version: change.version, date: change.date, note: change.note }));
  const events = dataset.events
    .flatMap((event) =>
      event.changes.map((change, index) => ({
        entry: { date: change.date, note: change.note, id: event.id, title: event.title, index },
        start: event.date.start,
      })),
    )
    .sort(
      (a, b) =>
        compare(b.entry.date, a.entry.date) ||
        compare(b.start, a.start) ||
        compare(a.entry.id, b.entry.id) ||
        b.entry.index - a.entry.index,
    )
    .map(({ entry }) => entry);
  return { versions, events };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
