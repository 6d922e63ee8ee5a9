/** How long after a gesture's last step the page's elements are laid out anew, in ms. */
const SETTLE_MS = 150;

/**
 * Whether a wheel, drag or pinch gesture is under way: from a step that changes the view
 * until the steps pause for {@link SETTLE_MS}, or until a change that is not a gesture's
 * (keys, buttons, a window asked for), which ends it at once. `TimelineState` keeps its
 * elements' layout while `moving` (see `placed` there).
 */
export class GestureSettle {
  moving = $state(false);
  #timer: ReturnType<typeof setTimeout> | undefined;
  #inStep = false;

  /** Runs one step of a gesture; a view change during it starts or continues the gesture. */
  step(run: () => void): void {
    this.#inStep = true;
    try {
      run();
    } finally {
      this.#inStep = false;
    }
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => (this.moving = false), SETTLE_MS);
  }

  /** Called on every change of the view: a gesture's continues it, any other ends it. */
  viewChanged(): void {
    if (this.#inStep) this.moving = true;
    else if (this.moving) {
      clearTimeout(this.#timer);
      this.moving = false;
    }
  }

  dispose(): void {
    clearTimeout(this.#timer);
  }
}
