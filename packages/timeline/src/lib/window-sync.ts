import type { TimeWindow } from './time-scale.js';

const key = (window: TimeWindow) => `${window[0].getTime()}-${window[1].getTime()}`;

/**
 * The one guard between a timeline's zoom and the window its parent keeps (in a URL, say),
 * so that the two never chase each other. Windows go one way at a time: a window the parent
 * asks for anew moves the view; the same window again, or the one the timeline itself just
 * reported (its echo), does not. Reports wait until the reader stops zooming or panning.
 */
export class WindowSync {
  #requested: string | undefined;
  #reported: string | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;

  /** @param settleMs - how long the reader must stop before the window is reported */
  constructor(readonly settleMs = 250) {}

  /**
   * Whether a window from the parent should move the view: `false` for the one it asked for
   * last and for the echo of the last report. No window (`undefined`) is new once, after one.
   */
  isRequest(window: TimeWindow | undefined): boolean {
    const asked = window && key(window);
    const request = asked !== this.#requested && (asked === undefined || asked !== this.#reported);
    this.#requested = asked;
    return request;
  }

  /**
   * Reports a window once nothing has changed for `settleMs`; each call starts the wait anew.
   *
   * @param read - the window to report, read when the wait is over
   */
  schedule(read: () => TimeWindow, report: (window: TimeWindow) => void): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      const window = read();
      this.#reported = key(window);
      report(window);
    }, this.settleMs);
  }

  /** Cancels a report that is still waiting. */
  cancel(): void {
    clearTimeout(this.#timer);
  }
}
