import type { Language } from './locale.js';

/** Every text the timeline shows or announces, in one language. */
export interface TimelineMessages {
  /** Accessible name of the whole timeline. */
  label: string;
  zoomIn: string;
  zoomOut: string;
  reset: string;
  previous: string;
  next: string;
  today: string;
  /** Accessible name of the overview strip's window. */
  overview: string;
  /** Keyboard instructions, read when the timeline gets focus. */
  help: string;
  /** Hint shown when a plain mouse wheel scrolls over the timeline. */
  wheelHint: string;
  /** The visible range, for the overview's value text. */
  visibleRange: (from: string, to: string) => string;
  /** A "+N" badge of labels that did not fit. */
  more: (count: number) => string;
  approximate: string;
  unverified: string;
  /** Shown when the filter leaves no events. */
  empty: string;
}

/** The built-in texts in German and English. */
export const MESSAGES: Record<Language, TimelineMessages> = {
  de: {
    label: 'Zeitleiste',
    zoomIn: 'Hineinzoomen',
    zoomOut: 'Herauszoomen',
    reset: 'Ganzen Zeitraum zeigen',
    previous: 'Vorheriges Ereignis',
    next: 'Nächstes Ereignis',
    today: 'heute',
    overview: 'Sichtbarer Zeitraum',
    help: 'Pfeiltasten links und rechts: vorheriges oder nächstes Ereignis. Eingabetaste: Ereignis öffnen. Plus und Minus: zoomen. Umschalt und Pfeiltasten: verschieben. Pos1 und Ende: erstes oder letztes Ereignis. Null: ganzer Zeitraum.',
    wheelHint: 'Zum Zoomen Strg und Mausrad verwenden',
    visibleRange: (from, to) => `${from} bis ${to}`,
    more: (count) => `${count} weitere`,
    approximate: 'ungefähr',
    unverified: 'nicht unabhängig bestätigt',
    empty: 'Keine Ereignisse in dieser Auswahl.',
  },
  en: {
    label: 'Timeline',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    reset: 'Show the whole period',
    previous: 'Previous event',
    next: 'Next event',
    today: 'today',
    overview: 'Visible period',
    help: 'Left and right arrow keys: previous or next event. Enter: open the event. Plus and minus: zoom. Shift and arrow keys: move the view. Home and End: first or last event. Zero: the whole period.',
    wheelHint: 'Use Ctrl and the mouse wheel to zoom',
    visibleRange: (from, to) => `${from} to ${to}`,
    more: (count) => `${count} more`,
    approximate: 'approximate',
    unverified: 'not independently confirmed',
    empty: 'No events in this selection.',
  },
};
