import type { Category, ListedEvent, Language } from '@chronik/events';
import type { TimelineMessages } from './messages.js';

/**
 * Names events for screen readers: its date and title, its categories, and whether its date
 * is approximate or unconfirmed, e.g. "24. Juni 2024: Offener Brief an den IT-Planungsrat.
 * Politik. ungefähr". Names are made when first asked for and kept: only the marks in the
 * page need one, whatever the number of events.
 */
export function createAccessibleNames(options: {
  categories: readonly Category[];
  lang: Language;
  formatDate: (event: ListedEvent) => string;
  messages: Pick<TimelineMessages, 'approximate' | 'unverified'>;
}): (event: ListedEvent) => string {
  const { lang, formatDate, messages } = options;
  const categoryNames = new Map(options.categories.map((c) => [c.id, c.label[lang]]));
  const names = new Map<string, string>();
  return (event) => {
    let name = names.get(event.id);
    if (name === undefined) {
      const parts = [`${formatDate(event)}: ${event.title[lang]}`];
      parts.push(event.categories.map((c) => categoryNames.get(c) ?? c).join(', '));
      if (event.date.approximate) parts.push(messages.approximate);
      if (!event.verified) parts.push(messages.unverified);
      name = parts.join('. ');
      names.set(event.id, name);
    }
    return name;
  };
}
