// What the benchmark installs in every page before the page's own scripts run: a frame
// recorder and a timer from an action to the painted change. Runs in the browser; Playwright
// serialises `installInPage` into each page, so it may use nothing from outside itself.

/** The page's side of the benchmark, at `window.__bench`. */
interface InPageBench {
  /** performance.now() at the first complete render (set by the target's page or init script). */
  rendered?: number;
  /** A render failure reported by the target's page. */
  failed?: string;
  /** Starts recording the start time of every animation frame. */
  startFrames(): void;
  /** Stops recording and returns the time between consecutive frames, in ms. */
  stopFrames(): number[];
  /**
   * Runs `action` and resolves with the ms from just before it until two animation frames
   * after `read()` first returns something else (the first frame draws the change, the
   * second starts after it was painted). Watches `root` for changes, so pass the shadow root
   * for a widget.
   */
  timeChange(
    root: Node,
    read: () => unknown,
    action: () => void,
    timeoutMs: number,
  ): Promise<number>;
}

declare global {
  interface Window {
    __bench: InPageBench;
    /** Exposed by Chromium's `--js-flags=--expose-gc`. */
    gc?: () => void;
  }
}

/**
 * Installs `window.__bench`. For Chronik's widget it also records the first render: the frame
 * after the first `chronik-ready` (which bubbles out of the shadow root).
 */
export function installInPage(): void {
  let frames: number[] = [];
  let recording = false;
  const record = (time: number) => {
    if (!recording) return;
    frames.push(time);
    requestAnimationFrame(record);
  };
  const afterPaint = (done: () => void) =>
    requestAnimationFrame(() => requestAnimationFrame(() => done()));
  const bench: InPageBench = {
    startFrames() {
      frames = [];
      recording = true;
      requestAnimationFrame(record);
    },
    stopFrames() {
      recording = false;
      return frames.slice(1).map((time, i) => time - frames[i]!);
    },
    timeChange(root, read, action, timeoutMs) {
      return new Promise((resolve, reject) => {
        const before = read();
        const observer = new MutationObserver(() => {
          // Nothing to read (the widget shows "loading" while its search arrives) is not the
          // result yet: only a different value is.
          const now = read();
          if (now === before || now === undefined || now === null) return;
          observer.disconnect();
          afterPaint(() => {
            clearTimeout(timer);
            resolve(performance.now() - started);
          });
        });
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`nothing changed within ${timeoutMs} ms`));
        }, timeoutMs);
        observer.observe(root, { subtree: true, childList: true, characterData: true });
        const started = performance.now();
        action();
      });
    },
  };
  window.__bench = bench;
  document.addEventListener(
    'chronik-ready',
    () => afterPaint(() => (bench.rendered ??= performance.now())),
    { once: true },
  );
}
