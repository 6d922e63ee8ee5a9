import type { Category, ChronikEvent, Language } from '@chronik/events';
import type { TimelineMessages } from './messages.js';

/**
 * Each event's accessible name: its date and title, its categories, and whether its date is
 * approximate or unconfirmed, e.g. "24. Juni 2024: Offener Brief an den IT-Planungsrat.
 * Politik. ungefähr". Screen readers read it on the event's mark.
 */
export function getAccessibleNames(options: {
  events: readonly ChronikEvent[];
  categories: readonly Category[];
  lang: Language;
  formatDate: (event: ChronikEvent) => string;
  messages: Pick<TimelineMessages, 'approximate' | 'unverified'>;
}): Map<string, string> {
  const { events, lang, formatDate, messages } = options;
  const categoryNames = new Map(options.categories.map((c) => [c.id, c.label[lang]]));
  return new Map(
    events.map((event) => {
      const parts = [`${formatDate(event)}: ${event.title[lang]}`];
      parts.push(event.categories.map((c) => categoryNames.get(c) ?? c).join(', '));
      if (event.date.approximate) parts.push(messages.approximate);
      if (!event.verified) parts.push(messages.unverified);
      return [event.id, parts.join('. ')];
    }),
  );
}
