import {
  EMPTY_VIEW_STATE,
  createEventIndex,
  createEventSearch,
  getExtent,
  getFacetCounts,
  getNeighbours,
  parseViewState,
  selectEvents,
  toKnownIds,
  toViewQuery,
  toWindowDays,
  toWindowInstants,
  type Actor,
  type Category,
  type ChronikEvent,
  type Jurisdiction,
  type KnownIds,
  type Language,
  type Thread,
  type ViewState,
} from '@chronik/events';
import { FocusReturn, type TimeWindow } from '@chronik/timeline';
import { tick } from 'svelte';
import { goto } from '$app/navigation';
import { resolve } from '$app/paths';

/** What the explorer page loads: every event and the registries. */
export interface ExplorerData {
  lang: Language;
  events: readonly ChronikEvent[];
  categories: readonly Category[];
  actors: readonly Actor[];
  jurisdictions: readonly Jurisdiction[];
  threads: readonly Thread[];
}

/** What the explorer reads from its page. */
export interface ExplorerInputs {
  data: ExplorerData;
  /** The page's address; `undefined` until the page has hydrated (prerendered pages have no query). */
  url: URL | undefined;
}

/** The id of the element that shows the selected event's title. */
export const DETAIL_TITLE_ID = 'detail-title';

/**
 * The explorer's state: the view lives in the URL (back and forward restore it, a copied
 * link reproduces it), and everything the page shows is derived from it and the data. Changes
 * go through `update`, which writes the URL; nothing else holds view state.
 */
export class ExplorerState {
  #inputs: ExplorerInputs;
  #focus = new FocusReturn();

  constructor(inputs: ExplorerInputs) {
    this.#inputs = inputs;
  }

  get data(): ExplorerData {
    return this.#inputs.data;
  }

  /** The page's address, once hydrated. */
  get url(): URL | undefined {
    return this.#inputs.url;
  }

  /** The ids the data knows, to check the URL against. */
  readonly known: KnownIds = $derived(toKnownIds(this.data));

  /** The view and the notices about parameters that were ignored. */
  readonly parsed = $derived(
    this.url
      ? parseViewState(this.url.searchParams, { known: this.known })
      : { state: EMPTY_VIEW_STATE, notices: [] },
  );

  get view(): ViewState {
    return this.parsed.state;
  }

  // Built on first use only: a view without words never asks for it.
  readonly #search = $derived(
    createEventSearch({ events: this.data.events, actors: this.data.actors }),
  );
  #find = (query: string) => this.#search(query);

  /** The events the view shows, in chronological order. */
  readonly shown = $derived(
    selectEvents(this.data.events, { state: this.view, search: this.#find }),
  );

  /** Events per category, actor, jurisdiction and storyline under the other filters. */
  readonly counts = $derived(
    getFacetCounts(this.data.events, { state: this.view, search: this.#find }),
  );

  /** The events by id, with their neighbours and connections. */
  readonly index = $derived(createEventIndex(this.data.events));

  readonly selected: ChronikEvent | undefined = $derived(
    this.view.event ? this.index.get(this.view.event) : undefined,
  );

  /** The events before and after the selected one among those shown. */
  readonly neighbours = $derived.by(() => {
    const selected = this.selected;
    if (!selected) return {};
    const among = this.shown.includes(selected) ? this.shown : [...this.shown, selected];
    return getNeighbours(among, { id: selected.id });
  });

  /** The whole dataset's period: filtering never moves the timeline's axis. */
  readonly extent: TimeWindow | undefined = $derived.by(() => {
    const period = getExtent(this.data.events);
    return period ? [period.start, period.end] : undefined;
  });

  /** The visible window as the timeline takes it. */
  readonly window: TimeWindow | undefined = $derived(
    this.view.window ? toWindowInstants(this.view.window) : undefined,
  );

  /** The explorer's address for a changed view. */
  href(patch: Partial<ViewState>): string {
    const query = toViewQuery({ ...this.view, ...patch }).toString();
    return `${resolve(`/${this.data.lang}/`)}${query ? `?${query}` : ''}`;
  }

  /** Writes a change of the view to the URL; back and forward then restore it. */
  update(patch: Partial<ViewState>, options: { replace?: boolean } = {}): Promise<void> {
    // eslint-disable-next-line svelte/no-navigation-without-resolve -- href() resolves the path; only the query string is added
    return goto(this.href(patch), {
      keepFocus: true,
      noScroll: true,
      replaceState: options.replace ?? false,
    });
  }

  /** Follows the timeline's visible window, replacing the history entry (zooming is not a step back). */
  setWindow(window: TimeWindow): void {
    const days = toWindowDays([window[0], window[1]]);
    if (!days || (days[0] === this.view.window?.[0] && days[1] === this.view.window?.[1])) return;
    void this.update({ window: days }, { replace: true });
  }

  /**
   * Opens an event in the detail panel and moves focus to its title, so it is read out.
   * A modified click (new tab, new window) is left to the browser.
   */
  async open(id: string, event?: MouseEvent): Promise<void> {
    if (event && (event.metaKey || event.ctrlKey || event.shiftKey || event.button === 1)) return;
    event?.preventDefault();
    if (!this.selected) this.#focus.remember(document.body);
    await this.update({ event: id });
    await tick();
    document.getElementById(DETAIL_TITLE_ID)?.focus();
  }

  /** Closes the panel and gives focus back to what opened it (or the event's list entry). */
  async close(): Promise<void> {
    const id = this.view.event;
    await this.update({ event: undefined });
    await tick();
    this.#focus.restore(document.getElementById(`list-${id ?? ''}`));
  }
}
