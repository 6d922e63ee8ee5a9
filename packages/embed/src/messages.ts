import type { Language } from '@chronik/events';

/** The widget's own texts; the timeline brings its own (`@chronik/timeline`'s MESSAGES). */
export const WIDGET_MESSAGES = {
  de: {
    loading: 'Chronik wird geladen …',
    widgetLabel: (title: string) => `Chronik: ${title}`,
    events: (n: number) => (n === 1 ? '1 Ereignis' : `${n} Ereignisse`),
    openOnSite: 'Auf Chronik öffnen',
    openEvent: 'Ereignis auf Chronik öffnen',
    fullView: 'Vollansicht öffnen',
    credit: 'Chronik',
    listLabel: 'Ereignisse als Liste',
    sources: (n: number) => (n === 1 ? '1 Quelle' : `${n} Quellen`),
    unverified: 'nicht bestätigt',
    close: 'Schließen',
    errorTitle: 'Die Zeitleiste kann nicht angezeigt werden.',
    errors: {
      unreachable: 'Die Daten konnten nicht geladen werden.',
      invalidJson: 'Die Daten sind kein gültiges JSON.',
      invalidData: 'Die Daten entsprechen nicht dem Chronik-Format.',
      noData: 'Es wurden keine Daten übergeben.',
    },
    notices: {
      unknown: (attribute: string, value: string) =>
        `„${value}“ in ${attribute} ist unbekannt und wurde ignoriert.`,
      badDate: (attribute: string, value: string) =>
        `„${value}“ in ${attribute} ist kein gültiges Datum und wurde ignoriert.`,
      badValue: (attribute: string, value: string) =>
        `„${value}“ ist kein gültiger Wert für ${attribute} und wurde ignoriert.`,
    },
  },
  en: {
    loading: 'Loading Chronik …',
    widgetLabel: (title: string) => `Chronik: ${title}`,
    events: (n: number) => (n === 1 ? '1 event' : `${n} events`),
    openOnSite: 'Open on Chronik',
    openEvent: 'Open the event on Chronik',
    fullView: 'Open the full view',
    credit: 'Chronik',
    listLabel: 'Events as a list',
    sources: (n: number) => (n === 1 ? '1 source' : `${n} sources`),
    unverified: 'not confirmed',
    close: 'Close',
    errorTitle: 'The timeline cannot be shown.',
    errors: {
      unreachable: 'The data could not be loaded.',
      invalidJson: 'The data is not valid JSON.',
      invalidData: 'The data does not follow the Chronik format.',
      noData: 'No data was given.',
    },
    notices: {
      unknown: (attribute: string, value: string) =>
        `"${value}" in ${attribute} is not known and was ignored.`,
      badDate: (attribute: string, value: string) =>
        `"${value}" in ${attribute} is not a valid date and was ignored.`,
      badValue: (attribute: string, value: string) =>
        `"${value}" is not a valid value for ${attribute} and was ignored.`,
    },
  },
} satisfies Record<Language, unknown>;

/** The widget's texts in one language. */
export type WidgetMessages = (typeof WIDGET_MESSAGES)['de'];
