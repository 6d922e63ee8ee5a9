import {
  LANGUAGES,
  type Evidence,
  type Language,
  type NoticeReason,
  type RelationType,
} from '@chronik/events';

/** Numbers as each language groups them: 10.000 in German, 10,000 in English. */
const deNumber = new Intl.NumberFormat('de-DE');
const enNumber = new Intl.NumberFormat('en-GB');

const de = {
  siteName: 'Chronik',
  skipToContent: 'Zum Inhalt springen',
  skipToList: 'Zur Liste springen',
  languageSwitch: 'English',
  languageSwitchLabel: 'Diese Seite auf Englisch',
  themeToDark: 'Dunkles Design einschalten',
  themeToLight: 'Helles Design einschalten',
  filters: 'Filter',
  filterButton: (active: number) => (active > 0 ? `Filter (${active})` : 'Filter'),
  closeFilters: 'Filter schließen',
  categories: 'Kategorien',
  categoryMatchAll: 'Nur Ereignisse mit allen gewählten Kategorien',
  actors: 'Akteure',
  jurisdictions: 'Rechtsräume',
  threads: 'Handlungsstränge',
  dateRange: 'Zeitraum',
  from: 'Von',
  to: 'Bis',
  search: 'Suche',
  searchPlaceholder: 'Stichwort, Name, Ort',
  verifiedOnly: 'Nur bestätigte Ereignisse',
  reset: 'Alle Filter zurücksetzen',
  selected: (n: number) => (n === 0 ? 'alle' : `${n} gewählt`),
  events: (n: number) => (n === 1 ? '1 Ereignis' : `${deNumber.format(n)} Ereignisse`),
  eventsOf: (shown: number, total: number) =>
    shown === total
      ? `${deNumber.format(total)} Ereignisse`
      : `${deNumber.format(shown)} von ${deNumber.format(total)} Ereignissen`,
  partialList: (shown: number, total: number) =>
    `Hier stehen die ersten ${deNumber.format(shown)} von ${deNumber.format(total)} Ereignissen. Mit JavaScript zeigt die Seite alle; ohne JavaScript hat jedes Ereignis seine eigene Seite (siehe Sitemap), und alle Daten stehen über „Daten herunterladen (JSON)“ am Seitenende bereit.`,
  searching: 'Suche wird geladen …',
  loadFailed:
    'Die Ereignisdaten konnten nicht vollständig geladen werden. Bitte laden Sie die Seite neu.',
  timelineHeading: 'Zeitleiste',
  laneMode: 'Spuren',
  lanesByCategory: 'nach Kategorie',
  lanesSingle: 'eine Spur',
  listHeading: 'Chronologie',
  sources: (n: number) => (n === 1 ? '1 Quelle' : `${n} Quellen`),
  sourcesHeading: 'Quellen',
  note: 'Hinweis zu den Quellen',
  unverified: 'Nicht unabhängig bestätigt',
  singleSource: 'Eine Quelle',
  singleSourceNote:
    'Datum oder Angabe stützen sich auf eine einzige Quelle oder auf Wiedergaben einer Quelle.',
  evidenceHeading: 'Belege',
  evidence: {
    primary: 'Primärquelle: das Dokument selbst',
    multiple: 'mehrere unabhängige Quellen',
    single: 'eine Quelle',
  } as Record<Evidence, string>,
  approximate: 'ungefähres Datum',
  languageOf: { de: 'Deutsch', en: 'Englisch', fr: 'Französisch', da: 'Dänisch' } as Record<
    string,
    string
  >,
  publishedUndated: 'ohne Datum',
  actorsHeading: 'Beteiligte',
  jurisdictionsHeading: 'Rechtsräume',
  threadsHeading: 'Handlungsstränge',
  categoriesHeading: 'Kategorien',
  relatedHeading: 'Zusammenhänge',
  relation: (type: RelationType, direction: 'outgoing' | 'incoming') =>
    ({
      cites: direction === 'outgoing' ? 'verweist auf' : 'erwähnt in',
      'responds-to': direction === 'outgoing' ? 'reagiert auf' : 'Reaktion darauf',
      'follows-from': direction === 'outgoing' ? 'folgt aus' : 'hat zur Folge',
      supersedes: direction === 'outgoing' ? 'ersetzt' : 'ersetzt durch',
      related: 'steht in Zusammenhang mit',
    })[type],
  permalink: 'Dauerhafter Link',
  cite: 'Zitiervorschlag',
  copy: 'Kopieren',
  copied: 'Kopiert',
  close: 'Schließen',
  openPage: 'Eigene Seite öffnen',
  previousEvent: 'Vorheriges Ereignis',
  nextEvent: 'Nächstes Ereignis',
  backToOverview: 'Zur Übersicht',
  changes: 'Änderungen',
  noResults: 'Keine Ereignisse in dieser Auswahl.',
  notice: (param: string, value: string, reason: NoticeReason) =>
    ({
      'unknown-value': `„${value}“ ist für „${param}“ unbekannt und wurde ignoriert.`,
      'bad-value': `„${value}“ ist kein gültiger Wert für „${param}“ und wurde ignoriert.`,
      'bad-date': `„${value}“ ist kein gültiges Datum für „${param}“ und wurde ignoriert.`,
      'start-after-end': `„${value}“ für „${param}“ wurde ignoriert: Der Beginn des Zeitraums liegt nach seinem Ende.`,
      'unknown-event': `Das Ereignis „${value}“ gibt es nicht; es wurde ignoriert.`,
      'too-long': `Der Wert für „${param}“ ist zu lang und wurde ignoriert.`,
      'unknown-parameter': `Der Parameter „${param}“ ist unbekannt und wurde ignoriert.`,
    })[reason],
  noticesHeading: 'Hinweis zur Adresse',
  dismiss: 'Hinweis schließen',
  footerData: 'Datensatz',
  footerVersion: (version: string) => `Version ${version}`,
  footerUpdated: (date: string) => `Stand: ${date}`,
  footerLicence: 'Daten unter',
  footerCode: 'Code unter EUPL-1.2',
  footerDownloads: 'Daten herunterladen',
  footerFeeds: 'Daten und Abos',
  suggestCorrection: 'Korrektur vorschlagen',
  suggestCorrectionHelp: '(öffentliches Formular im Repository des Projekts; Konto nötig)',
  dataTitle: 'Daten und Abos',
  dataIntro:
    'Folgen Sie dem Datensatz, einer Kategorie oder einem Handlungsstrang im Feedreader oder im Kalender, oder laden Sie die Daten herunter. Alle Dateien liegen auf dieser Website; es gibt keine Anmeldung und kein Tracking.',
  dataSubscribe: 'Abonnieren',
  dataEverything: 'Alle Ereignisse',
  dataAtom: 'Atom-Feed',
  dataAtomHelp: 'Für Feedreader: neue und korrigierte Einträge, die neuesten 100.',
  dataJsonFeed: 'JSON Feed',
  dataJsonFeedHelp: 'Derselbe Feed als JSON Feed 1.1, für Programme und manche Feedreader.',
  dataCalendar: 'Kalender (iCalendar)',
  dataCalendarHelp:
    'Adresse kopieren und im Kalender als Abonnement hinzufügen: jedes Ereignis als ganztägiger Termin, geplante eingeschlossen.',
  dataByCategory: 'Nach Kategorie',
  dataByStoryline: 'Nach Handlungsstrang',
  dataName: 'Thema',
  dataDownload: 'Herunterladen',
  dataJson:
    'Der ganze Datensatz als JSON, mit Lizenz und Version; beschrieben durch ein JSON-Schema.',
  dataCsv: 'Ein Ereignis pro Zeile, für Tabellenkalkulationen (UTF-8, Komma-getrennt).',
  dataSchemas: 'JSON-Schemas der Datenformate',
  dataTimelineJs:
    'Alle Ereignisse für TimelineJS 3, das Zeitleisten-Werkzeug des Knight Lab, das die Datei unverändert lädt.',
  downloadView: (n: number) =>
    `Diese Auswahl herunterladen (${deNumber.format(n)} ${n === 1 ? 'Ereignis' : 'Ereignisse'}, mit Lizenz und Zitierangabe):`,
  downloadPreparing: 'Datei wird erstellt …',
  citationFiles: 'Für Literaturverwaltung herunterladen:',
  dataCite: 'Den Datensatz zitieren',
  dataCiteText: (title: string, version: string, url: string, licence: string) =>
    `Chronik contributors: Chronik – ${title}, Version ${version}. ${licence}. ${url}`,
  dataChanges: 'was wann ergänzt oder korrigiert wurde, mit eigenem Atom-Feed.',
  downloadFailed: 'Die Daten konnten nicht geladen werden. Bitte noch einmal versuchen.',
  changesNav: 'Änderungen',
  changesTitle: 'Änderungen',
  changesIntro:
    'Was an diesem Datensatz wann ergänzt oder korrigiert wurde, das Neueste zuerst. Jede Änderung steht auch beim Ereignis selbst.',
  changesFeed: 'Änderungen als Atom-Feed abonnieren',
  changesVersions: 'Versionen des Datensatzes',
  changesEvents: 'Ergänzungen und Korrekturen an Ereignissen',
  changesCount: (n: number) =>
    `${deNumber.format(n)} ${n === 1 ? 'Änderung' : 'Änderungen'} insgesamt`,
  changesNone: 'Noch keine Änderungen an Ereignissen verzeichnet.',
  changesPages: 'Seiten der Änderungen',
  changesPage: (page: number, pages: number) => `Seite ${page} von ${pages}`,
  changesNewer: 'Neuere Änderungen',
  changesOlder: 'Ältere Änderungen',
  footerAccessibility: 'Erklärung zur Barrierefreiheit',
  privacy: 'Keine Cookies, kein Tracking, keine Anfragen an Dritte.',
  citeText: (title: string, dataset: string, version: string, url: string, licence: string) =>
    `„${title}“. In: Chronik – ${dataset}, Version ${version}. Chronik contributors, ${licence}. ${url}`,
  notFoundTitle: 'Seite nicht gefunden',
  notFoundText: 'Diese Seite gibt es nicht. Vielleicht wurde das Ereignis umbenannt.',
  errorTitle: 'Fehler',
  toExplorer: 'Zur Chronik',
  accessibilityTitle: 'Erklärung zur Barrierefreiheit',
  eventPageTitle: (title: string) => `${title} – Chronik`,
  embedNav: 'Einbetten',
  embedTitle: 'Zeitleiste einbetten',
  embedIntro:
    'Stellen Sie eine gefilterte Zeitleiste in Ihren Artikel oder Ihr Portal. Das Widget lädt nichts von Dritten, setzt keine Cookies und speichert nichts im Browser.',
  embedOptions: 'Einstellungen',
  embedLanguage: 'Sprache',
  embedView: 'Ansicht',
  embedViewBoth: 'Zeitleiste und Liste',
  embedViewTimeline: 'nur Zeitleiste',
  embedViewList: 'nur Liste',
  embedTheme: 'Farben',
  embedThemeAuto: 'wie das System',
  embedThemeLight: 'hell',
  embedThemeDark: 'dunkel',
  embedHeight: 'Höhe in Pixeln (leer: passt sich an)',
  embedEvent: 'Vorausgewähltes Ereignis',
  embedNoEvent: 'keines',
  embedEventFind: 'Ereignis suchen (Wörter aus dem Titel)',
  embedEventChoices: (shown: number, total: number) =>
    shown === total
      ? `${deNumber.format(total)} zur Auswahl`
      : `die ersten ${deNumber.format(shown)} von ${deNumber.format(total)} zur Auswahl; weitere Wörter grenzen ein`,
  embedPreview: 'Vorschau',
  embedComponent: 'Als Web Component',
  embedComponentHelp:
    'Für Seiten, in die Sie Skripte einbinden können. Stile und Inhalte bleiben im Widget.',
  embedIframe: 'Als iframe',
  embedIframeHelp:
    'Für Redaktionssysteme, die nur iframes erlauben. Das kleine Skript passt die Höhe an.',
  embedPrivacy: 'Absatz für Ihre Datenschutzerklärung',
  embedPrivacyText: (site: string) =>
    `Auf dieser Seite ist eine Zeitleiste von Chronik (${site}) eingebunden. Beim Anzeigen lädt Ihr Browser das Widget und seine Daten von diesem Server; dabei wird, wie bei jedem Abruf einer Webseite, Ihre IP-Adresse an ihn übertragen. Das Widget stellt keine Anfragen an Dritte, setzt keine Cookies, nutzt keinen Speicher im Browser und wertet Ihre Nutzung nicht aus.`,
} as const;

type Messages = {
  [K in keyof typeof de]: (typeof de)[K] extends (...args: infer A) => infer R
    ? (...args: A) => R
    : (typeof de)[K] extends string
      ? string
      : (typeof de)[K];
};

const en: Messages = {
  siteName: 'Chronik',
  skipToContent: 'Skip to content',
  skipToList: 'Skip to the list',
  languageSwitch: 'Deutsch',
  languageSwitchLabel: 'This page in German',
  themeToDark: 'Switch to dark theme',
  themeToLight: 'Switch to light theme',
  filters: 'Filters',
  filterButton: (active) => (active > 0 ? `Filters (${active})` : 'Filters'),
  closeFilters: 'Close filters',
  categories: 'Categories',
  categoryMatchAll: 'Only events with all selected categories',
  actors: 'Actors',
  jurisdictions: 'Jurisdictions',
  threads: 'Storylines',
  dateRange: 'Period',
  from: 'From',
  to: 'To',
  search: 'Search',
  searchPlaceholder: 'keyword, name, place',
  verifiedOnly: 'Confirmed events only',
  reset: 'Reset all filters',
  selected: (n) => (n === 0 ? 'all' : `${n} selected`),
  events: (n) => (n === 1 ? '1 event' : `${enNumber.format(n)} events`),
  eventsOf: (shown, total) =>
    shown === total
      ? `${enNumber.format(total)} events`
      : `${enNumber.format(shown)} of ${enNumber.format(total)} events`,
  partialList: (shown, total) =>
    `This list shows the first ${enNumber.format(shown)} of ${enNumber.format(total)} events. With JavaScript the page shows them all; without it, every event has a page of its own (see the sitemap), and all the data is under "Download the data (JSON)" at the foot of the page.`,
  searching: 'Loading the search …',
  loadFailed: 'The event data could not be loaded completely. Please reload the page.',
  timelineHeading: 'Timeline',
  laneMode: 'Lanes',
  lanesByCategory: 'by category',
  lanesSingle: 'one lane',
  listHeading: 'Chronology',
  sources: (n) => (n === 1 ? '1 source' : `${n} sources`),
  sourcesHeading: 'Sources',
  note: 'Note on the sources',
  unverified: 'Not independently confirmed',
  singleSource: 'Single source',
  singleSourceNote: 'The date or the claim rests on a single source, or on copies of one.',
  evidenceHeading: 'Evidence',
  evidence: {
    primary: 'primary source: the document itself',
    multiple: 'several independent sources',
    single: 'a single source',
  },
  approximate: 'approximate date',
  languageOf: { de: 'German', en: 'English', fr: 'French', da: 'Danish' },
  publishedUndated: 'undated',
  actorsHeading: 'Actors',
  jurisdictionsHeading: 'Jurisdictions',
  threadsHeading: 'Storylines',
  categoriesHeading: 'Categories',
  relatedHeading: 'Connections',
  relation: (type, direction) =>
    ({
      cites: direction === 'outgoing' ? 'refers to' : 'referred to by',
      'responds-to': direction === 'outgoing' ? 'responds to' : 'response',
      'follows-from': direction === 'outgoing' ? 'follows from' : 'led to',
      supersedes: direction === 'outgoing' ? 'supersedes' : 'superseded by',
      related: 'related to',
    })[type],
  permalink: 'Permalink',
  cite: 'Cite this event',
  copy: 'Copy',
  copied: 'Copied',
  close: 'Close',
  openPage: 'Open its own page',
  previousEvent: 'Previous event',
  nextEvent: 'Next event',
  backToOverview: 'Back to the overview',
  changes: 'Changes',
  noResults: 'No events in this selection.',
  notice: (param, value, reason) =>
    ({
      'unknown-value': `"${value}" is not known for "${param}" and was ignored.`,
      'bad-value': `"${value}" is not a valid value for "${param}" and was ignored.`,
      'bad-date': `"${value}" is not a valid date for "${param}" and was ignored.`,
      'start-after-end': `"${value}" for "${param}" was ignored: the start of the period is after its end.`,
      'unknown-event': `There is no event "${value}"; it was ignored.`,
      'too-long': `The value of "${param}" is too long and was ignored.`,
      'unknown-parameter': `The parameter "${param}" is not known and was ignored.`,
    })[reason],
  noticesHeading: 'About this address',
  dismiss: 'Dismiss',
  footerData: 'Dataset',
  footerVersion: (version) => `version ${version}`,
  footerUpdated: (date) => `last updated ${date}`,
  footerLicence: 'Data under',
  footerCode: 'code under EUPL-1.2',
  footerDownloads: 'Download the data',
  footerFeeds: 'Data and feeds',
  suggestCorrection: 'Suggest a correction',
  suggestCorrectionHelp: "(a public form in the project's repository; needs an account)",
  dataTitle: 'Data and feeds',
  dataIntro:
    'Follow the dataset, a category or a storyline in your feed reader or calendar, or download the data. Every file is on this website; there is no sign-up and no tracking.',
  dataSubscribe: 'Subscribe',
  dataEverything: 'All events',
  dataAtom: 'Atom feed',
  dataAtomHelp: 'For feed readers: new and corrected entries, the newest 100.',
  dataJsonFeed: 'JSON Feed',
  dataJsonFeedHelp: 'The same feed as JSON Feed 1.1, for programs and some feed readers.',
  dataCalendar: 'Calendar (iCalendar)',
  dataCalendarHelp:
    'Copy the address and add it to your calendar as a subscription: every event as an all-day entry, scheduled ones included.',
  dataByCategory: 'By category',
  dataByStoryline: 'By storyline',
  dataName: 'Topic',
  dataDownload: 'Download',
  dataJson: 'The whole dataset as JSON, with its licence and version; described by a JSON Schema.',
  dataCsv: 'One event per row, for spreadsheets (UTF-8, comma-separated).',
  dataSchemas: 'JSON Schemas of the data formats',
  dataTimelineJs:
    "Every event for TimelineJS 3, the Knight Lab's timeline tool, which loads the file as it is.",
  downloadView: (n) =>
    `Download this selection (${enNumber.format(n)} ${n === 1 ? 'event' : 'events'}, with licence and citation):`,
  downloadPreparing: 'Preparing the file…',
  citationFiles: 'Download for reference managers:',
  dataCite: 'Cite the dataset',
  dataCiteText: (title, version, url, licence) =>
    `Chronik contributors: Chronik – ${title}, version ${version}. ${licence}. ${url}`,
  dataChanges: 'what was added or corrected, and when, with an Atom feed of its own.',
  downloadFailed: 'The data could not be loaded. Please try again.',
  changesNav: 'Changes',
  changesTitle: 'Changes',
  changesIntro:
    'What was added to or corrected in this dataset, and when, newest first. Each change is also noted with the event itself.',
  changesFeed: 'Subscribe to the changes (Atom feed)',
  changesVersions: 'Versions of the dataset',
  changesEvents: 'Additions and corrections to events',
  changesCount: (n) => `${enNumber.format(n)} ${n === 1 ? 'change' : 'changes'} in all`,
  changesNone: 'No changes to events recorded yet.',
  changesPages: 'Pages of changes',
  changesPage: (page, pages) => `Page ${page} of ${pages}`,
  changesNewer: 'Newer changes',
  changesOlder: 'Older changes',
  footerAccessibility: 'Accessibility statement',
  privacy: 'No cookies, no tracking, no third-party requests.',
  citeText: (title, dataset, version, url, licence) =>
    `"${title}". In: Chronik – ${dataset}, version ${version}. Chronik contributors, ${licence}. ${url}`,
  notFoundTitle: 'Page not found',
  notFoundText: 'This page does not exist. The event may have been renamed.',
  errorTitle: 'Error',
  toExplorer: 'Go to the chronology',
  accessibilityTitle: 'Accessibility statement',
  eventPageTitle: (title) => `${title} – Chronik`,
  embedNav: 'Embed',
  embedTitle: 'Embed the timeline',
  embedIntro:
    'Put a filtered timeline in your article or portal. The widget loads nothing from third parties, sets no cookies and stores nothing in the browser.',
  embedOptions: 'Settings',
  embedLanguage: 'Language',
  embedView: 'View',
  embedViewBoth: 'timeline and list',
  embedViewTimeline: 'timeline only',
  embedViewList: 'list only',
  embedTheme: 'Colours',
  embedThemeAuto: 'as the system',
  embedThemeLight: 'light',
  embedThemeDark: 'dark',
  embedHeight: 'Height in pixels (empty: fits its content)',
  embedEvent: 'Preselected event',
  embedNoEvent: 'none',
  embedEventFind: 'Find an event (words of its title)',
  embedEventChoices: (shown: number, total: number) =>
    shown === total
      ? `${enNumber.format(total)} to choose from`
      : `the first ${enNumber.format(shown)} of ${enNumber.format(total)} to choose from; more words narrow them down`,
  embedPreview: 'Preview',
  embedComponent: 'As a web component',
  embedComponentHelp:
    'For pages where you can add scripts. Styles and content stay inside the widget.',
  embedIframe: 'As an iframe',
  embedIframeHelp:
    'For content systems that allow only iframes. The small script adjusts the height.',
  embedPrivacy: 'Paragraph for your privacy policy',
  embedPrivacyText: (site) =>
    `This page embeds a timeline from Chronik (${site}). To show it, your browser loads the widget and its data from that server, which, as with any web request, receives your IP address. The widget makes no requests to third parties, sets no cookies, uses no browser storage and does not analyse your use.`,
};

const MESSAGES: Record<Language, Messages> = { de, en };

/** The interface texts for a language. German first: most readers are German. */
export function getMessages(lang: Language): Messages {
  return MESSAGES[lang];
}

/**
 * The language of a path: its first segment below the base path when that is a language
 * (`/en/…`, `/chronik/en/…`), else German, the site's first language (`/`, `/embed/`, a
 * path no route knows). For what has no route of its own, such as the 404 page.
 *
 * @param options.pathname - the URL's path, with the base path
 * @param options.base - the site's base path (`base` of `$app/paths`), `''` at the root
 * @example
 * getPathLanguage({ pathname: '/chronik/en/nope/', base: '/chronik' }) // 'en'
 */
export function getPathLanguage(options: { pathname: string; base: string }): Language {
  const { pathname, base } = options;
  const inside = pathname === base || pathname.startsWith(`${base}/`);
  const first = inside ? pathname.slice(base.length).split('/')[1] : undefined;
  return LANGUAGES.find((lang) => lang === first) ?? 'de';
}

/** The other language, for the language switch. */
export function otherLanguage(lang: Language): Language {
  return lang === 'de' ? 'en' : 'de';
}

/**
 * A licence as citations name it: Creative Commons licences the way their deeds write them
 * ("CC BY 4.0" for `CC-BY-4.0`), others by their SPDX id.
 */
export function licenceName(license: { id: string }): string {
  return /^CC-/i.test(license.id) ? license.id.replace(/-/g, ' ') : license.id;
}
