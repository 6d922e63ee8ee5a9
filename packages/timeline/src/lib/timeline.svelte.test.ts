import { EventSchema, type Category, type ChronikEvent } from '@chronik/events';
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MESSAGES } from './messages.js';
import type { TimeWindow } from './time-scale.js';
import type { TimelineInputs } from './inputs.js';
import { TimelineState } from './timeline.svelte.js';

const CATEGORY: Category = {
  id: 'politics',
  label: { de: 'Politik', en: 'Politics' },
  description: { de: 'x', en: 'x' },
  color: '#000000',
  colorDark: '#ffffff',
  shape: 'hexagon',
};
const event = (id: string, start: string): ChronikEvent =>
  EventSchema.parse({
    id,
    date: { start, precision: 'day' },
    title: { de: id, en: id },
    summary: { de: 'x', en: 'x' },
    categories: ['politics'],
    sources: [{ url: 'https://example.org/', title: 'x', publisher: 'x', lang: 'en' }],
  });
const EVENTS = ['2020-01-10', '2020-06-01', '2021-03-15', '2022-11-30', '2023-12-20'].map(
  (day, i) => event(`e${i}`, day),
);
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const days = (window: TimeWindow) => window.map((date) => date.toISOString().slice(0, 10));

/** A timeline state with inputs the test can change, inside an effect root. */
function setup(events: readonly ChronikEvent[] = EVENTS, categories: Category[] = [CATEGORY]) {
  const inputs = $state<{ window?: TimeWindow; selected?: string }>({});
  // Raw: a deep state would hand out proxies of the events, not the events themselves.
  let shown = $state.raw<ChronikEvent[] | undefined>();
  const show = (events: ChronikEvent[]) => (shown = events);
  const reported: TimeWindow[] = [];
  const chosen: string[] = [];
  let timeline!: TimelineState;
  const props: TimelineInputs = {
    get events() {
      return shown ?? events;
    },
    categories,
    lang: 'de',
    lanes: 'category',
    extent: [d('2020-01-01'), d('2024-01-01')],
    get window() {
      return inputs.window;
    },
    onwindowchange: (window) => reported.push(window),
    get selected() {
      return inputs.selected;
    },
    onselect: (id) => chosen.push(id),
    theme: 'light',
    messages: MESSAGES.de,
    formatDate: (e) => e.date.start,
    id: 't',
  };
  const destroy = $effect.root(() => {
    timeline = new TimelineState(props);
  });
  timeline.width = 1000;
  flushSync();
  return { timeline, inputs, show, reported, chosen, destroy };
}

let cleanup: (() => void) | undefined;
beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup?.();
  vi.useRealTimers();
});

describe('TimelineState', () => {
  it('picks the marks of a filter from those it prepared, and prepares new data anew', () => {
    const { timeline, show, destroy } = setup();
    cleanup = destroy;
    const marks = () => timeline.laneMarks.flatMap((lane) => lane.marks);
    const all = marks();
    expect(all.map((m) => m.event.id)).toEqual(['e0', 'e1', 'e2', 'e3', 'e4']);
    // A selection of the same events: the very marks prepared before.
    show([EVENTS[1]!, EVENTS[3]!]);
    flushSync();
    expect(marks()).toEqual([all[1], all[3]]);
    expect(marks()[0]).toBe(all[1]);
    expect(timeline.layout.marks.map((m) => m.event.id)).toEqual(['e1', 'e3']);
    // New objects (new data): prepared anew, from them.
    const renamed = EVENTS.map((e) => ({ ...e, title: { de: `${e.id}!`, en: e.id } }));
    show(renamed);
    flushSync();
    expect(marks().map((m) => m.label)).toEqual(['e0!', 'e1!', 'e2!', 'e3!', 'e4!']);
    expect(marks()[0]).not.toBe(all[0]);
  });

  it('zooms within its limits', () => {
    const { timeline, destroy } = setup();
    cleanup = destroy;
    expect(timeline.transform.k).toBe(1);
    timeline.zoomBy(0.5);
    expect(timeline.transform.k).toBe(1);
    timeline.zoomBy(1e6);
    expect(timeline.transform.k).toBe(timeline.maxScale);
    timeline.panBy(1e9);
    expect(timeline.transform.x).toBe(0);
    timeline.reset();
    expect([timeline.transform.k, timeline.transform.x]).toEqual([1, 0]);
  });

  it('reports the whole days in view once the reader stops, and ignores their echo', () => {
    const { timeline, inputs, reported, destroy } = setup();
    cleanup = destroy;
    timeline.zoomBy(4, 500);
    timeline.panBy(-30);
    expect(reported).toEqual([]);
    vi.advanceTimersByTime(250);
    expect(reported).toHaveLength(1);
    const [window] = reported;
    expect(window!.every((date) => date.getTime() % 86_400_000 === 0)).toBe(true);
    const before = timeline.transform;
    // The parent writes the window to its URL and hands it back: nothing moves.
    inputs.window = window;
    flushSync();
    expect(timeline.transform).toBe(before);
    expect(reported).toHaveLength(1);
  });

  it('moves to a window asked for anew, and not again for the same window', () => {
    const { timeline, inputs, reported, destroy } = setup();
    cleanup = destroy;
    inputs.window = [d('2021-01-01'), d('2022-01-01')];
    flushSync();
    expect(days(timeline.visibleWindow)).toEqual(['2021-01-01', '2022-01-01']);
    timeline.panBy(-100);
    const panned = days(timeline.visibleWindow);
    // The same window again (e.g. another parameter of the URL changed): the reader's pan stays.
    inputs.window = [d('2021-01-01'), d('2022-01-01')];
    flushSync();
    expect(days(timeline.visibleWindow)).toEqual(panned);
    // A window asked for while nothing was reported moves there, and is not reported back.
    vi.advanceTimersByTime(250);
    inputs.window = [d('2020-03-01'), d('2020-09-01')];
    flushSync();
    expect(days(timeline.visibleWindow)).toEqual(['2020-03-01', '2020-09-01']);
    vi.advanceTimersByTime(1000);
    expect(reported).toHaveLength(1);
  });

  it('keeps the elements’ layout during a gesture, moved by the drift, until it pauses', () => {
    const { timeline, destroy } = setup();
    cleanup = destroy;
    const before = timeline.placed;
    const x = before.layout.marks.find((m) => m.event.id === 'e2')!.cx;
    timeline.gesture(() => timeline.zoomBy(2, 500));
    timeline.gesture(() => timeline.panBy(-40));
    flushSync();
    expect(timeline.moving).toBe(true);
    expect(timeline.placed).toBe(before);
    // The drift puts the old position where this frame's layout has the mark: 2·x − 500 − 40.
    const { a, b } = timeline.drift;
    expect([a, b]).toEqual([2, -540]);
    const now = timeline.layout.marks.find((m) => m.event.id === 'e2')!.cx;
    expect(a * x + b).toBeCloseTo(now, 9);
    // 150 ms after the last step the elements follow.
    vi.advanceTimersByTime(149);
    flushSync();
    expect(timeline.placed).toBe(before);
    vi.advanceTimersByTime(1);
    flushSync();
    expect(timeline.moving).toBe(false);
    expect(timeline.placed.layout).toBe(timeline.layout);
    expect(timeline.drift).toEqual({ a: 1, b: 0 });
  });

  it('lays the elements out at once for a change that is not a gesture (keys, buttons)', () => {
    const { timeline, destroy } = setup();
    cleanup = destroy;
    timeline.gesture(() => timeline.panBy(-40));
    timeline.gesture(() => timeline.zoomBy(2));
    flushSync();
    expect(timeline.moving).toBe(true);
    timeline.handleKey({ key: '+', shiftKey: false });
    flushSync();
    expect(timeline.moving).toBe(false);
    expect(timeline.placed.layout).toBe(timeline.layout);
  });

  it('keeps the same period in view when the width changes', () => {
    const { timeline, destroy } = setup();
    cleanup = destroy;
    timeline.zoomBy(3, 200);
    const before = timeline.visibleWindow.map((date) => date.getTime());
    timeline.width = 600;
    flushSync();
    expect(timeline.visibleWindow.map((date) => date.getTime())).toEqual(before);
  });

  it('steps through all events, also those out of view', () => {
    const { timeline, destroy } = setup();
    cleanup = destroy;
    timeline.zoomBy(16, 0);
    expect(timeline.layout.marks.map((m) => m.event.id)).not.toContain('e4');
    timeline.focusedId = 'e3';
    expect(timeline.step(1)).toBe('e4');
    expect(timeline.step(-1)).toBe('e2');
    timeline.focusedId = 'e4';
    expect(timeline.step(1)).toBe('e4');
  });

  it('carries out keys: zoom, pan, reset; other keys are not its own', () => {
    const { timeline, destroy } = setup();
    cleanup = destroy;
    expect(timeline.handleKey({ key: '+', shiftKey: false })).toBe(true);
    expect(timeline.transform.k).toBe(2);
    expect(timeline.handleKey({ key: 'ArrowRight', shiftKey: true })).toBe(true);
    expect(timeline.transform.x).toBe(-750);
    expect(timeline.handleKey({ key: '0', shiftKey: false })).toBe(true);
    expect(timeline.transform.k).toBe(1);
    expect(timeline.handleKey({ key: 'Enter', shiftKey: false })).toBe(false);
  });

  it('puts the earliest event in view in the tab order, across lanes and after a filter', () => {
    // Two lanes in registry order: "politics" (x1, x3) above "law" (x0, x2), so the marks
    // come x1, x3, x0, x2 and the earliest is not the first.
    const law: Category = { ...CATEGORY, id: 'law', shape: 'circle' };
    const dated = (id: string, start: string, category: string) =>
      EventSchema.parse({ ...event(id, start), categories: [category] });
    const events = [
      dated('x0', '2021-01-10', 'law'),
      dated('x1', '2021-02-10', 'politics'),
      dated('x2', '2022-05-10', 'law'),
      dated('x3', '2022-06-10', 'politics'),
    ];
    const { timeline, inputs, show, destroy } = setup(events, [CATEGORY, law]);
    cleanup = destroy;
    expect(timeline.layout.marks.map((m) => m.event.id)).toEqual(['x1', 'x3', 'x0', 'x2']);
    expect(timeline.targets.tabStop).toBe('x0');
    inputs.window = [d('2022-01-01'), d('2024-01-01')];
    flushSync();
    expect(timeline.targets.tabStop).toBe('x2');
    // A filter: the marks are picked from those prepared for all four.
    show([events[1]!, events[3]!]);
    inputs.window = undefined;
    flushSync();
    expect(timeline.targets.tabStop).toBe('x1');
  });

  it('keeps the selected event in the page and in the tab order', () => {
    const { timeline, inputs, destroy } = setup();
    cleanup = destroy;
    timeline.zoomBy(16, 0);
    inputs.selected = 'e4';
    flushSync();
    expect(timeline.layout.marks.map((m) => m.event.id)).toContain('e4');
    expect(timeline.targets.tabStop).toBe('e4');
    expect(timeline.nameOf(EVENTS[4]!)).toBe('2023-12-20: e4. Politik');
  });

  it('makes every mark a button while few are drawn, then only labelled and kept ones', () => {
    const few = setup();
    expect(few.timeline.targets.buttons.map((m) => m.event.id)).toEqual([
      'e0',
      'e1',
      'e2',
      'e3',
      'e4',
    ]);
    few.destroy();
    // 150 events, a day apart from 1 January 2020 to 29 May 2020: drawn one by one (at most
    // one per five pixels of 1,000), but not all labelled.
    const many = Array.from({ length: 150 }, (_, i) =>
      event(
        `m${String(i).padStart(3, '0')}`,
        new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10),
      ),
    );
    const { timeline, inputs, chosen, destroy } = setup(many);
    cleanup = destroy;
    expect(timeline.layout.bins).toEqual([]);
    expect(timeline.layout.marks).toHaveLength(150);
    const targets = timeline.targets.buttons.map((m) => m.event.id);
    const labelled = timeline.layout.marks
      .filter((m) => m.row !== undefined)
      .map((m) => m.event.id);
    expect(targets).toEqual(labelled);
    expect(targets).toContain(timeline.targets.tabStop);
    expect(targets.length).toBeLessThan(64);
    // An unlabelled mark becomes a button when selected; a click on the canvas reaches it.
    const unlabelled = timeline.layout.marks.find((m) => m.row === undefined)!;
    expect(timeline.targets.markAt(unlabelled.cx, timeline.geometry.baseline('politics') - 3)).toBe(
      unlabelled,
    );
    expect(timeline.targets.selectAt(unlabelled.cx, timeline.geometry.baseline('politics'))).toBe(
      true,
    );
    expect(chosen).toEqual([unlabelled.event.id]);
    inputs.selected = unlabelled.event.id;
    flushSync();
    expect(timeline.targets.buttons.map((m) => m.event.id)).toContain(unlabelled.event.id);
    // Between the lanes' symbols and their labels there is nothing to hit.
    expect(
      timeline.targets.selectAt(unlabelled.cx, timeline.geometry.baseline('politics') + 20),
    ).toBe(false);
  });

  it('keeps the focused event at its place among the buttons, the others in layout order', () => {
    const many = Array.from({ length: 150 }, (_, i) =>
      event(
        `m${String(i).padStart(3, '0')}`,
        new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10),
      ),
    );
    const { timeline, inputs, destroy } = setup(many);
    cleanup = destroy;
    const ids = () => timeline.targets.buttons.map((m) => m.event.id);
    inputs.window = [d('2020-01-01'), d('2020-05-30')];
    flushSync();
    const before = ids();
    expect(before.length).toBeGreaterThan(12);
    const focused = before[10]!;
    // Focus makes its label go first, which may change the others; it stays at 10.
    timeline.focusedId = focused;
    flushSync();
    expect(ids()[10]).toBe(focused);
    // A window from the sixth button's day on: the events before it leave, so the focused
    // event's place in layout order moves up; it stays at 10, swapped with the one there.
    const sixth = many.find((e) => e.id === before[5])!;
    inputs.window = [d(sixth.date.start), d('2020-05-30')];
    flushSync();
    const after = ids();
    const shown = new Set(after);
    const natural = timeline.placed.layout.marks
      .filter((m) => m.primary && shown.has(m.event.id))
      .map((m) => m.event.id);
    const j = natural.indexOf(focused);
    expect(j).toBeGreaterThanOrEqual(0);
    expect(j).toBeLessThan(10);
    const swapped = [...natural];
    [swapped[10], swapped[j]] = [swapped[j]!, swapped[10]!];
    expect(after).toEqual(swapped);
    // Without focus, the layout's order again.
    timeline.focusedId = undefined;
    inputs.window = [d('2020-01-01'), d('2020-05-30')];
    flushSync();
    const plain = new Set(ids());
    expect(ids()).toEqual(
      timeline.placed.layout.marks
        .filter((m) => m.primary && plain.has(m.event.id))
        .map((m) => m.event.id),
    );
  });
});
