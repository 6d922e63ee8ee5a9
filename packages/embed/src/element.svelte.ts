// Entry of the widget bundle: defines <chronik-timeline> in the page that loads this file.
//
// The element is this small class rather than Svelte's `customElement` option: that wrapper
// brings Svelte's legacy component API with it (1.7 KB gzip of the widget's 45 KB budget
// for what the class below does in a few lines). What it does is the same: every attribute of
// the grammar and the `events` property are the widget's props, given on the element before
// or after it is defined; the widget is mounted in an open shadow root once the element is in
// the page, and unmounted when it leaves (a move in the page mounts it again).
import { mount, unmount } from 'svelte';
import Element from './Element.svelte';
import { WIDGET_ATTRIBUTES } from './options.js';

/** The element's properties: one per attribute, and `events`. */
const PROPS = [...WIDGET_ATTRIBUTES, 'events'];

class ChronikTimeline extends HTMLElement {
  static observedAttributes = WIDGET_ATTRIBUTES;

  // Raw state, replaced at each change: an `events` object must reach the widget as it is,
  // not as a deep proxy of its thousands of events.
  #attributes = $state.raw<Record<string, string | undefined>>({});
  #events = $state.raw<unknown>();
  #app: ReturnType<typeof mount> | undefined;
  #connected = false;

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
  }

  // Each prop is also a property of the element, as on Svelte's elements.
  static {
    for (const name of PROPS) {
      Object.defineProperty(this.prototype, name, {
        get(this: ChronikTimeline) {
          return name === 'events' ? this.#events : this.#attributes[name];
        },
        set(this: ChronikTimeline, value: unknown) {
          this.#set(name, value);
        },
      });
    }
  }

  /** Sets one prop: an attribute's value (also set as a property), or `events`. */
  #set(name: string, value: unknown) {
    if (name === 'events') this.#events = value;
    else this.#attributes = { ...this.#attributes, [name]: value as string | undefined };
  }

  attributeChangedCallback(name: string, _old: string | null, value: string | null) {
    this.#set(name, value ?? undefined);
  }

  connectedCallback() {
    this.#connected = true;
    // Properties set on the element before this class was defined hide its accessors: the
    // values are taken over and the accessors uncovered.
    for (const name of PROPS) {
      if (Object.hasOwn(this, name)) {
        const value = (this as Record<string, unknown>)[name];
        delete (this as Record<string, unknown>)[name];
        this.#set(name, value);
      }
    }
    // Mounted a moment later, as Svelte's own elements are: properties set right after the
    // element was added (`el.events = …`) are there for the first render.
    void Promise.resolve().then(() => {
      if (!this.#connected || this.#app) return;
      // Getters: the widget reads the current values, and follows their changes.
      const props = Object.defineProperties(
        { host: this, attributes: {}, events: undefined },
        {
          attributes: { get: () => this.#attributes },
          events: { get: () => this.#events },
        },
      );
      this.#app = mount(Element, { target: this.shadowRoot!, props });
    });
  }

  disconnectedCallback() {
    this.#connected = false;
    void Promise.resolve().then(() => {
      if (this.#connected || !this.#app) return;
      void unmount(this.#app);
      this.#app = undefined;
    });
  }
}

// A page that loads the file twice (two sites' widgets) keeps the first definition.
if (!customElements.get('chronik-timeline')) {
  customElements.define('chronik-timeline', ChronikTimeline);
}
