// Issue 11: a site built from data whose every text and URL field holds injection vectors
// (e2e/xss-vectors.ts): nothing runs in Chromium on any route, with and without JavaScript, in
// the embed, the builder's snippets or the widget on a page of another origin; every payload
// calls `__xss(n)` or `alert(n)`, so a run is caught by name, and each page is also searched
// for the markup an injection would leave (handlers, script addresses, foreign scripts and
// frames). The feeds, calendars, CSV, JSON files and JSON-LD stay well-formed, with each text
// read back exactly as written.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseHtml, parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { fromEventList } from '@chronik/events';
import { loadDataset } from '@chronik/events/node';
import { expect, startHost, test, watch } from '../fixtures';
import { serve } from '../serve.js';
import {
  ALL_VECTORS,
  MARKDOWN_FIELD_VECTORS,
  MARKDOWN_VECTORS,
  TEXT_VECTORS,
  URL_VECTORS,
  createXssDataset,
  findInjectedMarkup,
  type XssDataset,
  type XssEvent,
  type XssVector,
} from '../xss-vectors';
import { APP, buildSite, listFiles } from './build-site';

const LANGS = ['de', 'en'] as const;
type Lang = (typeof LANGS)[number];
/** Where the build links (site-address.js without SITE_URL). */
const SITE = 'http://localhost:4173';
const REPOSITORY = 'https://github.com/example/chronik';

let xss: XssDataset;
let dataDir: string;
let site: string;
let server: Awaited<ReturnType<typeof serve>>;
/** What the checks counted, for the report at the end. */
const counted = { pages: 0, pagesWithoutJs: 0, files: new Map<string, number>(), downloads: 0 };

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  xss = createXssDataset();
  dataDir = await mkdtemp(join(tmpdir(), 'chronik-xss-'));
  for (const [path, text] of Object.entries(xss.files)) {
    await mkdir(dirname(join(dataDir, path)), { recursive: true });
    await writeFile(join(dataDir, path), text);
  }
  // The corpus is what a contributor can get past `chronik validate`: the same check.
  const result = await loadDataset({ dir: dataDir, now: new Date(), displayRoot: APP });
  expect(
    result.problems.map((p) => `${p.file} ${p.path}: ${p.message}`),
    'the vectors pass validation',
  ).toEqual([]);
  site = await buildSite({
    name: 'xss',
    dataDir,
    env: { CHRONIK_REPOSITORY_URL: REPOSITORY },
  });
  server = await serve({ root: site });
});

test.afterAll(async () => {
  await server?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
  const files = [...counted.files].map(([kind, n]) => `${n} ${kind}`).join(', ');
  console.log(
    `[xss] ${ALL_VECTORS.length} vectors (${TEXT_VECTORS.length} text, ${MARKDOWN_VECTORS.length} Markdown, ${URL_VECTORS.length} URL; ${MARKDOWN_FIELD_VECTORS.length} in Markdown fields); ` +
      `${xss.events.length} events × ${xss.fieldsPerEvent} fields, ${xss.registryFields} registry and dataset fields; ` +
      `${counted.pages} page visits with JavaScript, ${counted.pagesWithoutJs} without; ${counted.downloads} downloads (citation files and view CSVs); files checked: ${files}`,
  );
});

/** What fired: marker calls, dialogs, popups and policy violations, in every frame. */
async function arm(context: BrowserContext): Promise<string[]> {
  const fired: string[] = [];
  await context.exposeBinding('__xss', ({ frame }, n: unknown) => {
    fired.push(`__xss(${String(n)}) ran in ${frame.url()}`);
  });
  await context.exposeBinding('__xssViolation', ({ frame }, text: unknown) => {
    fired.push(`policy violation in ${frame.url()}: ${String(text)}`);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __xssViolation?: (text: string) => void })
        .__xssViolation;
      report?.(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}: ${event.sample}`,
      );
    });
  });
  const attach = (page: Page) => {
    page.on('dialog', (dialog) => {
      fired.push(`${dialog.type()}(${dialog.message()}) in ${page.url()}`);
      void dialog.dismiss();
    });
    page.on('popup', (popup) => fired.push(`popup ${popup.url()} from ${page.url()}`));
  };
  context.pages().forEach(attach);
  context.on('page', attach);
  return fired;
}

/** What injection would leave in a page, its shadow roots and every frame. */
async function scan(page: Page, origins: readonly string[] = [server.origin]): Promise<string[]> {
  const found: string[] = [];
  for (const frame of page.frames()) {
    if (frame.url() === 'about:blank' && frame !== page.mainFrame()) continue;
    found.push(...(await frame.evaluate(findInjectedMarkup, [...origins])));
  }
  return found;
}

/** Moves over the page, for handlers that wait for a reader's pointer. */
async function stir(page: Page): Promise<void> {
  await page.mouse.move(640, 450);
  await page.mouse.move(5, 5);
}

/** A vector as a query value: the text vectors that fit the 200 characters of `q`. */
const vector = (i: number) => {
  const short = TEXT_VECTORS.filter((v) => v.text.length <= 120);
  return short[i % short.length]!.text;
};

/** Every view parameter set to a vector, and an unknown parameter named by one. */
function hostileQuery(offset: number): string {
  const names = ['categories', 'actors', 'jurisdictions', 'storylines', 'from', 'to', 'q'];
  const more = ['window', 'lanes', 'view', 'match', 'verified', 'event'];
  const params = new URLSearchParams();
  [...names, ...more].forEach((name, i) => params.set(name, vector(offset + i)));
  params.set(vector(offset + 20), '1');
  return params.toString();
}

/** The HTML routes of one language, with what shows that each is ready. */
function routes(lang: Lang): { path: string; ready: string; status?: number }[] {
  return [
    { path: `/${lang}/`, ready: 'main h1' },
    { path: `/${lang}/?q=${encodeURIComponent(vector(lang === 'de' ? 0 : 1))}`, ready: 'main h1' },
    { path: `/${lang}/?${hostileQuery(lang === 'de' ? 3 : 40)}`, ready: 'main h1' },
    ...xss.events.slice(0, 3).map((e) => ({ path: `/${lang}/?event=${e.id}`, ready: 'main h1' })),
    ...xss.events.map((e) => ({ path: `/${lang}/events/${e.id}/`, ready: 'main h1' })),
    { path: `/${lang}/data/`, ready: 'main h1' },
    { path: `/${lang}/changes/`, ready: 'main h1' },
    { path: `/${lang}/accessibility/`, ready: 'main h1' },
    {
      path: `/${lang}/${encodeURIComponent(vector(7))}/`,
      ready: 'main h1',
      status: 404,
    },
    {
      path: `/${lang}/events/${encodeURIComponent(vector(8))}/`,
      ready: 'main h1',
      status: 404,
    },
    {
      path: `/embed/?lang=${lang}&event=${xss.events[1]!.id}&${hostileQuery(lang === 'de' ? 60 : 80).replace(/(^|&)event=[^&]*/, '')}`,
      ready: 'chronik-timeline',
    },
    { path: `/embed/?lang=${lang}&event=${xss.events[2]!.id}`, ready: 'chronik-timeline' },
  ];
}

test('the corpus: at least 100 distinct vectors, each in every field that takes it', () => {
  const texts = ALL_VECTORS.map((v) => v.text);
  expect(new Set(texts).size, 'distinct vectors').toBe(texts.length);
  expect(texts.length).toBeGreaterThanOrEqual(100);
  const fields: [string, (event: XssEvent) => string[], readonly XssVector[]][] = [
    ['title.de', (e) => [e.title.de], TEXT_VECTORS],
    ['title.en', (e) => [e.title.en], TEXT_VECTORS],
    ['summary.de', (e) => [e.summary.de], MARKDOWN_FIELD_VECTORS],
    ['summary.en', (e) => [e.summary.en], MARKDOWN_FIELD_VECTORS],
    ['notes.de', (e) => [e.notes.de], MARKDOWN_FIELD_VECTORS],
    ['notes.en', (e) => [e.notes.en], MARKDOWN_FIELD_VECTORS],
    ['changes[].note.de', (e) => e.changes.map((c) => c.note.de), TEXT_VECTORS],
    ['changes[].note.en', (e) => e.changes.map((c) => c.note.en), TEXT_VECTORS],
    ['sources[].title', (e) => e.sources.map((s) => s.title), TEXT_VECTORS],
    ['sources[].publisher', (e) => e.sources.map((s) => s.publisher), TEXT_VECTORS],
    ['sources[].url', (e) => e.sources.map((s) => s.url), URL_VECTORS],
  ];
  for (const [field, read, vectors] of fields) {
    const written = xss.events.flatMap(read).join('\n');
    const missing = vectors.filter((v) => !written.includes(v.text)).map((v) => v.text);
    expect(missing, `vectors missing from ${field}`).toEqual([]);
  }
  // And once more in the labels, names and descriptions of the registries and the dataset.
  const registries = Object.entries(xss.files)
    .filter(([path]) => !path.startsWith('events/'))
    .map(([, text]) => JSON.stringify(JSON.parse(text)))
    .join('\n');
  const missing = TEXT_VECTORS.filter(
    (v) => !registries.includes(JSON.stringify(v.text).slice(1, -1)),
  );
  expect(
    missing.map((v) => v.text),
    'vectors missing from the registries',
  ).toEqual([]);
});

test('the detectors catch what they look for: a marker call, a dialog, a violation, markup', async ({
  browser,
}) => {
  // A context of its own: the guard of the others would fail on the violation it provokes.
  const context = await browser.newContext();
  const fired = await arm(context);
  const page = await context.newPage();
  try {
    await page.goto(`${server.origin}/de/data/`);
    await page.evaluate(() => {
      (window as unknown as { __xss: (n: number) => void }).__xss(0);
      document.body.insertAdjacentHTML(
        'beforeend',
        '<img src=x onerror="__xss(0)"><svg><a href="javascript:alert(0)"><text>x</text></a></svg>',
      );
      const script = document.createElement('script');
      script.text = '__xss(0)';
      document.body.append(script);
    });
    await page.evaluate(() => setTimeout(() => alert(0)));
    await expect.poll(() => fired.length).toBeGreaterThanOrEqual(3);
    expect(fired.join('\n')).toMatch(/__xss\(0\) ran/);
    expect(fired.join('\n')).toMatch(/alert\(0\)/);
    // The site's own policy refuses the inline handler and script, and says so; without a
    // policy, they would have called __xss themselves, after the direct call.
    const ran = fired.filter((f) => f.startsWith('__xss(0) ran')).length;
    const refused = fired.some((f) => f.startsWith('policy violation'));
    expect(refused || ran > 1, fired.join('\n')).toBe(true);
    const found = (await scan(page)).join('\n');
    for (const what of ['element <img', 'handler <img', 'address <a', 'inline script __xss(0)']) {
      expect(found).toContain(what);
    }
  } finally {
    await context.close();
  }
  // Without JavaScript, the search reads the served markup all the same.
  const still = await browser.newContext({ javaScriptEnabled: false });
  try {
    const plain = await still.newPage();
    await plain.setContent('<p><img src=x onerror="__xss(0)"></p><script>__xss(0)</script>');
    const found = (await scan(plain)).join('\n');
    for (const what of ['element <img', 'handler <img', 'inline script __xss(0)']) {
      expect(found).toContain(what);
    }
  } finally {
    await still.close();
  }
});

test('no vector runs on any page with JavaScript, and every title shows as text', async ({
  page,
  context,
}) => {
  test.setTimeout(240_000);
  const fired = await arm(context);
  const found: string[] = [];
  for (const lang of LANGS) {
    for (const route of routes(lang)) {
      const response = await page.goto(`${server.origin}${route.path}`);
      expect(response?.status(), route.path).toBe(route.status ?? 200);
      await expect(page.locator(route.ready).first(), route.path).toBeAttached();
      const event = xss.events.find((e) => route.path === `/${lang}/events/${e.id}/`);
      if (event) {
        await expect(page.locator('#event-title'), `${route.path}: the title as text`).toHaveText(
          event.title[lang],
          { useInnerText: false },
        );
        // The summary and the note are the rendered Markdown, put in as HTML.
        await expect(page.locator('main .summary > *').first()).toBeAttached();
        await expect(page.locator('main .note > p').first()).toBeAttached();
      }
      if (route.path === `/${lang}/`) {
        await expect(page.locator('.filter-bar')).toBeVisible();
        await expect(page.locator('li.card')).toHaveCount(xss.events.length);
        await expect(page.locator('li.card .summary:not(.loading) > *').first()).toBeAttached();
      }
      if (route.path.includes('?event=')) {
        const id = new URL(route.path, SITE).searchParams.get('event')!;
        await expect(page.locator('#detail-title')).toHaveText(
          xss.events.find((e) => e.id === id)!.title[lang],
        );
      }
      if (route.path.startsWith('/embed/?') && !route.path.includes('q=')) {
        const id = new URL(route.path, SITE).searchParams.get('event')!;
        await expect(page.locator('chronik-timeline .card h2')).toHaveText(
          xss.events.find((e) => e.id === id)!.title[lang],
        );
      }
      await stir(page);
      found.push(...(await scan(page)));
      counted.pages++;
    }
  }
  // The root page sends readers on to their language.
  await page.goto(`${server.origin}/`);
  await page.waitForURL(`${server.origin}/de/`);
  found.push(...(await scan(page)));
  counted.pages++;
  expect(found, 'markup an injection left').toEqual([]);
  expect(fired, 'payloads that ran').toEqual([]);
});

test('no vector runs on any page without JavaScript', async ({ browser }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const { errors } = watch(context);
  const fired = await arm(context);
  const page = await context.newPage();
  const found: string[] = [];
  try {
    for (const lang of LANGS) {
      for (const route of [
        ...routes(lang),
        ...(lang === 'de' ? [{ path: '/', ready: 'a' }] : []),
      ]) {
        const response = await page.goto(`${server.origin}${route.path}`, {
          waitUntil: 'domcontentloaded',
        });
        expect(response?.status(), route.path).toBe(route.status ?? 200);
        if (route.path === '/') {
          // The root page names the dataset in both languages.
          await expect(page.locator('a[hreflang="de"]')).toHaveText(
            `${xss.dataset.title.de} – Deutsch`,
          );
        }
        const event = xss.events.find((e) => route.path === `/${lang}/events/${e.id}/`);
        if (event) {
          await expect(page.locator('#event-title'), route.path).toHaveText(event.title[lang], {
            useInnerText: false,
          });
        }
        await stir(page);
        found.push(...(await scan(page)));
        counted.pagesWithoutJs++;
      }
    }
  } finally {
    await context.close();
  }
  expect(found, 'markup an injection left').toEqual([]);
  expect(fired, 'dialogs and popups').toEqual([]);
  expect(errors).toEqual([]);
});

/** The elements of a snippet as a browser parses it: tag and attributes, comments as `#comment`. */
function parseSnippet(html: string): [string, Record<string, string>][] {
  const elements: [string, Record<string, string>][] = [];
  const visit = (nodes: DefaultTreeAdapterTypes.ChildNode[]) => {
    for (const node of nodes) {
      if (node.nodeName === '#text') continue;
      if ('tagName' in node) {
        elements.push([node.tagName, Object.fromEntries(node.attrs.map((a) => [a.name, a.value]))]);
        visit(node.childNodes);
      } else elements.push([node.nodeName, {}]);
    }
  };
  visit(parseFragment(html).childNodes);
  return elements;
}

for (const lang of LANGS) {
  test(`the embed builder (${lang}) writes snippets that keep every vector inside its attribute`, async ({
    page,
    context,
  }) => {
    const fired = await arm(context);
    await page.goto(`${server.origin}/${lang}/embed/`);
    await page.frameLocator('.preview iframe').locator('.chronik-widget').waitFor();
    // An event of the first category, which the builder selects below.
    const chosen = xss.events.filter((e) => e.categories.includes('alpha'))[lang === 'de' ? 1 : 2]!;
    // Hostile words that find the chosen event: one of the vectors in its title.
    const q = TEXT_VECTORS.map((v) => v.text).find(
      (text) => text.length <= 120 && /\w{3}/.test(text) && chosen.title[lang].includes(text),
    )!;
    await page.getByRole('searchbox').first().fill(q);
    const choice = page.getByRole('combobox');
    await expect(choice.locator(`option[value="${chosen.id}"]`)).toHaveCount(1);
    await choice.selectOption(chosen.id);
    await page.locator('fieldset').nth(1).getByRole('checkbox').first().check();
    const snippets = page.locator('.snippet pre');
    await expect(snippets.nth(0)).toContainText(`event="${chosen.id}"`);
    await expect(snippets.nth(0)).toContainText('categories="alpha"');
    const [component, iframe] = await snippets.allTextContents();
    const parsedComponent = parseSnippet(component!);
    expect(parsedComponent).toEqual([
      ['script', { type: 'module', src: `${server.origin}/embed/chronik-timeline.js` }],
      ['chronik-timeline', { lang, categories: 'alpha', q: q.trim(), event: chosen.id }],
    ]);
    const parsedIframe = parseSnippet(iframe!);
    expect(parsedIframe.map(([tag, attributes]) => [tag, Object.keys(attributes)])).toEqual([
      ['iframe', ['src', 'title', 'loading', 'style']],
      ['script', ['src', 'defer']],
    ]);
    const [[, frame], [, script]] = parsedIframe as [
      [string, Record<string, string>],
      [string, Record<string, string>],
    ];
    expect(frame.title).toBe(`Chronik – ${xss.dataset.title[lang]}`);
    expect(frame.style).toBe('width:100%;height:600px;border:0');
    expect(script.src).toBe(`${server.origin}/embed/chronik-iframe.js`);
    // The frame's address carries the same options as the element, and nothing else.
    expect(frame.src!.startsWith(`${server.origin}/embed/?`), frame.src).toBe(true);
    expect(Object.fromEntries(new URL(frame.src!).searchParams)).toEqual(parsedComponent[1]![1]);
    // The preview shows the chosen event, found by the hostile words or not.
    await expect(page.frameLocator('.preview iframe').locator('.card h2')).toHaveText(
      chosen.title[lang],
    );
    await stir(page);
    expect(await scan(page)).toEqual([]);
    expect(fired).toEqual([]);
    counted.pages++;
  });
}

/** Escapes a value for a double-quoted attribute of a host page. */
const attribute = (value: string) =>
  value.replace(/[&"<>]/g, (c) => ({ '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' })[c]!);

test('the widget on a page of another origin shows every event as text and runs nothing', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  const fired = await arm(context);
  const siteOrigin = server.origin;
  const hostile = (offset: number) =>
    [...new URLSearchParams(hostileQuery(offset))]
      .filter(([name]) => /^[a-z]+$/.test(name) && name !== 'event')
      .map(([name, value]) => ` ${name}="${attribute(value)}"`)
      .join('');
  const article = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<script src="/host.js"></script><script type="module" src="${siteOrigin}/embed/chronik-timeline.js"></script></head>
<body><main><h1>A host article</h1>
<chronik-timeline id="w-de" lang="de"></chronik-timeline>
<chronik-timeline id="w-en" lang="en"></chronik-timeline>
<chronik-timeline id="w-list" lang="en" view="list"></chronik-timeline>
<chronik-timeline id="w-hostile" lang="de"${hostile(90)}></chronik-timeline>
<chronik-timeline id="w-site" lang="en" site="javascript:__xss(9001)" src="${siteOrigin}/data/events.json" view="list"></chronik-timeline>
<chronik-timeline id="w-src" lang="en" src="javascript:__xss(9002)"></chronik-timeline>
<iframe id="frame" title="Chronik" src="${siteOrigin}/embed/?lang=de&amp;${attribute(hostileQuery(100))}" style="width:100%;height:300px;border:0"></iframe>
</main><script src="${siteOrigin}/embed/chronik-iframe.js" defer></script></body></html>`;
  const pages = {
    '/': article,
    '/host.js': `window.__ready = 0; document.addEventListener('chronik-ready', () => window.__ready++);`,
  };
  // First on a host without a policy (an empty `_headers` replaces startHost's strict one),
  // so that anything injected would run and be caught by name; then on one with the strict
  // policy, where it would be refused and reported.
  const open = async (host: { origin: string }) => {
    await page.goto(`${host.origin}/`);
    // The widgets that can load are ready (w-src cannot: its src is not an http(s) address).
    const ready = () => (window as unknown as { __ready: number }).__ready >= 4;
    await page.waitForFunction(ready, null, { timeout: 20_000 });
  };
  const loose = await startHost({ site: siteOrigin, pages: { ...pages, '/_headers': '' } });
  try {
    await open(loose);
    await expect(page.locator('#w-list .list li')).toHaveCount(xss.events.length);
    await expect(page.locator('#w-site .list li')).toHaveCount(xss.events.length);
    for (const event of xss.events) {
      for (const lang of LANGS) {
        await page.evaluate(
          ([id, value]) => document.getElementById(id)!.setAttribute('event', value),
          [`w-${lang}`, event.id] as const,
        );
        await expect(page.locator(`#w-${lang} .card h2`)).toHaveText(event.title[lang]);
      }
    }
    await stir(page);
    expect(await scan(page, [siteOrigin, loose.origin])).toEqual([]);
    counted.pages++;
  } finally {
    await loose.close();
  }
  const strict = await startHost({ site: siteOrigin, pages });
  try {
    await open(strict);
    await page.evaluate(
      (id) => document.getElementById('w-de')!.setAttribute('event', id),
      xss.events[0]!.id,
    );
    await expect(page.locator('#w-de .card h2')).toHaveText(xss.events[0]!.title.de);
    await stir(page);
    expect(await scan(page, [siteOrigin, strict.origin])).toEqual([]);
    counted.pages++;
  } finally {
    await strict.close();
  }
  expect(fired).toEqual([]);
});

// ---- Files: feeds, calendars, CSV, JSON, JSON-LD, sitemap, oEmbed ----

const count = (kind: string, n = 1) => counted.files.set(kind, (counted.files.get(kind) ?? 0) + n);

const TAGS = new Set([
  'p',
  'strong',
  'em',
  'a',
  'ul',
  'ol',
  'li',
  'code',
  'pre',
  'blockquote',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);
const ATTRIBUTES: Record<string, string[]> = {
  a: ['href', 'title'],
  code: ['class'],
  ol: ['start'],
};

/** What in an HTML fragment (feed content, TimelineJS text, rendered Markdown) is not text. */
function findUnsafeMarkup(html: string, where: string): string[] {
  const found: string[] = [];
  const visit = (nodes: DefaultTreeAdapterTypes.ChildNode[]) => {
    for (const node of nodes) {
      if (node.nodeName === '#text') continue;
      if (!('tagName' in node)) {
        found.push(`${where}: ${node.nodeName}`);
        continue;
      }
      if (!TAGS.has(node.tagName)) found.push(`${where}: <${node.tagName}>`);
      for (const { name, value } of node.attrs) {
        if (!(ATTRIBUTES[node.tagName] ?? []).includes(name)) {
          found.push(`${where}: <${node.tagName} ${name}="${value}">`);
        }
        if (name === 'href' && !/^https?:\/\//i.test(value)) {
          found.push(`${where}: <a href="${value}">`);
        }
      }
      visit(node.childNodes);
    }
  };
  visit(parseFragment(html).childNodes);
  return found;
}

/** The text of an HTML fragment, as a browser shows it. */
function textOf(html: string): string {
  let text = '';
  const visit = (nodes: DefaultTreeAdapterTypes.ChildNode[]) => {
    for (const node of nodes) {
      if (node.nodeName === '#text') text += (node as DefaultTreeAdapterTypes.TextNode).value;
      else if ('childNodes' in node) visit(node.childNodes);
    }
  };
  visit(parseFragment(html).childNodes);
  return text;
}

/** The events a feed or calendar holds: all, a category's or a storyline's. */
function eventsOf(file: string): XssEvent[] {
  const category = /\/category\/([^/.]+)\./.exec(file)?.[1];
  const storyline = /\/storyline\/([^/.]+)\./.exec(file)?.[1];
  if (category) return xss.events.filter((e) => e.categories.includes(category));
  if (storyline) return xss.events.filter((e) => e.threads.includes(storyline));
  return xss.events;
}

const languageOf = (file: string): Lang => (/(^|\/)en(\/|\.)/.test(file) ? 'en' : 'de');

/** One Atom or sitemap document as Chromium's XML parser reads it. */
interface ReadXml {
  error: string | null;
  elements: string[];
  entries: {
    id: string;
    link: string;
    title: string;
    titleType: string | null;
    summary: string;
    content: string;
    categories: string[];
  }[];
  locs: string[];
}

function readXml(page: Page, xml: string): Promise<ReadXml> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const error = doc.getElementsByTagName('parsererror')[0]?.textContent ?? null;
    const child = (parent: Element, name: string) =>
      [...parent.children].find((c) => c.localName === name);
    return {
      error,
      elements: [...doc.getElementsByTagName('*')].map((e) => `${e.namespaceURI} ${e.localName}`),
      entries: [...doc.documentElement.children]
        .filter((e) => e.localName === 'entry')
        .map((entry) => ({
          id: child(entry, 'id')?.textContent ?? '',
          link: child(entry, 'link')?.getAttribute('href') ?? '',
          title: child(entry, 'title')?.textContent ?? '',
          titleType: child(entry, 'title')?.getAttribute('type') ?? null,
          summary: child(entry, 'summary')?.textContent ?? '',
          content: child(entry, 'content')?.textContent ?? '',
          categories: [...entry.children]
            .filter((c) => c.localName === 'category')
            .map((c) => c.getAttribute('label') ?? c.getAttribute('term') ?? ''),
        })),
      locs: [...doc.getElementsByTagName('loc')].map((l) => l.textContent ?? ''),
    };
  }, xml);
}

const ATOM = 'http://www.w3.org/2005/Atom';
const ATOM_ELEMENTS = new Set(
  [
    'feed',
    'id',
    'title',
    'updated',
    'generator',
    'author',
    'name',
    'link',
    'subtitle',
    'rights',
    'entry',
    'summary',
    'content',
    'category',
    'published',
    'contributor',
    'uri',
    'icon',
    'logo',
  ].map((name) => `${ATOM} ${name}`),
);

test('every Atom feed parses as XML as written', async ({ page }) => {
  const files = (await listFiles(site)).filter((f) => f.endsWith('.atom'));
  const errors: string[] = [];
  for (const file of files) {
    const read = await readXml(page, await readFile(join(site, file), 'utf8'));
    if (read.error) errors.push(`${file}: ${read.error}`);
  }
  expect(errors).toEqual([]);
});

test('every Atom feed and the sitemap parse as XML, with no element a vector made', async ({
  page,
}) => {
  const files = (await listFiles(site)).filter((f) => f.endsWith('.atom'));
  expect(files.length).toBeGreaterThan(4);
  const found: string[] = [];
  for (const file of files) {
    const lang = languageOf(file);
    const xml = await readFile(join(site, file), 'utf8');
    const read = await readXml(page, xml);
    expect(read.error, file).toBeNull();
    found.push(...read.elements.filter((e) => !ATOM_ELEMENTS.has(e)).map((e) => `${file}: ${e}`));
    for (const entry of read.entries) {
      found.push(...findUnsafeMarkup(entry.content, `${file} content`));
      found.push(...findUnsafeMarkup(entry.summary, `${file} summary`));
      found.push(...findUnsafeMarkup(entry.title, `${file} title`));
    }
    if (file.endsWith('changes.atom')) {
      // One entry per version and per dated change of an event.
      expect(read.entries, file).toHaveLength(1 + xss.events.length);
      for (const event of xss.events) {
        const entry = read.entries.find((e) => e.link === `${SITE}/${lang}/events/${event.id}/`);
        expect(entry && textOf(entry.title), file).toBe(
          `${event.title[lang]}: ${event.changes[0]!.note[lang]}`,
        );
      }
    } else {
      const expected = eventsOf(file);
      expect(read.entries.map((e) => e.link).sort(), file).toEqual(
        expected.map((e) => `${SITE}/${lang}/events/${e.id}/`).sort(),
      );
      for (const event of expected) {
        const entry = read.entries.find((e) => e.link === `${SITE}/${lang}/events/${event.id}/`)!;
        expect(entry.titleType, file).toBe('html');
        expect(textOf(entry.title), `${file}: title of ${event.id}`).toBe(event.title[lang]);
      }
    }
    count('Atom feeds');
  }
  const sitemap = await readXml(page, await readFile(join(site, 'sitemap.xml'), 'utf8'));
  expect(sitemap.error).toBeNull();
  expect(new Set(sitemap.elements.map((e) => e.split(' ')[1])), 'sitemap elements').toEqual(
    new Set(['urlset', 'url', 'loc', 'link']),
  );
  for (const lang of LANGS) {
    for (const event of xss.events) {
      expect(sitemap.locs).toContain(`${SITE}/${lang}/events/${event.id}/`);
    }
  }
  count('sitemap');
  expect(found).toEqual([]);
});

/** Reads a TEXT value of iCalendar (RFC 5545, 3.3.11) back. */
function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/**
 * Reads an iCalendar file strictly: CRLF line ends only, lines of at most 75 octets, each
 * unfolded line a property (`NAME;PARAM=…:value`), BEGIN and END nested, TEXT values with
 * their special characters escaped. Returns its events' properties, or throws naming the fault.
 */
function readCalendar(text: string, file: string): Map<string, string[]>[] {
  if (/\r(?!\n)|(?<!\r)\n/.test(text)) throw new Error(`${file}: a line break other than CRLF`);
  if (!text.endsWith('\r\n')) throw new Error(`${file}: does not end with CRLF`);
  const physical = text.slice(0, -2).split('\r\n');
  const lines: string[] = [];
  for (const line of physical) {
    if (Buffer.byteLength(line) > 75) throw new Error(`${file}: line over 75 octets: ${line}`);
    if (/^[ \t]/.test(line) && lines.length > 0) lines[lines.length - 1] += line.slice(1);
    else lines.push(line);
  }
  const stack: string[] = [];
  const events: Map<string, string[]>[] = [];
  let current: Map<string, string[]> | undefined;
  for (const line of lines) {
    const match =
      /^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=(?:"[^"]*"|[^";:,]*)(?:,(?:"[^"]*"|[^";:,]*))*)*):(.*)$/s.exec(
        line,
      );
    if (!match) throw new Error(`${file}: not a content line: ${line}`);
    const [, name, , value] = match as unknown as [string, string, string, string];
    // eslint-disable-next-line no-control-regex -- a control character would end the value early for some readers
    if (/[\u0000-\u0008\u000a-\u001f\u007f]/.test(value)) {
      throw new Error(`${file}: a control character in ${line}`);
    }
    if (name === 'BEGIN') {
      stack.push(value);
      if (value === 'VEVENT') current = new Map();
      continue;
    }
    if (name === 'END') {
      if (stack.pop() !== value) throw new Error(`${file}: END:${value} closes nothing`);
      if (value === 'VEVENT' && current) events.push(current);
      if (value === 'VEVENT') current = undefined;
      continue;
    }
    if (['SUMMARY', 'DESCRIPTION', 'X-WR-CALNAME', 'LOCATION'].includes(name)) {
      if (!/^(?:[^\\;,]|\\[\\;,nN])*$/.test(value)) {
        throw new Error(`${file}: an unescaped special character in ${line}`);
      }
    }
    if (current) current.set(name, [...(current.get(name) ?? []), value]);
  }
  if (stack.length > 0) throw new Error(`${file}: ${stack.join(', ')} not closed`);
  return events;
}

test('every calendar reads strictly, with as many events as it should hold and each text exact', async () => {
  const files = (await listFiles(site)).filter((f) => f.endsWith('.ics'));
  expect(files.length).toBeGreaterThan(4);
  const labels = new Map(xss.categories.map((c) => [c.id, c.label]));
  for (const file of files) {
    const lang = languageOf(file);
    const events = readCalendar(await readFile(join(site, file), 'utf8'), file);
    const expected = eventsOf(file);
    expect(events, `${file}: VEVENTs`).toHaveLength(expected.length);
    for (const event of expected) {
      const found = events.find((e) => e.get('UID')?.[0]?.startsWith(`${event.id}.${lang}@`));
      expect(found, `${file}: ${event.id}`).toBeDefined();
      expect(found!.get('SUMMARY')?.map(unescapeText), `${file}: SUMMARY of ${event.id}`).toEqual([
        event.title[lang],
      ]);
      const description = unescapeText(found!.get('DESCRIPTION')?.[0] ?? '');
      expect(description, `${file}: DESCRIPTION of ${event.id}`).toContain(event.summary[lang]);
      const categories = (found!.get('CATEGORIES')?.[0] ?? '').split(/(?<!\\),/).map(unescapeText);
      expect(categories, `${file}: CATEGORIES of ${event.id}`).toEqual(
        event.categories.map((id) => labels.get(id)![lang]),
      );
    }
    count('calendars');
  }
});

/** A cell as the CSV writes it: a formula's first character behind a `'` (csv.ts). */
const toCell = (value: string) => (/^'*[=+\-@\t\r]/.test(value) ? `'${value}` : value);

test('the CSV parses with one row per event, every formula neutralised and every text exact', async () => {
  const text = await readFile(join(site, 'data/events.csv'), 'utf8');
  const rows = parseCsv<Record<string, string>>(text, { columns: true, bom: true });
  expect(rows).toHaveLength(xss.events.length);
  const unsafe = rows.flatMap((row) =>
    Object.entries(row)
      .filter(([, cell]) => /^[=+\-@\t\r]/.test(cell))
      .map(([column, cell]) => `${row.id} ${column}: ${cell}`),
  );
  expect(unsafe, 'cells a spreadsheet would run').toEqual([]);
  let formulas = 0;
  for (const event of xss.events) {
    const row = rows.find((r) => r.id === event.id);
    expect(row, event.id).toBeDefined();
    const expected: Record<string, string> = {
      title_de: event.title.de,
      title_en: event.title.en,
      summary_de: event.summary.de,
      summary_en: event.summary.en,
      notes_de: event.notes.de,
      notes_en: event.notes.en,
      change1_de: event.changes[0]!.note.de,
      change1_en: event.changes[0]!.note.en,
    };
    event.sources.forEach((source, i) => {
      expected[`source${i + 1}_url`] = source.url;
      expected[`source${i + 1}_title`] = source.title;
      expected[`source${i + 1}_publisher`] = source.publisher;
    });
    for (const [column, value] of Object.entries(expected)) {
      expect(row![column], `${event.id} ${column}`).toBe(toCell(value));
      if (toCell(value) !== value) formulas++;
    }
  }
  // The corpus puts formulas at the start of cells, so the neutralising is really tested.
  expect(formulas).toBeGreaterThan(10);
  count('CSV');
});

/** Every cell of a CSV text a spreadsheet would run as a formula, the comment line included. */
function findFormulaCells(text: string, where: string): string[] {
  // As a spreadsheet reads the file: the "# …" line is a row like the others.
  const rows: string[][] = parseCsv(text, { bom: true, relax_column_count: true });
  return rows.flatMap((row, line) =>
    row.filter((cell) => /^[=+\-@\t\r]/.test(cell)).map((cell) => `${where}:${line + 1}: ${cell}`),
  );
}

test('the view downloads of the explorer and the widget are CSV a spreadsheet reads safely', async ({
  page,
  context,
}) => {
  const fired = await arm(context);
  const save = async (scope: ReturnType<Page['locator']>) => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      scope.getByRole('button', { name: 'CSV', exact: true }).click(),
    ]);
    counted.downloads++;
    return readFile(await download.path(), 'utf8');
  };
  const found: string[] = [];
  for (const lang of LANGS) {
    await page.goto(`${server.origin}/${lang}/?categories=alpha`);
    await expect(page.locator('.filter-bar')).toBeVisible();
    const text = await save(page.locator('.download-view'));
    found.push(...findFormulaCells(text, `explorer ${lang}`));
    const [comment, ...table] = text.split('\r\n');
    expect(comment, 'the citation line').toMatch(/^# /);
    const rows = parseCsv<Record<string, string>>(table.join('\r\n'), { columns: true });
    expect(rows.map((r) => r.id).sort()).toEqual(
      xss.events
        .filter((e) => e.categories.includes('alpha'))
        .map((e) => e.id)
        .sort(),
    );
  }
  const host = await startHost({
    site: server.origin,
    pages: {
      '/': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<script type="module" src="${server.origin}/embed/chronik-timeline.js"></script></head>
<body><chronik-timeline id="w" lang="de" categories="beta"></chronik-timeline></body></html>`,
    },
  });
  try {
    await page.goto(`${host.origin}/`);
    await expect(page.locator('#w .count')).toBeVisible();
    found.push(...findFormulaCells(await save(page.locator('#w')), 'widget'));
  } finally {
    await host.close();
  }
  expect(found, 'cells a spreadsheet would run').toEqual([]);
  expect(fired).toEqual([]);
});

test('every JSON file parses; the exports, feeds, TimelineJS and oEmbed keep each text exact', async () => {
  const files = (await listFiles(site)).filter((f) => f.endsWith('.json'));
  const found: string[] = [];
  const json = async (file: string) =>
    JSON.parse(await readFile(join(site, file), 'utf8')) as unknown;
  for (const file of files) await json(file);
  count('JSON files', files.length);

  // The export: every text as written.
  const exported = (await json('data/events.json')) as { events: XssEvent[] };
  expect(exported.events).toHaveLength(xss.events.length);
  for (const event of xss.events) {
    const written = exported.events.find((e) => e.id === event.id)!;
    expect(
      {
        title: written.title,
        summary: written.summary,
        notes: written.notes,
        sources: written.sources.map(({ url, title, publisher }) => ({ url, title, publisher })),
      },
      event.id,
    ).toEqual({
      title: event.title,
      summary: event.summary,
      notes: event.notes,
      sources: event.sources.map(({ url, title, publisher }) => ({ url, title, publisher })),
    });
  }
  const listed = fromEventList(await json('data/event-list.json'));
  expect(listed.map((e) => e.title)).toEqual(
    [...xss.events].sort((a, b) => (a.date.start < b.date.start ? -1 : 1)).map((e) => e.title),
  );

  for (const lang of LANGS) {
    // Rendered Markdown in the chunks the explorer loads.
    for (const file of files.filter((f) => f.startsWith(`data/chunks/${lang}/`))) {
      const chunk = (await json(file)) as {
        details: { event: XssEvent; html: { summary: string; notes?: string } }[];
      };
      for (const { event, html } of chunk.details) {
        found.push(...findUnsafeMarkup(html.summary, `${file} ${event.id} summary`));
        found.push(...findUnsafeMarkup(html.notes ?? '', `${file} ${event.id} notes`));
      }
    }
    // JSON Feed: titles as text, content as HTML without markup of the data's own.
    for (const file of files.filter((f) => f.startsWith(`feeds/${lang}/`))) {
      const feed = (await json(file)) as {
        title: string;
        items: { url: string; title: string; content_html: string }[];
      };
      const expected = eventsOf(file);
      expect(feed.items.map((i) => i.url).sort(), file).toEqual(
        expected.map((e) => `${SITE}/${lang}/events/${e.id}/`).sort(),
      );
      for (const item of feed.items) {
        const event = expected.find((e) => item.url.endsWith(`/events/${e.id}/`))!;
        expect(item.title, file).toBe(event.title[lang]);
        found.push(...findUnsafeMarkup(item.content_html, `${file} ${event.id}`));
      }
      count('JSON feeds');
    }
    // TimelineJS reads headlines and texts as HTML.
    const timeline = (await json(`data/timelinejs.${lang}.json`)) as {
      title: { text: { headline: string; text: string } };
      events: { unique_id: string; text: { headline: string; text: string } }[];
    };
    expect(timeline.events).toHaveLength(xss.events.length);
    found.push(...findUnsafeMarkup(timeline.title.text.headline, `timelinejs.${lang} title`));
    found.push(...findUnsafeMarkup(timeline.title.text.text, `timelinejs.${lang} title text`));
    expect(textOf(timeline.title.text.headline)).toBe(xss.dataset.title[lang]);
    for (const entry of timeline.events) {
      const event = xss.events.find((e) => e.id === entry.unique_id)!;
      found.push(
        ...findUnsafeMarkup(entry.text.headline, `timelinejs.${lang} ${event.id} headline`),
      );
      found.push(...findUnsafeMarkup(entry.text.text, `timelinejs.${lang} ${event.id} text`));
      expect(textOf(entry.text.headline), `timelinejs.${lang} ${event.id}`).toBe(event.title[lang]);
    }
    count('TimelineJS files');
    // oEmbed: the iframe and its script, nothing else.
    for (const file of [
      `oembed/${lang}.json`,
      ...xss.events.map((e) => `oembed/${lang}/events/${e.id}.json`),
    ]) {
      const oembed = (await json(file)) as { title: string; html: string };
      const elements = parseSnippet(oembed.html);
      expect(
        elements.map(([tag, attributes]) => [tag, Object.keys(attributes)]),
        file,
      ).toEqual([
        ['iframe', ['src', 'title', 'loading', 'style']],
        ['script', ['src', 'defer']],
      ]);
      expect(elements[0]![1].title, file).toBe(oembed.title);
      expect(elements[0]![1].src!.startsWith(`${SITE}/embed/?`), file).toBe(true);
      count('oEmbed documents');
    }
  }
  expect(found).toEqual([]);
});

test('every event page has one JSON-LD block that parses, holds no raw </script and keeps each text', async () => {
  for (const lang of LANGS) {
    for (const event of xss.events) {
      const file = `${lang}/events/${event.id}/index.html`;
      const html = await readFile(join(site, file), 'utf8');
      const blocks: string[] = [];
      const visit = (node: DefaultTreeAdapterTypes.ParentNode) => {
        for (const child of node.childNodes) {
          if (
            'tagName' in child &&
            child.tagName === 'script' &&
            child.attrs.some((a) => a.name === 'type' && a.value === 'application/ld+json')
          ) {
            blocks.push(
              child.childNodes.map((t) => (t as DefaultTreeAdapterTypes.TextNode).value).join(''),
            );
          }
          if ('childNodes' in child) visit(child);
        }
      };
      visit(parseHtml(html));
      expect(blocks, file).toHaveLength(1);
      expect(blocks[0], file).not.toMatch(/<\/script|<!--|<script/i);
      const data = JSON.parse(blocks[0]!) as {
        name: string;
        description: string;
        isBasedOn: string[];
        organizer: { name: string }[];
      };
      expect(data.name, file).toBe(event.title[lang]);
      expect(data.description, file).toBe(event.summary[lang]);
      expect(data.isBasedOn, file).toEqual(event.sources.map((s) => s.url));
      expect(
        data.organizer.map((o) => o.name),
        file,
      ).toEqual(event.actors.map((id) => xss.actors.find((a) => a.id === id)!.name[lang]));
      count('JSON-LD blocks');
    }
  }
});

test('the citation files of every event are well-formed: BibTeX, RIS and CSL-JSON', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  const fired = await arm(context);
  for (const [i, event] of xss.events.entries()) {
    const lang = LANGS[i % 2]!;
    await page.goto(`${server.origin}/${lang}/events/${event.id}/`);
    const save = async (name: string) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('.citation-files').getByRole('button', { name, exact: true }).click(),
      ]);
      counted.downloads++;
      return readFile(await download.path(), 'utf8');
    };
    const ris = await save('RIS');
    // Any line break starts a line: one inside a value would start a tag of its own.
    const lines = ris.split(/\r\n|\r|\n/).filter(Boolean);
    expect(
      lines.filter((l) => !/^[A-Z][A-Z0-9] {2}- /.test(l)),
      `${event.id}: RIS lines that are no tag`,
    ).toEqual([]);
    expect(
      lines.filter((l) => l.startsWith('TY  - ')),
      event.id,
    ).toHaveLength(1);
    expect(
      lines.filter((l) => l.startsWith('ER  - ')),
      event.id,
    ).toHaveLength(1);
    const bibtex = await save('BibTeX');
    let depth = 0;
    let entries = 0;
    for (const [index, c] of [...bibtex.replace(/\\[{}\\]/g, '')].entries()) {
      if (c === '{') depth++;
      if (c === '}') depth--;
      if (depth < 0)
        throw new Error(`${event.id}: BibTeX closes a brace it never opened at ${index}`);
      if (c === '@' && depth === 0) entries++;
    }
    expect(depth, `${event.id}: BibTeX braces`).toBe(0);
    expect(entries, `${event.id}: BibTeX entries`).toBe(1);
    const csl = JSON.parse(await save('CSL-JSON')) as { title: string }[];
    expect(csl, event.id).toHaveLength(1);
  }
  expect(await scan(page)).toEqual([]);
  expect(fired).toEqual([]);
});
