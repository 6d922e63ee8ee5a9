import { stringify } from 'yaml';
import type { ChronikEventInput } from './schema.js';

/** Path of the event JSON Schema as seen from an event file in `data/events/`. */
export const EVENT_SCHEMA_REFERENCE = '../../schema/event.schema.json';

/**
 * Writes an event as the text of its YAML file, with the `yaml-language-server` schema line
 * first so that editors complete and check the fields. Fields keep the order given.
 */
export function toEventFileText(event: ChronikEventInput): string {
  const body = stringify(event, { lineWidth: 100, defaultStringType: 'PLAIN' });
  return `# yaml-language-server: $schema=${EVENT_SCHEMA_REFERENCE}\n${body}`;
}
