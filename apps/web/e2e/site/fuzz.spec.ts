// Seeded fuzzing in the browser (issue 11): hundreds of random and crafted explorer addresses,
// and hundreds of random sequences of attribute changes on the widget. Every input is drawn
// from one seeded generator, so a run is reproducible (FUZZ_SEED=… picks another run; a
// failure names its seed and the step). After each input: no uncaught error, no console
// error, nothing run from the input (script payloads call `__fuzzXss`), the page settles
// (hydrated explorer, widget out of "loading"), and what it shows is what the view grammar
// says it should (the count of the events found, the notices), computed here from the export.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { WIDGET_ATTRIBUTES, parseWidgetOptions, type WidgetAttributes } from '@chronik/embed';
import {
  VIEW_PARAM_NAMES,
  createEventSearch,
  parseViewState,
  selectEvents,
  toKnownIds,
  type ChronikEvent,
} from '@chronik/events';
import { countText } from '../explorer';
import { expect, startHost, test } from '../fixtures';

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_111);
/** Explorer and page addresses per run. */
const URL_COUNT = 250;
/** Attribute sequences per run. */
const SEQUENCE_COUNT = 250;

// The truth the pages are checked against: the built export, read as the grammar reads it.
const exported = JSON.parse(readFileSync('build/data/events.json', 'utf8')) as {
  categories: { id: string }[];
  actors: { id: string; name: { de: string; en: string } }[];
  jurisdictions: { id: string }[];
  threads: { id: string }[];
  events: ChronikEvent[];
};
const known = toKnownIds(exported);
const search = createEventSearch({ events: exported.events, actors: exported.actors });
const TOTAL = exported.events.length;
const eventIds = exported.events.map((event) => event.id);
const securityIds = exported.events
  .filter((event) => event.categories.includes('security'))
  .map((event) => event.id);

/** A small seeded generator (mulberry32): the same seed, the same inputs. */
function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return {
    int,
    chance: (p: number) => next() < p,
    pick: <T>(list: readonly T[]): T => list[int(list.length)]!,
  };
}
type Random = ReturnType<typeof createRandom>;

/** Script payloads: each calls `__fuzzXss` if anything ever runs it. */
const PAYLOADS = [
  '<script>__fuzzXss(1)</script>',
  '<img src=x onerror=__fuzzXss(2)>',
  '"><svg onload=__fuzzXss(3)>',
  "'><iframe srcdoc='<script>parent.__fuzzXss(4)</script>'>",
  'javascript:__fuzzXss(5)',
  ' JavaScript:__fuzzXss(6)',
  'java\tscript:__fuzzXss(7)',
  'data:text/html,<script>__fuzzXss(8)</script>',
  '${__fuzzXss(9)}',
  '{{constructor.constructor("__fuzzXss(10)")()}}',
  '</textarea><script>__fuzzXss(11)</script>',
  '<a href="javascript:__fuzzXss(12)">x</a>',
  '&lt;script&gt;__fuzzXss(13)&lt;/script&gt;',
  '<math><mtext><table><mglyph><style><img src=x onerror=__fuzzXss(14)>',
];

/** Text that breaks naive handling: controls, bidi, surrogates, emoji, numbers, names. */
const CRAFTED = [
  ...PAYLOADS,
  ...['', ' ', '\t\n', '\u0000', '\u0007', '\u007f', '\u00a0', '\u2028', '\u200b', '\ufeff'],
  ...['\u202eevil', '\ud800', '\udfff', 'a\ud83db', '🇪🇺👍🏽', 'e\u0301', '𝔘𝔫𝔦', 'İ', 'ß', '中文'],
  ...['http://[', 'http://[::1', 'https://', '//', '%', '%00', '%E0%A4%A', '..', '../', '...'],
  ...['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'null', 'undefined', 'NaN'],
  ...['-1', '0', '1e3', '0x1F4', 'Infinity', '4000.0001', '199', '200px', ' 480px ', '1.5'],
  ...[',', ',,,', ';', '&', '=', '+', '#', '?', '\\', "'", '"', '`', '<', '>'],
];

const DATES = [
  '2024',
  '2024-06',
  '2024-06-15',
  '2023-02-28',
  '2020',
  '2030',
  '1990-01',
  '2024-02-30',
  '2023-02-29',
  '2024-13',
  '2024-00',
  '0000',
  '9999-12-31',
  '+002024',
  '2024-1',
  '2024-W01',
  'banana',
  '24',
  '2024/06/15',
  '2024-06-15T00:00',
];

/** Words the events contain (so searches find something), and others. */
const WORDS = [
  ...new Set(
    exported.events
      .flatMap((event) => `${event.title.de} ${event.title.en}`.split(/[\s,.:;()"„“]+/))
      .filter((word) => word.length > 2),
  ),
].slice(0, 200);

function randomText(random: Random, max = 24): string {
  const ranges: [number, number][] = [
    [0x20, 0x7e],
    [0x00, 0x1f],
    [0xa0, 0x17f],
    [0x300, 0x36f],
    [0x590, 0x6ff],
    [0x200b, 0x202e],
    [0x4e00, 0x4eff],
    [0xd800, 0xdfff],
    [0x1f1e6, 0x1f1ff],
    [0x1f300, 0x1f6ff],
  ];
  let text = '';
  for (let i = random.int(max + 1); i > 0; i--) {
    const [low, high] = random.pick(ranges);
    const point = low + random.int(high - low + 1);
    text +=
      point >= 0xd800 && point <= 0xdfff ? String.fromCharCode(point) : String.fromCodePoint(point);
  }
  return text;
}

function anyText(random: Random): string {
  const roll = random.int(10);
  if (roll < 4) return random.pick(CRAFTED);
  if (roll < 7) return randomText(random);
  if (roll < 8) return random.pick(CRAFTED) + randomText(random, 6) + random.pick(CRAFTED);
  if (roll < 9) return random.pick(WORDS);
  return random.pick(['x'.repeat(501), 'y'.repeat(2_000), '🇪🇺'.repeat(150), 'q,'.repeat(300)]);
}

function idList(random: Random, ids: readonly string[]): string {
  const parts: string[] = [];
  for (let i = 1 + random.int(4); i > 0; i--) {
    const roll = random.int(10);
    parts.push(roll < 6 ? random.pick(ids) : roll < 8 ? anyText(random) : ` ${random.pick(ids)} `);
  }
  return parts.join(random.chance(0.9) ? ',' : random.pick([', ', ',,', ';']));
}

function day(random: Random): string {
  const year = 1995 + random.int(40);
  const month = 1 + random.int(12);
  const date = 1 + random.int(31);
  return `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}

/** A value for a parameter or attribute of the grammar (current or older name), or any other. */
function valueFor(random: Random, name: string): string {
  if (random.chance(0.2)) return anyText(random);
  switch (name) {
    case 'categories':
    case 'category':
      return idList(random, [...known.categories]);
    case 'actors':
    case 'actor':
      return idList(random, [...known.actors]);
    case 'jurisdictions':
    case 'jurisdiction':
      return idList(random, [...known.jurisdictions]);
    case 'storylines':
    case 'thread':
    case 'threads':
      return idList(random, [...known.storylines]);
    case 'match':
      return random.pick(['any', 'all', 'ALL', 'none']);
    case 'from':
    case 'to':
      return random.chance(0.5) ? random.pick(DATES) : day(random);
    case 'q':
      return Array.from({ length: 1 + random.int(3) }, () => random.pick(WORDS)).join(' ');
    case 'verified':
      return random.pick(['1', 'true', '0', 'false', 'yes', '']);
    case 'event':
      return random.chance(0.7) ? random.pick(eventIds) : `${random.pick(eventIds)}x`;
    case 'window':
      return random.chance(0.6)
        ? `${day(random)}..${day(random)}`
        : random.pick(['2024-01-01..2024-01-01', '2024..2025', '..', '2024-01-01..', 'a..b..c']);
    case 'lanes':
      return random.pick(['category', 'single', 'lanes']);
    case 'view':
      return random.pick(['both', 'timeline', 'list', 'grid']);
    case 'lang':
      return random.pick(['de', 'en', 'en-GB', 'DE', 'fr', '']);
    case 'theme':
      return random.pick(['light', 'dark', 'auto', 'Dark', 'sepia']);
    case 'height':
      return random.pick(['200', '480', '480px', '4000', '199', '4001', '-1', 'tall']);
    default:
      return anyText(random);
  }
}

/** Query strings with broken encodings, repeats and odd separators, as they arrive in logs. */
const RAW_QUERIES = [
  '%',
  '%%',
  '%E0%A4%A',
  'q=%ZZ',
  'q=%00',
  'q=%C0%AF',
  'q=%ED%A0%80',
  'q=%F0%9F%87%AA',
  '&&&',
  '=',
  '==x',
  'q',
  'q=a+b',
  'q=%2B%26%3D',
  'categories=security&categories=legal',
  'category=security%2Clegal',
  'from=2024&from=banana',
  'view=list&view=timeline',
  'q=%3Cscript%3E__fuzzXss(20)%3C%2Fscript%3E',
  'event=..%2F..%2Fetc%2Fpasswd',
  `q=${'%'.repeat(40)}`,
  'window=2024-01-01..2024-01-01',
  'page=2&sel=x&utm_source=news',
  'Q=cloud&CATEGORIES=security',
];

const QUERY_NAMES = [
  ...VIEW_PARAM_NAMES,
  ...VIEW_PARAM_NAMES,
  'page',
  'sel',
  'lang',
  'theme',
  'src',
  'Q',
  'CATEGORIES',
  '__proto__',
  'constructor',
  '',
  'q[]',
  'utm_source',
];

function randomQuery(random: Random): string {
  const pairs: [string, string][] = [];
  for (let i = random.int(6); i > 0; i--) {
    const name = random.chance(0.9) ? random.pick(QUERY_NAMES) : anyText(random);
    pairs.push([name, valueFor(random, name)]);
  }
  const query = new URLSearchParams(pairs).toString();
  if (!random.chance(0.15)) return query;
  return [query, random.pick(RAW_QUERIES)].filter(Boolean).join('&');
}

type Target =
  | { kind: 'explorer'; lang: 'de' | 'en'; url: string }
  | { kind: 'event'; lang: 'de' | 'en'; url: string; id: string }
  | { kind: 'other'; url: string }
  | { kind: 'frame'; url: string };

function randomTarget(random: Random): Target {
  const lang = random.pick(['de', 'en'] as const);
  const query = randomQuery(random);
  const tail = query ? `?${query}` : '';
  const roll = random.int(20);
  if (roll < 14) return { kind: 'explorer', lang, url: `/${lang}/${tail}` };
  if (roll < 16) {
    const id = random.pick(eventIds);
    return { kind: 'event', lang, id, url: `/${lang}/events/${id}/${tail}` };
  }
  if (roll < 18) return { kind: 'frame', url: `/embed/${tail}` };
  // A path segment of any text ("." and ".." would leave the folder: not a page of their own).
  // Half a surrogate pair has no UTF-8 form: a browser writes it as U+FFFD, so does this.
  const text = anyText(random)
    .slice(0, 40)
    .replace(/\p{Cs}/gu, '\ufffd');
  const segment = encodeURIComponent(text).replace(/^\.*$/, 'x');
  return {
    kind: 'other',
    url: random.pick([
      `/${lang}/events/${segment}/`,
      `/${lang}/${segment}/`,
      `/${lang}/embed/${tail}`,
      `/${lang}/data/${tail}`,
    ]),
  };
}

/** Page errors and console errors (a 404's own line aside), as lines, taken since the last look. */
function trackErrors(page: Page) {
  const found: string[] = [];
  page.on('pageerror', (error) => found.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/404/.test(message.text())) {
      found.push(`console error: ${message.text()}`);
    }
  });
  page.on('dialog', (dialog) => {
    found.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return { take: () => found.splice(0) };
}

/** Records calls of the payloads' marker and policy violations, from before any script. */
async function recordInjections(context: BrowserContext) {
  await context.addInitScript(() => {
    const record = window as unknown as { __fuzzRan: unknown[]; __violations: string[] };
    record.__fuzzRan = [];
    record.__violations = [];
    (window as unknown as { __fuzzXss: (n: unknown) => void }).__fuzzXss = (n) =>
      record.__fuzzRan.push(n);
    document.addEventListener(
      'securitypolicyviolation',
      (event) => record.__violations.push(`${event.effectiveDirective}: ${event.sample}`),
      true,
    );
  });
}

/**
 * What the inputs got into the page: payloads that ran, policy violations, and links a click
 * would run script from (every link, in the page and in the widgets' shadow roots, must lead
 * to an http(s) or mailto address).
 */
const injections = (page: Page) =>
  page.evaluate(() => {
    const record = window as unknown as { __fuzzRan?: unknown[]; __violations?: string[] };
    const links: string[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        if (element instanceof HTMLAnchorElement && element.hasAttribute('href')) {
          if (!/^(https?|mailto):$/.test(element.protocol)) links.push(`link to ${element.href}`);
        }
        if (element.shadowRoot) walk(element.shadowRoot);
      }
    };
    walk(document);
    const found = [
      ...(record.__fuzzRan ?? []).map((n) => `payload ${String(n)} ran`),
      ...(record.__violations ?? []),
      ...links,
    ];
    record.__fuzzRan = [];
    record.__violations = [];
    return found;
  });

/** What a page must show: a count, so many notices, the open event's title, where. */
interface Shows {
  selector?: string;
  count: string;
  notices: number;
  title: string | undefined;
}

/** Whether `check` comes to hold in the page within `timeout`, looked at every frame. */
function holds(page: Page, check: (arg: Shows) => boolean, arg: Shows, timeout = 10_000) {
  return page.waitForFunction(check, arg, { timeout, polling: 'raf' }).then(
    () => true,
    () => false,
  );
}

type Outcome = 'rendered' | 'alert' | 'render-failure' | 'stuck';

/**
 * Waits until a widget has settled: its events counted (not busy), or a message in place of
 * them; "stuck" if it is still loading after `timeout`. Waits a task and a frame first, so
 * that attribute changes just made have reached the page.
 */
async function settle(page: Page, selector: string, timeout = 10_000): Promise<Outcome> {
  await page.evaluate(
    () => new Promise((done) => setTimeout(() => requestAnimationFrame(done), 0)),
  );
  return page
    .waitForFunction(
      (selector) => {
        const root = document.querySelector(selector)?.shadowRoot;
        if (!root) return false;
        if (root.querySelector('.render-failure')) return 'render-failure';
        const section = root.querySelector('.chronik-widget');
        if (!section) return false;
        if (section.querySelector('.message[role="alert"]')) return 'alert';
        const count = section.querySelector('.count');
        return count?.getAttribute('aria-busy') === 'false' ? 'rendered' : false;
      },
      selector,
      { timeout, polling: 'raf' },
    )
    .then((handle) => handle.jsonValue() as Promise<Outcome>)
    .catch(() => 'stuck' as const);
}

/** The widget's count of events, as it writes it. */
const widgetCount = (lang: 'de' | 'en', n: number) =>
  `${n} ${{ de: ['Ereignis', 'Ereignisse'], en: ['event', 'events'] }[lang][n === 1 ? 0 : 1]}`;

/**
 * What a widget that shows the site's own data must show for these attributes: the count of
 * the events the grammar selects and one notice per value it left out, read at `base`.
 */
async function expectWidgetShows(
  page: Page,
  selector: string,
  attributes: WidgetAttributes,
  base: string,
  label: string,
) {
  const options = parseWidgetOptions(attributes, known, base);
  const shown = selectEvents(exported.events, { state: options.state, search });
  const expected = {
    selector,
    count: widgetCount(options.display.lang, shown.length),
    notices: options.notices.length,
    title: shown.find((event) => event.id === options.state.event)?.title[options.display.lang],
  };
  const shows = await holds(
    page,
    ({ selector, count, notices, title }) => {
      const root = document.querySelector(selector!)?.shadowRoot;
      return (
        root?.querySelector('.count')?.textContent === count &&
        root.querySelectorAll('.notices li').length === notices &&
        (title === undefined || root.querySelector('.card h2')?.textContent === title)
      );
    },
    expected,
    5_000,
  );
  if (shows) return;
  // The same as assertions, which say what differs.
  const widget = page.locator(selector);
  await expect(widget.locator('.count'), `${label}: count`).toHaveText(expected.count, {
    timeout: 1,
  });
  await expect(widget.locator('.notices li'), `${label}: notices`).toHaveCount(expected.notices, {
    timeout: 1,
  });
  if (expected.title !== undefined) {
    await expect(widget.locator('.card h2'), `${label}: card`).toHaveText(expected.title, {
      timeout: 1,
    });
  }
}

test(`the explorer and the site's pages take ${URL_COUNT} seeded random and crafted addresses (seed ${SEED})`, async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(240_000);
  await recordInjections(context);
  const random = createRandom(SEED);
  const errors = trackErrors(page);
  const tally = { load: 0, client: 0, routed: 0, notices: 0 };
  const kinds = { explorer: 0, event: 0, frame: 0, other: 0 };
  let onApp = false;
  for (let i = 0; i < URL_COUNT; i++) {
    const target = randomTarget(random);
    // Most addresses are followed in the page, as a reader's click is (the explorer reads
    // the address anew); some are loaded afresh (it hydrates with them); the iframe page has
    // no client router.
    const client = onApp && target.kind !== 'frame' && !random.chance(0.1);
    const label = `seed ${SEED}, address ${i} (${client ? 'followed' : 'loaded'}): ${target.url}`;
    if (client) {
      const href = await page.evaluate((url) => {
        // Still there afterwards if the router took the click (the document stayed).
        (window as unknown as { __fuzzStayed: boolean }).__fuzzStayed = true;
        const link = document.createElement('a');
        link.href = url;
        document.body.append(link);
        link.click();
        link.remove();
        return link.href;
      }, target.url);
      await page.waitForURL((url) => url.href === new URL(href).href, { timeout: 10_000 });
      tally.client++;
    } else {
      await page.goto(target.url);
      tally.load++;
    }
    kinds[target.kind]++;

    if (target.kind === 'explorer') {
      // Hydrated (the filters show only then), the events the address selects counted, and
      // one notice for each value it could not use.
      const { state, notices } = parseViewState(new URL(page.url()).searchParams, { known });
      const count = countText(
        target.lang,
        selectEvents(exported.events, { state, search }).length,
        TOTAL,
      );
      // The event it names, open in the panel (none without one).
      const title = exported.events.find((event) => event.id === state.event)?.title[target.lang];
      const shows = await holds(
        page,
        ({ count, notices, title }) => {
          const status = document.querySelector('.filters:not([hidden]) p[role="status"]');
          const opened = document.getElementById('detail-title')?.textContent?.trim();
          return (
            status?.getAttribute('aria-busy') === 'false' &&
            status.textContent?.trim() === count &&
            document.querySelectorAll('.notices li').length === notices &&
            opened === title
          );
        },
        { count, notices: notices.length, title },
      );
      if (!shows) {
        // The same as assertions, which say what differs.
        const status = page.locator('.filter-bar p[role="status"]');
        await expect(page.locator('.filter-bar'), label).toBeVisible({ timeout: 1 });
        await expect(status, label).toHaveAttribute('aria-busy', 'false', { timeout: 1 });
        await expect(status, label).toHaveText(count, { timeout: 1 });
        await expect(page.locator('.notices li'), label).toHaveCount(notices.length, {
          timeout: 1,
        });
        const opened = page.locator('#detail-title');
        if (title === undefined) await expect(opened, label).toHaveCount(0, { timeout: 1 });
        else await expect(opened, label).toHaveText(title, { timeout: 1 });
      }
      if (notices.length > 0) tally.notices++;
    } else if (target.kind === 'event') {
      await expect(page.locator('main h1'), label).toHaveText(
        exported.events.find((event) => event.id === target.id)!.title[target.lang],
      );
    } else if (target.kind === 'frame') {
      // The iframe page: its script gives the widget the query's options (not src or site).
      const outcome = await settle(page, 'chronik-timeline');
      expect(outcome, label).toBe('rendered');
      const params = new URL(page.url()).searchParams;
      const attributes = Object.fromEntries(
        WIDGET_ATTRIBUTES.filter((name) => name !== 'src' && name !== 'site').map((name) => [
          name,
          params.get(name),
        ]),
      );
      await expectWidgetShows(page, 'chronik-timeline', attributes, page.url(), label);
    } else {
      await expect(page.locator('main h1').first(), label).toBeVisible();
    }
    expect(errors.take(), label).toEqual([]);
    expect(await injections(page), label).toEqual([]);
    if (client && (await page.evaluate(() => '__fuzzStayed' in window))) tally.routed++;
    onApp = target.kind !== 'frame';
  }
  const summary = `${URL_COUNT} addresses (seed ${SEED}): ${kinds.explorer} explorer, ${kinds.event} event pages, ${kinds.frame} iframe pages, ${kinds.other} other pages; ${tally.load} loaded, ${tally.client} followed by a click (${tally.routed} by the client router, the document kept); ${tally.notices} with notices`;
  test.info().annotations.push({ type: 'fuzz', description: summary });
  console.log(summary);
  expect(baseURL).toBeTruthy();
});

/**
 * One change made to the widget: an attribute set or removed, its `events` property, or the
 * element taken out of the page and put back (it mounts again).
 */
type Step =
  | { set: string; value: string; wait: number }
  | { remove: string; wait: number }
  | { move: 'append' | 'detach'; wait: number }
  | { events: 'undefined' | 'null' | 'object' | 'empty' | 'text' | 'three'; wait: number };

/** The sources a widget may be pointed at: the site's files, broken ones, refused ones. */
function sources(site: string): string[] {
  return [
    `${site}/data/event-list.json`,
    `${site}/data/events.json`,
    `${site}/data/nope.json`,
    '/missing.json',
    '/not-json.json',
    '/wrong.json',
    'http://[',
    '//[',
    'javascript:__fuzzXss(30)',
    'data:application/json,[]',
    '',
    '   ',
  ];
}

function randomSteps(random: Random, site: string): Step[] {
  return Array.from({ length: 1 + random.int(6) }, (): Step => {
    const wait = random.pick([0, 0, 0, 1, 5, 20, 60]);
    const roll = random.int(20);
    if (roll < 1) return { move: random.pick(['append', 'detach'] as const), wait };
    if (roll < 3) {
      return {
        events: random.pick(['undefined', 'undefined', 'null', 'object', 'empty', 'text', 'three']),
        wait,
      };
    }
    const name = random.pick(WIDGET_ATTRIBUTES);
    if (roll < 6) return { remove: name, wait };
    const value = name === 'src' ? random.pick(sources(site)) : valueFor(random, name);
    return { set: name, value, wait };
  });
}

/** Applies steps to the widget `#w`, with the given pauses between them (none: same task). */
function applySteps(page: Page, steps: Step[], three: unknown) {
  return page.evaluate(
    async ({ steps, three }) => {
      const widget = document.getElementById('w') as HTMLElement & { events: unknown };
      const given: Record<string, unknown> = {
        undefined,
        null: null,
        object: { events: 'nope' },
        empty: [],
        text: 'events',
        three,
      };
      for (const step of steps) {
        const pause = () => new Promise((done) => setTimeout(done, step.wait));
        if ('set' in step) widget.setAttribute(step.set, step.value);
        else if ('remove' in step) widget.removeAttribute(step.remove);
        else if ('move' in step) {
          if (step.move === 'detach') {
            widget.remove();
            await pause();
          }
          document.body.append(widget);
        } else widget.events = given[step.events];
        if (step.wait) await pause();
      }
    },
    { steps, three },
  );
}

/** The good views the widget must come back to, with what each shows. */
const GOOD: { attributes: Record<string, string>; ids: string[] }[] = [
  { attributes: { lang: 'en', categories: 'security', view: 'list' }, ids: securityIds },
  { attributes: { lang: 'de', view: 'both' }, ids: eventIds },
];

test(`the widget takes ${SEQUENCE_COUNT} seeded random sequences of attribute changes and comes back (seed ${SEED})`, async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const site = baseURL!;
  await recordInjections(context);
  const host = await startHost({
    site,
    // No inline styles either (see embed-host-csp.spec.ts): every state the widget reaches
    // must keep to it.
    policy: `default-src 'none'; script-src 'self' ${site}; connect-src 'self' ${site}; style-src 'self'; base-uri 'none'`,
    pages: {
      '/': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fuzz</title>
<script type="module" src="${site}/embed/chronik-timeline.js"></script></head>
<body><chronik-timeline id="w" lang="en" categories="security" view="list"></chronik-timeline></body></html>`,
      '/not-json.json': 'this is not json',
      '/wrong.json': JSON.stringify({ events: 'nope' }),
    },
  });
  try {
    const random = createRandom(SEED ^ 0x5eed);
    const errors = trackErrors(page);
    const three = exported.events.slice(0, 3);
    const page0 = `${host.origin}/`;
    await page.goto(page0);
    expect(await settle(page, '#w'), 'first render').toBe('rendered');
    const tally = { steps: 0, rendered: 0, alert: 0, checked: 0, recoveries: 0 };
    for (let s = 0; s < SEQUENCE_COUNT; s++) {
      const steps = randomSteps(random, site);
      tally.steps += steps.length;
      const label = `seed ${SEED}, sequence ${s}: ${JSON.stringify(steps).slice(0, 2_000)}`;
      await applySteps(page, steps, three);
      const outcome = await settle(page, '#w');
      expect(['rendered', 'alert'], `${label}: settled as ${outcome}`).toContain(outcome);
      tally[outcome as 'rendered' | 'alert']++;
      // With the site's own data, it shows what the grammar selects.
      const { attributes, given } = await page.evaluate((names) => {
        const widget = document.getElementById('w') as HTMLElement & { events: unknown };
        return {
          attributes: Object.fromEntries(names.map((name) => [name, widget.getAttribute(name)])),
          given: widget.events !== undefined,
        };
      }, WIDGET_ATTRIBUTES);
      const src =
        attributes.src && URL.canParse(attributes.src, page0)
          ? new URL(attributes.src, page0).href
          : attributes.src;
      if (
        !given &&
        (!src || src === `${site}/data/event-list.json` || src === `${site}/data/events.json`)
      ) {
        expect(outcome, `${label}: the site's data shows`).toBe('rendered');
        await expectWidgetShows(page, '#w', attributes, page0, label);
        tally.checked++;
      }
      expect(errors.take(), label).toEqual([]);
      expect(await injections(page), label).toEqual([]);

      // Every fifth sequence, and the last: a good view brings it back, showing what it should.
      if (s % 5 === 4 || s === SEQUENCE_COUNT - 1) {
        const good = GOOD[tally.recoveries % GOOD.length]!;
        await page.evaluate(
          ({ names, attributes }) => {
            const widget = document.getElementById('w') as HTMLElement & { events: unknown };
            widget.events = undefined;
            for (const name of names) widget.removeAttribute(name);
            for (const [name, value] of Object.entries(attributes))
              widget.setAttribute(name, value);
          },
          { names: WIDGET_ATTRIBUTES, attributes: good.attributes },
        );
        const recovered = `${label}: back to ${JSON.stringify(good.attributes)}`;
        expect(await settle(page, '#w'), recovered).toBe('rendered');
        const widget = page.locator('#w');
        await expect(widget.locator('.list li'), recovered).toHaveCount(good.ids.length);
        expect(
          await widget.locator('.list li').evaluateAll((items) => items.map((li) => li.dataset.id)),
          recovered,
        ).toEqual(good.ids);
        await expect(widget.locator('.chronik-timeline button.mark'), recovered).toHaveCount(
          good.attributes.view === 'list' ? 0 : good.ids.length,
        );
        await expect(widget.locator('.notices, [role="alert"]'), recovered).toHaveCount(0);
        await expect(widget.locator('.chronik-widget'), recovered).toHaveCSS(
          'border-top-width',
          '1px',
        );
        expect(errors.take(), recovered).toEqual([]);
        tally.recoveries++;
      }
    }
    const summary = `${SEQUENCE_COUNT} sequences, ${tally.steps} steps (seed ${SEED}): ${tally.rendered} rendered, ${tally.alert} with a message; ${tally.checked} checked against the grammar; ${tally.recoveries} recoveries`;
    test.info().annotations.push({ type: 'fuzz', description: summary });
    console.log(summary);
  } finally {
    await host.close();
  }
});

test('the fuzzing can fail: a thrown error, a console error, a payload run, a script link and a widget stuck loading are caught', async ({
  browser,
  baseURL,
}) => {
  // A context of its own: what this test provokes would (rightly) fail the guard of its own.
  const context = await browser.newContext();
  const site = baseURL!;
  const host = await startHost({
    site,
    pages: {
      '/': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fuzz</title>
<script type="module" src="${site}/embed/chronik-timeline.js"></script></head>
<body><chronik-timeline id="w" lang="en" view="list"></chronik-timeline></body></html>`,
    },
  });
  try {
    await recordInjections(context);
    const page = await context.newPage();
    const errors = trackErrors(page);
    await page.goto(`${host.origin}/`);
    expect(await settle(page, '#w')).toBe('rendered');
    await page.evaluate(() => {
      setTimeout(() => {
        throw new Error('deliberate');
      });
      console.error('deliberate console error');
      (window as unknown as { __fuzzXss: (n: number) => void }).__fuzzXss(99);
      const link = document.createElement('a');
      link.href = 'javascript:void 0';
      document.body.append(link);
    });
    const caught: string[] = [];
    await expect
      .poll(() => {
        caught.push(...errors.take());
        return caught.length;
      })
      .toBe(2);
    expect(caught.sort()).toEqual([
      expect.stringContaining('console error: deliberate console error'),
      expect.stringContaining('page error: deliberate'),
    ]);
    expect(await injections(page)).toEqual(['payload 99 ran', 'link to javascript:void 0']);
    // Data that never arrives: the widget stays "loading", which the settling check names.
    await page.route('**/data/event-list.json?stuck', () => undefined);
    await page.evaluate(
      (url) => document.getElementById('w')!.setAttribute('src', url),
      `${site}/data/event-list.json?stuck`,
    );
    expect(await settle(page, '#w', 1_500)).toBe('stuck');
  } finally {
    await context.close();
    await host.close();
  }
});
