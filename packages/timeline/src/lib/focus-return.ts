/**
 * Gives focus back to the element that opened something (an event's details) when it
 * closes, as dialogs do: keyboard and screen-reader users go on where they were. It reads
 * focus from the root an element lives in, so it works inside the widget's shadow root too.
 *
 * @example
 * const focus = new FocusReturn();
 * focus.remember(panel);          // when opening from a closed state
 * focus.restore(listEntry);       // when closing: the opener, or the fallback if it is gone
 */
export class FocusReturn {
  #opener: HTMLElement | null = null;

  /** Remembers the element that has focus in the document or shadow root `within` lives in. */
  remember(within: Node | null | undefined): void {
    const root = within?.getRootNode() as Document | ShadowRoot | undefined;
    const active = root?.activeElement;
    this.#opener = active instanceof HTMLElement ? active : null;
  }

  /** Focuses the remembered element if it is still in the page, else `fallback`, and forgets it. */
  restore(fallback?: HTMLElement | null): void {
    const target = this.#opener?.isConnected ? this.#opener : fallback;
    this.#opener = null;
    target?.focus();
  }
}
