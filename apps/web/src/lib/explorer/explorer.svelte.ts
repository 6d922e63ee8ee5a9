import {
  EMPTY_VIEW_STATE,
  getExtent,
  getNeighbours,
  parseViewState,
  selectEventsWithCounts,
  toKnownIds,
  toViewQuery,
  toWindowDays,
  toWindowInstants,
  type Actor,
  type Category,
  type EventDetails,
  type FacetCounts,
  type Jurisdiction,
  type KnownIds,
  type Language,
  type ListedEventWithEvidence,
  type Thread,
  type ViewState,
} from '@chronik/events';
import { FocusReturn, type TimeWindow } from '@chronik/timeline';
import { tick, untrack } from 'svelte';
import { goto } from '$app/navigation';
import { resolve } from '$app/paths';
import { EventStore } from './event-store.svelte';

/** What the explorer page loads: the registries, the first events and how many there are. */
export interface ExplorerData {
  lang: Language;
  total: number;
  preview: readonly EventDetails[];
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

/** What words find while the search index loads. */
const NOTHING_FOUND: ReadonlySet<string> = new Set();

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

  #store: EventStore;

  constructor(inputs: ExplorerInputs) {
    this.#inputs = inputs;
    this.#store = new EventStore(inputs.data);
  }

  /** The events: those the page brought, then every one (see {@link EventStore}). */
  get store(): EventStore {
    return this.#store;
  }

  get data(): ExplorerData {
    return this.#inputs.data;
  }

  /**
   * The page's address, once hydrated and every event is known (ids in the URL are checked
   * against them).
   */
  get url(): URL | undefined {
    return this.store.ready ? this.#inputs.url : undefined;
  }

  /** The ids the data knows, to check the URL against. */
  readonly known: KnownIds = $derived(toKnownIds({ ...this.data, events: this.store.list }));

  /** The view and the notices about parameters that were ignored. */
  readonly parsed = $derived(
    this.url
      ? parseViewState(this.url.searchParams, { known: this.known })
      : { state: EMPTY_VIEW_STATE, notices: [] },
  );

  get view(): ViewState {
    return this.parsed.state;
  }

  /**
   * The view's filters and words as one string. Zooming (which writes the window to the URL),
   * opening an event or switching lanes leaves it equal, so the selection below, and the
   * timeline's preparation of its marks, are not redone for them.
   */
  readonly #filterKey = $derived(
    toViewQuery({
      ...this.view,
      window: undefined,
      event: undefined,
      lanes: EMPTY_VIEW_STATE.lanes,
      view: EMPTY_VIEW_STATE.view,
    }).toString(),
  );

  /** The view, renewed only when its filters or words change (see {@link #filterKey}). */
  readonly #filters = $derived.by(() => {
    void this.#filterKey;
    return untrack(() => this.view);
  });

  /**
   * The ids the view's words find, looked up once per change of the words (`undefined` while
   * the search loads what they need).
   */
  readonly #found = $derived(this.#filters.q ? this.store.find(this.#filters.q) : undefined);

  /**
   * Whether the view has words the search cannot answer yet (its index is loading); the
   * list then says so rather than "no results".
   */
  readonly searching = $derived(Boolean(this.#filters.q) && this.#found === undefined);

  // Until the index is there, words find nothing; the page shows that it is searching.
  #find = () => this.#found ?? NOTHING_FOUND;

  // While new words wait for their part of the search index, the events and counts found
  // before stay (the count says it is busy), rather than a moment of "nothing found" and a
  // timeline taken down and built again. A plain field: it only remembers.
  #last: { events: ListedEventWithEvidence[]; counts: FacetCounts } | undefined;

  /** The events the view shows and its facet counts, found in one pass over the events. */
  readonly #selection = $derived.by(() => {
    const state = this.#filters;
    if (this.searching && this.#last) return this.#last;
    return (this.#last = selectEventsWithCounts(this.store.list, { state, search: this.#find }));
  });

  /** The events the view shows, in chronological order. */
  readonly shown: readonly ListedEventWithEvidence[] = $derived(this.#selection.events);

  /** Events per category, actor, jurisdiction and storyline under the other filters. */
  readonly counts: FacetCounts = $derived(this.#selection.counts);

  /** The listed events by id. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- made anew with the list, never changed
  readonly #byId = $derived(new Map(this.store.list.map((event) => [event.id, event])));

  readonly selected: ListedEventWithEvidence | undefined = $derived(
    this.view.event ? this.#byId.get(this.view.event) : undefined,
  );

  /** The selected event's texts, sources and connections, once loaded. */
  readonly selectedDetails: EventDetails | undefined = $derived(
    this.selected ? this.store.details(this.selected.id) : undefined,
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
    const period = getExtent(this.store.list);
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
    await Promise.all([this.update({ event: id }), this.store.request(id)]);
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
