import type { Language, NoticeReason } from '@chronik/events';

// Counts are written with the language's digit grouping, as on the site ("10.000", "10,000").
const de = new Intl.NumberFormat('de-DE');
const en = new Intl.NumberFormat('en-GB');

/** The widget's own texts; the timeline brings its own (`@chronik/timeline`'s MESSAGES). */
export const WIDGET_MESSAGES = {
  de: {
    loading: 'Chronik wird geladen …',
    widgetLabel: (title: string) => `Chronik: ${title}`,
    events: (n: number) => (n === 1 ? '1 Ereignis' : `${de.format(n)} Ereignisse`),
    openOnSite: 'Auf Chronik öffnen',
    openEvent: 'Ereignis auf Chronik öffnen',
    fullView: 'Vollansicht öffnen',
    download: 'Diese Auswahl herunterladen, mit Lizenz und Zitierangabe',
    credit: 'Chronik',
    listLabel: 'Ereignisse als Liste',
    sources: (n: number) => (n === 1 ? '1 Quelle' : `${n} Quellen`),
    unverified: 'nicht bestätigt',
    singleSource: 'eine Quelle',
    close: 'Schließen',
    errorTitle: 'Die Zeitleiste kann nicht angezeigt werden.',
    errors: {
      unreachable: 'Die Daten konnten nicht geladen werden.',
      invalidJson: 'Die Daten sind kein gültiges JSON.',
      invalidData: 'Die Daten entsprechen nicht dem Chronik-Format.',
      noData: 'Es wurden keine Daten übergeben.',
    },
    notice: (attribute: string, value: string, reason: NoticeReason) =>
      ({
        'unknown-value': `„${value}“ in ${attribute} ist unbekannt und wurde ignoriert.`,
        'unknown-event': `Das Ereignis „${value}“ gibt es nicht; es wurde ignoriert.`,
        'bad-date': `„${value}“ in ${attribute} ist kein gültiges Datum und wurde ignoriert.`,
        'start-after-end': `„${value}“ in ${attribute} wurde ignoriert: Der Beginn des Zeitraums liegt nach seinem Ende.`,
        'bad-value': `„${value}“ ist kein gültiger Wert für ${attribute} und wurde ignoriert.`,
        'too-long': `Der Wert von ${attribute} ist zu lang und wurde ignoriert.`,
        'unknown-parameter': `${attribute} ist unbekannt und wurde ignoriert.`,
      })[reason],
  },
  en: {
    loading: 'Loading Chronik …',
    widgetLabel: (title: string) => `Chronik: ${title}`,
    events: (n: number) => (n === 1 ? '1 event' : `${en.format(n)} events`),
    openOnSite: 'Open on Chronik',
    openEvent: 'Open the event on Chronik',
    fullView: 'Open the full view',
    download: 'Download this selection, with licence and citation',
    credit: 'Chronik',
    listLabel: 'Events as a list',
    sources: (n: number) => (n === 1 ? '1 source' : `${n} sources`),
    unverified: 'not confirmed',
    singleSource: 'single source',
    close: 'Close',
    errorTitle: 'The timeline cannot be shown.',
    errors: {
      unreachable: 'The data could not be loaded.',
      invalidJson: 'The data is not valid JSON.',
      invalidData: 'The data does not follow the Chronik format.',
      noData: 'No data was given.',
    },
    notice: (attribute: string, value: string, reason: NoticeReason) =>
      ({
        'unknown-value': `"${value}" in ${attribute} is not known and was ignored.`,
        'unknown-event': `There is no event "${value}"; it was ignored.`,
        'bad-date': `"${value}" in ${attribute} is not a valid date and was ignored.`,
        'start-after-end': `"${value}" in ${attribute} was ignored: the start of the period is after its end.`,
        'bad-value': `"${value}" is not a valid value for ${attribute} and was ignored.`,
        'too-long': `The value of ${attribute} is too long and was ignored.`,
        'unknown-parameter': `${attribute} is not known and was ignored.`,
      })[reason],
  },
} satisfies Record<Language, unknown>;
