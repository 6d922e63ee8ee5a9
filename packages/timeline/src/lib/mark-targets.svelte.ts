import { findMark } from './hit-test.js';
import type { PositionedMark } from './layout.js';
import type { TimelineState } from './timeline.svelte.js';

/** Up to this many events drawn one by one, each is a button; see {@link MarkTargets.buttons}. */
const ALL_BUTTONS_UP_TO = 64;

/**
 * Where the reader meets the marks: the one mark in the tab order, the marks that are buttons
 * in the page (the rest are drawn on the canvas only) and the mark under a point of the plot.
 * Everything here is derived from the timeline's state, which holds one of these as
 * `targets`.
 */
export class MarkTargets {
  #state: TimelineState;

  constructor(state: TimelineState) {
    this.#state = state;
  }

  // Through a getter: the derived fields below are read after the constructor has run.
  get #timeline(): TimelineState {
    return this.#state;
  }

  /** Each shown event's position in the chronological order. */
  readonly #positions = $derived(
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a new map for each change, never mutated
    new Map(this.#timeline.inputs.events.map((event, i) => [event.id, i])),
  );

  /** An event's position among all shown, in chronological order (for stepping by key). */
  positionOf(id: string): number | undefined {
    return this.#positions.get(id);
  }

  /** The one mark in the tab order: the focused or selected event, else the earliest in view. */
  readonly tabStop: string | undefined = $derived.by(() => {
    const state = this.#timeline;
    for (const candidate of [state.focusedId, state.inputs.selected]) {
      if (candidate !== undefined && this.#positions.has(candidate)) return candidate;
    }
    // The earliest event in view (the marks come lane by lane), by the marks' `order`, which
    // follows the events' chronological order even in a filtered list: with nothing focused
    // or selected, a change of filter then makes no map of every event (1 ms at 10,000).
    let first: PositionedMark | undefined;
    for (const mark of state.placed.layout.marks) {
      if (!mark.primary || mark.cx < 0 || mark.cx > state.layoutWidth) continue;
      if (!first || mark.order < first.order) first = mark;
    }
    return first?.event.id ?? state.inputs.events[0]?.id;
  });

  /**
   * The marks that are buttons in the page, the rest being drawn on the canvas only (and hit
   * by {@link markAt}): while few events are drawn one by one, every one, so that a screen
   * reader's browse mode finds them all; beyond that, the labelled ones, the tab stop and the
   * focused and selected events. Creating a hundred more buttons (with their names) after a
   * change of filter costs a small machine several frames, and the arrow keys reach every
   * event anyway. Only an event's first mark is a button.
   *
   * The page gives these to its elements in order (`EventMarks.html.svelte`): a new layout
   * updates the elements it has instead of removing most and making as many anew (which
   * was a third of a filter change at 10,000 events). So that the element with keyboard focus
   * never shows another event, the focused event keeps the place it had in the last list
   * while that place exists ({@link #pin}); the others follow the layout's order.
   */
  readonly buttons: PositionedMark[] = $derived.by(() => {
    const primary = this.#timeline.placed.layout.marks.filter((mark) => mark.primary);
    const kept = this.#timeline.kept;
    const stop = this.tabStop;
    const buttons =
      primary.length <= ALL_BUTTONS_UP_TO
        ? primary
        : primary.filter(
            (mark) => mark.row !== undefined || mark.event.id === stop || kept.has(mark.event.id),
          );
    this.#pin(buttons, this.#timeline.focusedId);
    this.#shown = buttons;
    return buttons;
  });

  /**
   * The last list of {@link buttons}: only the page's elements read that list, each time it
   * changes, so this is the order the elements have.
   */
  #shown: readonly PositionedMark[] = [];

  /** Moves the focused event back to its index in the last list, where its element is. */
  #pin(buttons: PositionedMark[], focused: string | undefined): void {
    if (focused === undefined) return;
    const was = this.#shown.findIndex((mark) => mark.event.id === focused);
    const now = buttons.findIndex((mark) => mark.event.id === focused);
    if (was < 0 || now < 0 || was === now || was >= buttons.length) return;
    [buttons[was], buttons[now]] = [buttons[now]!, buttons[was]!];
  }

  /** The mark drawn at a point of the plot (this frame's layout), if any. */
  markAt(x: number, y: number): PositionedMark | undefined {
    const { geometry, layout } = this.#timeline;
    const laneId = geometry.laneAt(y);
    if (laneId === undefined) return undefined;
    return findMark(layout.marks, { laneId, x, dy: y - geometry.baseline(laneId) });
  }

  /** Selects the event whose mark is drawn at a point of the plot; returns whether there was one. */
  selectAt(x: number, y: number): boolean {
    const mark = this.markAt(x, y);
    if (mark) this.#timeline.inputs.onselect?.(mark.event.id);
    return mark !== undefined;
  }
}
