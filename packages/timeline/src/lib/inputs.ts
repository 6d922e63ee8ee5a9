import type { Category, ListedEvent } from '@chronik/events';
import type { LaneMode } from './marks.js';
import type { Language } from './locale.js';
import type { TimelineMessages } from './messages.js';
import type { TimeWindow } from './time-scale.js';

/**
 * What the state reads from the component's props: an object of getters, so that each derived
 * value depends only on the inputs it reads (focus changes must not redo the layout, say).
 */
export interface TimelineInputs {
  events: readonly ListedEvent[];
  categories: readonly Category[];
  lang: Language;
  lanes: LaneMode;
  /** The extent the timeline can show; defaults to that of `events`. */
  extent?: TimeWindow | undefined;
  now?: Date | undefined;
  /** The window to show; when it changes (a URL, back/forward), the timeline moves there. */
  window?: TimeWindow | undefined;
  /** Told, once the reader stops zooming or panning, the whole days now in view. */
  onwindowchange?: ((window: TimeWindow) => void) | undefined;
  selected?: string | undefined;
  onselect?: ((id: string) => void) | undefined;
  /** A compact strip (one lane, one label row); by default below 640 px. */
  compact?: boolean | undefined;
  /** The colours in effect: light, dark or following the system. */
  theme: 'light' | 'dark' | 'auto';
  messages: TimelineMessages;
  formatDate: (event: ListedEvent) => string;
  /** Prefix of element ids. */
  id: string;
}

/** Width assumed before the element is measured (server rendering, first paint). */
export const DEFAULT_WIDTH = 960;

/** Zoom factor of one button press or key stroke. */
export const ZOOM_STEP = 2;
