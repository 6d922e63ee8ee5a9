import type { Language } from '@chronik/events';

/** Every interface text in German and English. German first: most readers are German. */
const MESSAGES = {
  de: {
    siteName: 'Chronik',
    skipToContent: 'Zum Inhalt springen',
    languageSwitch: 'English',
    languageSwitchLabel: 'Diese Seite auf Englisch',
    intro:
      'Wer hat wann was entschieden, gewarnt oder gemeldet? Eine belegte Chronik, jedes Ereignis mit seinen Quellen.',
    filterHeading: 'Nach Kategorie filtern',
    showAll: 'Alle zeigen',
    events: (n: number) => (n === 1 ? '1 Ereignis' : `${n} Ereignisse`),
    eventsOf: (shown: number, total: number) =>
      shown === total ? `${total} Ereignisse` : `${shown} von ${total} Ereignissen`,
    listHeading: 'Chronologie',
    sources: (n: number) => (n === 1 ? 'Quelle' : `Quellen (${n})`),
    note: 'Hinweis zu den Quellen',
    unverified: 'Nicht unabhängig bestätigt',
    noDate: 'ohne Datum',
    languageOf: { de: 'Deutsch', en: 'Englisch' } as Record<string, string>,
    footerData: 'Datensatz',
    footerLicence: 'Daten unter',
    footerCode: 'Code unter EUPL-1.2',
    privacy: 'Keine Cookies, kein Tracking, keine Anfragen an Dritte.',
    noResults: 'Keine Ereignisse in dieser Auswahl.',
  },
  en: {
    siteName: 'Chronik',
    skipToContent: 'Skip to content',
    languageSwitch: 'Deutsch',
    languageSwitchLabel: 'This page in German',
    intro:
      'Who decided, warned or reported what, and when? A sourced chronology: every event with its sources.',
    filterHeading: 'Filter by category',
    showAll: 'Show all',
    events: (n: number) => (n === 1 ? '1 event' : `${n} events`),
    eventsOf: (shown: number, total: number) =>
      shown === total ? `${total} events` : `${shown} of ${total} events`,
    listHeading: 'Chronology',
    sources: (n: number) => (n === 1 ? 'Source' : `Sources (${n})`),
    note: 'Note on the sources',
    unverified: 'Not independently confirmed',
    noDate: 'undated',
    languageOf: { de: 'German', en: 'English' } as Record<string, string>,
    footerData: 'Dataset',
    footerLicence: 'Data under',
    footerCode: 'Code under EUPL-1.2',
    privacy: 'No cookies, no tracking, no third-party requests.',
    noResults: 'No events in this selection.',
  },
} as const;

/** The interface texts for a language. */
export function getMessages(lang: Language) {
  return MESSAGES[lang];
}

/** The other language, for the language switch. */
export function otherLanguage(lang: Language): Language {
  return lang === 'de' ? 'en' : 'de';
}
