/**
 * The reader's day, for "accessed on" in citations and downloads: its own module, exported by
 * the entries that need it (`@chronik/events/download`, `@chronik/events/cite`), so that the
 * widget's main file and its download chunk do not share a chunk for it.
 *
 * @module
 */
/**
 * The calendar day of an instant on the clock it was read from (the reader's, in a browser),
 * as `YYYY-MM-DD`: what "accessed on" in a citation means to the reader, who may be a day
 * ahead of or behind UTC.
 *
 * @example
 * toLocalDay(new Date(2026, 11, 3, 23, 30)) // '2026-12-03', whatever the time zone
 */
export function toLocalDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
