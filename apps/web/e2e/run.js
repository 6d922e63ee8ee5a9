// End-to-end checks of the built site in a real browser (Debian's Chromium, driven by
// playwright-core), served from build/ exactly as a static host would serve it.
//
//   node e2e/run.js            run every check
//   CHROMIUM_PATH=… node …     use another Chromium
//   SCREENSHOTS=1 node …       also write screenshots to e2e/screenshots/
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import {
  assert,
  assertEqual,
  createRunner,
  launchBrowser,
  openPage,
  parseHeadersFile,
  requireChromium,
  serveStatic,
} from './harness.js';

const BUILD = fileURLToPath(new URL('../build/', import.meta.url));
const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));

if (!existsSync(join(BUILD, 'index.html'))) {
  console.error(`e2e: no site in ${BUILD}; build it first (pnpm --filter @chronik/web build)`);
  process.exit(1);
}
requireChromium();

/** @type {{ events: { id: string, title: { de: string, en: string }, categories: string[] }[], categories: { id: string, label: { de: string, en: string } }[] }} */
const data = JSON.parse(await readFile(join(BUILD, 'data/events.json'), 'utf8'));
const TOTAL = data.events.length;

const headersFile = join(BUILD, '_headers');
const server = await serveStatic(BUILD, {
  ...(existsSync(headersFile)
    ? { headers: parseHeadersFile(await readFile(headersFile, 'utf8')) }
    : {}),
});
const { origin } = server;
const browser = await launchBrowser();
/** @type {string[]} */
const foreign = [];
const open = (options = {}) => openPage(browser, { allowed: [origin], foreign, ...options });
const { check, finish } = createRunner();

const T = {
  de: {
    title: 'Delos-Cloud und digitale Souveränität',
    security: 'IT-Sicherheit',
    count: (n) => (n === TOTAL ? `${TOTAL} Ereignisse` : `${n} von ${TOTAL} Ereignissen`),
    notFound: 'Seite nicht gefunden',
    word: 'Signaturschlüssel',
  },
  en: {
    title: 'Delos Cloud and digital sovereignty',
    security: 'Security',
    count: (n) => (n === TOTAL ? `${TOTAL} events` : `${n} of ${TOTAL} events`),
    notFound: 'Page not found',
    word: 'signing key',
  },
};

/** Waits until the explorer has hydrated (its filter bar shows) and returns helpers. */
async function explorer(page, lang, query = '') {
  await page.goto(`${origin}/${lang}/${query}`);
  await page.locator('.filter-bar').waitFor({ state: 'visible', timeout: 10_000 });
  await page.locator('.chronik-timeline').waitFor({ state: 'visible' });
  return {
    listIds: () =>
      page.locator('li.card').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-id'))),
    markIds: () =>
      page
        .locator('.chronik-timeline button.mark')
        .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-id'))),
    count: async () => (await page.locator('.filter-bar [role="status"]').textContent())?.trim(),
    chip: (name) => page.locator('.chips button', { hasText: name }),
  };
}

const securityIds = data.events.filter((e) => e.categories.includes('security')).map((e) => e.id);

console.log(`e2e against ${origin} with ${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'}`);

for (const lang of /** @type {const} */ (['de', 'en'])) {
  const t = T[lang];

  await check(
    `${lang}: the explorer shows every event in the list and the timeline, in order`,
    async () => {
      const { page, context, errors } = await open();
      const x = await explorer(page, lang);
      assertEqual(await page.locator('h1').textContent(), t.title, 'h1');
      assertEqual(await page.getAttribute('html', 'lang'), lang, 'html lang');
      const ids = await x.listIds();
      assertEqual(
        ids,
        data.events.map((e) => e.id),
        'list in chronological order',
      );
      assertEqual((await x.markIds()).sort(), [...ids].sort(), 'one focusable mark per event');
      assertEqual(await x.count(), t.count(TOTAL), 'live count');
      assertEqual(errors, [], 'page errors');
      await context.close();
    },
  );

  await check(
    `${lang}: filtering by a category changes the marks, the list, the count and the URL`,
    async () => {
      const { page, context, errors } = await open();
      const x = await explorer(page, lang);
      await x.chip(t.security).click();
      await page.waitForURL(/category=security/);
      assertEqual(await x.chip(t.security).getAttribute('aria-pressed'), 'true', 'chip pressed');
      assertEqual(await x.listIds(), securityIds, 'list');
      assertEqual((await x.markIds()).sort(), [...securityIds].sort(), 'marks');
      assertEqual(await x.count(), t.count(securityIds.length), 'live count');
      assertEqual(errors, [], 'page errors');
      await context.close();
    },
  );

  await check(`${lang}: search finds an event by a German and by an English word`, async () => {
    const { page, context } = await open();
    const x = await explorer(page, lang);
    for (const word of [T.de.word, T.en.word]) {
      await page.locator('input[type="search"]').fill(word);
      await page.waitForURL(
        new RegExp(`q=${encodeURIComponent(word).replace(/%20/g, '(\\+|%20)')}`),
      );
      assertEqual(
        await x.listIds(),
        ['2023-07-11-storm-0558-signing-key-intrusion'],
        `results for "${word}"`,
      );
    }
    await context.close();
  });

  await check(
    `${lang}: keyboard alone reaches, opens and steps through events, and Escape returns focus`,
    async () => {
      const { page, context, errors } = await open();
      await explorer(page, lang);
      await page.keyboard.press('Tab');
      assert(
        await page.evaluate(() => document.activeElement?.matches('.skip-link') ?? false),
        'first Tab: skip link',
      );
      let reached = false;
      for (let i = 0; i < 60 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = await page.evaluate(
          () => document.activeElement?.matches('.chronik-timeline button.mark') ?? false,
        );
      }
      assert(reached, 'Tab reaches a timeline event within 60 presses');
      const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-id'));
      const first = await focused();
      assertEqual(first, data.events[0].id, 'the first event takes focus');
      await page.keyboard.press('ArrowRight');
      assertEqual(await focused(), data.events[1].id, 'ArrowRight moves to the next event');
      await page.keyboard.press('End');
      assertEqual(await focused(), data.events.at(-1).id, 'End moves to the last event');
      await page.keyboard.press('ArrowLeft');
      const stepped = await focused();
      assertEqual(stepped, data.events.at(-2).id, 'ArrowLeft moves back');
      await page.keyboard.press('Enter');
      await page.waitForURL(new RegExp(`event=${stepped}`));
      assertEqual(
        await page.evaluate(() => document.activeElement?.id),
        'detail-title',
        'Enter opens the event and focuses its title',
      );
      const title = data.events.find((e) => e.id === stepped).title[lang];
      assertEqual(await page.locator('#detail-title').textContent(), title, 'panel title');
      assert(
        (await page.locator('.chronik-timeline .label.selected').count()) > 0,
        'the selected event keeps its label in the timeline',
      );
      await page.keyboard.press('Escape');
      await page.waitForURL((url) => !url.searchParams.has('event'));
      assertEqual(await focused(), stepped, 'Escape closes and returns focus to the event');
      assertEqual(errors, [], 'page errors');
      await context.close();
    },
  );

  await check(`${lang}: back and forward restore filters and selection`, async () => {
    const { page, context } = await open();
    const x = await explorer(page, lang);
    await x.chip(t.security).click();
    await page.waitForURL(/category=security/);
    await page.locator(`#list-${securityIds[0]}`).click();
    await page.waitForURL(/event=/);
    assert(await page.locator('#detail-title').isVisible(), 'panel open');
    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('event'));
    assert(!(await page.locator('#detail-title').isVisible()), 'panel closed after back');
    assertEqual(await x.listIds(), securityIds, 'filter kept');
    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('category'));
    assertEqual(await x.count(), t.count(TOTAL), 'filter gone after second back');
    await page.goForward();
    await page.waitForURL(/category=security/);
    assertEqual(await x.listIds(), securityIds, 'filter back after forward');
    await context.close();
  });

  await check(`${lang}: a copied URL reproduces the same view`, async () => {
    const first = await open();
    const x = await explorer(first.page, lang);
    await x.chip(t.security).click();
    await first.page.waitForURL(/category=security/);
    await first.page.locator('.chronik-timeline button[aria-label]').nth(1).click(); // zoom in
    await first.page.waitForURL(/window=/);
    await first.page.locator(`#list-${securityIds[1]}`).click();
    await first.page.waitForURL(/event=/);
    await first.page.waitForTimeout(400);
    const url = first.page.url();
    const overview = async (page) => page.locator('[role="slider"]').getAttribute('aria-valuetext');
    const expected = {
      list: await x.listIds(),
      window: await overview(first.page),
      panel: await first.page.locator('#detail-title').textContent(),
    };
    await first.context.close();

    const second = await open();
    await second.page.goto(url);
    await second.page.locator('#detail-title').waitFor();
    await second.page.waitForTimeout(400);
    const y = await explorer(second.page, lang, new URL(url).search);
    await second.page.locator('#detail-title').waitFor();
    assertEqual(
      {
        list: await y.listIds(),
        window: await overview(second.page),
        panel: await second.page.locator('#detail-title').textContent(),
      },
      expected,
      'view',
    );
    assertEqual(second.page.url(), url, 'URL unchanged');
    await second.context.close();
  });

  await check(
    `${lang}: malformed query parameters are ignored with a notice; the rest applies`,
    async () => {
      const { page, context, errors } = await open();
      // Long enough to be refused by the page (over 500 characters), short enough for HTTP servers.
      const huge = 'x'.repeat(5_000);
      const x = await explorer(
        page,
        lang,
        `?category=weather,security&from=banana&event=nonexistent&q=${huge}&foo=1`,
      );
      // Past the timeline's 250 ms report of its window: opening the page must not rewrite
      // the URL, which would also take the notices away.
      await page.waitForTimeout(600);
      assert(!new URL(page.url()).searchParams.has('window'), `URL left as opened (${page.url()})`);
      const notices = await page.locator('.notices li').allTextContents();
      assertEqual(notices.length, 5, 'five notices');
      assert(
        notices.some((n) => n.includes('weather')),
        'notice names the unknown category',
      );
      assert(
        notices.some((n) => n.includes('banana')),
        'notice names the bad date',
      );
      assertEqual(await x.listIds(), securityIds, 'the valid category still applies');
      assertEqual(errors, [], 'page errors');
      await context.close();
    },
  );

  await check(
    `${lang}: without JavaScript every event is listed and the filters are hidden`,
    async () => {
      const { page, context } = await open({ javaScriptEnabled: false });
      await page.goto(`${origin}/${lang}/`);
      const count = await page.locator('li.card').count();
      assertEqual(count, TOTAL, 'events listed');
      assert(!(await page.locator('.filter-bar').isVisible()), 'filters hidden');
      const href = await page.locator('li.card h4 a').first().getAttribute('href');
      await page.locator('li.card h4 a').first().click();
      await page.waitForURL(`**/${lang}/events/${data.events[0].id}/`);
      assert(
        href?.endsWith(`${lang}/events/${data.events[0].id}/`),
        `card links to the event page (${href})`,
      );
      assertEqual(
        await page.locator('h1').textContent(),
        data.events[0].title[lang],
        'event page without JavaScript',
      );
      await context.close();
    },
  );

  await check(
    `${lang}: every event page renders with title, sources, alternates and JSON-LD`,
    async () => {
      const { page, context, errors } = await open();
      for (const [index, event] of data.events.entries()) {
        await page.goto(`${origin}/${lang}/events/${event.id}/`);
        assertEqual(await page.locator('h1').textContent(), event.title[lang], `${event.id}: h1`);
        assert((await page.locator('.sources li').count()) > 0, `${event.id}: sources`);
        const jsonLd = JSON.parse(
          (await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
        );
        assertEqual(
          [jsonLd['@type'], jsonLd.name],
          ['Event', event.title[lang]],
          `${event.id}: JSON-LD`,
        );
        const alternates = await page
          .locator('link[rel="alternate"][hreflang]')
          .evaluateAll((links) => links.map((l) => l.getAttribute('hreflang')));
        assertEqual(alternates, ['de', 'en'], `${event.id}: hreflang`);
        assertEqual(
          await page.locator('meta[property="og:title"]').getAttribute('content'),
          event.title[lang],
          `${event.id}: og:title`,
        );
        assertEqual(
          await page.locator('a[rel="prev"]').count(),
          index > 0 ? 1 : 0,
          `${event.id}: previous link`,
        );
        assertEqual(
          await page.locator('a[rel="next"]').count(),
          index < TOTAL - 1 ? 1 : 0,
          `${event.id}: next link`,
        );
      }
      assertEqual(errors, [], 'page errors');
      await context.close();
    },
  );

  await check(`${lang}: an unknown event gives a 404 page in the page's language`, async () => {
    const { page, context } = await open();
    const response = await page.goto(`${origin}/${lang}/events/does-not-exist/`);
    assertEqual(response?.status(), 404, 'status');
    await page.locator('h1').waitFor();
    assertEqual(await page.locator('h1').textContent(), t.notFound, 'heading');
    await context.close();
  });

  for (const colorScheme of /** @type {const} */ (['light', 'dark'])) {
    await check(
      `${lang}, ${colorScheme}: axe finds no WCAG 2.1 A/AA violations on the explorer, the panel and an event page`,
      async () => {
        const { page, context } = await open({ colorScheme });
        const scan = async (what) => {
          const { violations } = await new AxeBuilder({ page })
            .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
            .analyze();
          const summary = violations.map(
            (v) =>
              `${what}: ${v.id}: ${v.help} (${v.nodes
                .slice(0, 3)
                .map((n) => n.target.join(' '))
                .join(', ')})`,
          );
          assertEqual(summary, [], 'axe violations');
        };
        await explorer(page, lang);
        await scan('explorer');
        await page.locator(`#list-${data.events[2].id}`).click();
        await page.locator('#detail-title').waitFor();
        await scan('explorer with panel');
        await page.goto(`${origin}/${lang}/events/${data.events[4].id}/`);
        await scan('event page');
        await context.close();
      },
    );
  }

  if (process.env.SCREENSHOTS) {
    await mkdir(SCREENSHOTS, { recursive: true });
    for (const colorScheme of /** @type {const} */ (['light', 'dark'])) {
      for (const width of [360, 1280]) {
        const { page, context } = await open({ colorScheme, width });
        await explorer(page, lang);
        await page.screenshot({
          path: join(SCREENSHOTS, `explorer-${lang}-${colorScheme}-${width}.png`),
          fullPage: true,
        });
        await page.locator(`#list-${data.events[4].id}`).click();
        await page.locator('#detail-title').waitFor();
        await page.screenshot({
          path: join(SCREENSHOTS, `panel-${lang}-${colorScheme}-${width}.png`),
        });
        await page.goto(`${origin}/${lang}/events/${data.events[4].id}/`);
        await page.screenshot({
          path: join(SCREENSHOTS, `event-${lang}-${colorScheme}-${width}.png`),
          fullPage: true,
        });
        await context.close();
      }
    }
  }
}

await check(
  'zoom buttons, keys, Ctrl + wheel, dragging and the overview move the visible window',
  async () => {
    const { page, context, errors } = await open();
    await explorer(page, 'en');
    const windowText = () => page.locator('[role="slider"]').getAttribute('aria-valuetext');
    const plot = page.locator('.chronik-timeline .plot');
    const initial = await windowText();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    const zoomed = await windowText();
    assert(zoomed !== initial, 'the zoom button narrows the window');
    await page.waitForURL(/window=/);
    const box = await plot.boundingBox();
    if (!box) throw new Error('no plot');
    await page.mouse.move(box.x + box.width / 2, box.y + 40);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 200, box.y + 40, { steps: 5 });
    await page.mouse.up();
    const dragged = await windowText();
    assert(dragged !== zoomed, 'dragging pans the window');
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -400);
    await page.keyboard.up('Control');
    assert((await windowText()) !== dragged, 'Ctrl + wheel zooms');
    const beforeWheel = await windowText();
    await page.mouse.wheel(0, 300);
    assertEqual(
      await windowText(),
      beforeWheel,
      'a plain wheel leaves the timeline alone (the page scrolls)',
    );
    await page.locator('[role="slider"]').focus();
    await page.keyboard.press('ArrowLeft');
    assert((await windowText()) !== beforeWheel, 'arrow keys on the overview pan');
    await page.getByRole('button', { name: 'Show the whole period' }).click();
    assertEqual(await windowText(), initial, 'reset shows the whole period');
    await page.locator('.chronik-timeline button.mark').first().focus();
    await page.keyboard.press('+');
    assert((await windowText()) !== initial, '"+" zooms in');
    await page.keyboard.press('0');
    assertEqual(await windowText(), initial, '"0" resets');
    assertEqual(errors, [], 'page errors');
    await context.close();
  },
);

await check(
  'on a phone, filters open in a modal sheet and events in a full-screen dialog that keeps focus',
  async () => {
    const { page, context, errors } = await open({ width: 360, height: 740 });
    await page.goto(`${origin}/de/`);
    const toggle = page.getByRole('button', { name: /^Filter/ });
    await toggle.waitFor();
    await toggle.click();
    assert(
      await page.locator('dialog.filter-sheet').evaluate((d) => d.matches(':modal')),
      'filter sheet is modal',
    );
    await page.locator('dialog.filter-sheet .chips button', { hasText: 'IT-Sicherheit' }).click();
    await page.waitForURL(/category=security/);
    await page.keyboard.press('Escape');
    assert(
      !(await page.locator('dialog.filter-sheet').evaluate((d) => d.open)),
      'Escape closes the sheet',
    );
    assertEqual(
      await page.evaluate(() => document.activeElement?.textContent?.trim()),
      'Filter (1)',
      'focus back on the toggle, which counts the filter',
    );
    const link = page.locator(`#list-${securityIds[0]}`);
    await link.focus();
    await page.keyboard.press('Enter');
    await page.locator('#detail-title').waitFor();
    assert(
      await page.locator('dialog.panel').evaluate((d) => d.matches(':modal')),
      'event panel is modal',
    );
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      assert(
        await page.evaluate(
          () =>
            document.activeElement?.closest('dialog.panel') !== null ||
            document.activeElement === document.body,
        ),
        `focus stays in the dialog (Tab ${i + 1})`,
      );
    }
    await page.keyboard.press('Escape');
    await page.waitForURL((url) => !url.searchParams.has('event'));
    assertEqual(
      await page.evaluate(() => document.activeElement?.id),
      `list-${securityIds[0]}`,
      'focus back on the list entry',
    );
    assertEqual(errors, [], 'page errors');
    await context.close();
  },
);

await check('no page needs horizontal scrolling at 360 px or at 200% zoom (640 px)', async () => {
  for (const width of [360, 640]) {
    const { page, context } = await open({ width });
    for (const path of [
      '/de/',
      `/de/events/${data.events[4].id}/`,
      '/en/accessibility/',
      '/de/embed/',
    ]) {
      await page.goto(`${origin}${path}`);
      await page.waitForTimeout(200);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      assertEqual(overflow, 0, `horizontal overflow of ${path} at ${width} px`);
    }
    await context.close();
  }
});

await check('the print style prints the list without the interactive parts', async () => {
  const { page, context } = await open();
  await explorer(page, 'de');
  await page.emulateMedia({ media: 'print' });
  assert(!(await page.locator('.chronik-timeline').isVisible()), 'timeline hidden in print');
  assert(!(await page.locator('.filter-bar').isVisible()), 'filters hidden in print');
  assertEqual(await page.locator('li.card').count(), TOTAL, 'every event printed');
  await context.close();
});

await check('the theme toggle switches and is remembered', async () => {
  const { page, context } = await open({ colorScheme: 'light' });
  await explorer(page, 'de');
  await page.getByRole('button', { name: 'Dunkles Design einschalten' }).click();
  assertEqual(await page.getAttribute('html', 'data-theme'), 'dark', 'after the click');
  await page.reload();
  assertEqual(await page.getAttribute('html', 'data-theme'), 'dark', 'after a reload');
  await page.locator('.filter-bar').waitFor();
  assert(
    await page.getByRole('button', { name: 'Helles Design einschalten' }).isVisible(),
    'toggle offers light',
  );
  await context.close();
});

await check('the root sends readers to their language, keeping the query', async () => {
  for (const [locale, lang] of [
    ['en-GB', 'en'],
    ['de-DE', 'de'],
    ['fr-FR', 'de'],
  ]) {
    const { page, context } = await open({ locale });
    await page.goto(`${origin}/?category=security`);
    await page.waitForURL(`${origin}/${lang}/?category=security`);
    await context.close();
  }
  const { page, context } = await open({ javaScriptEnabled: false });
  await page.goto(`${origin}/`);
  assertEqual(await page.locator('a[hreflang]').count(), 2, 'plain links without JavaScript');
  await context.close();
});

await check('the sitemap lists every page in both languages', async () => {
  const xml = await readFile(join(BUILD, 'sitemap.xml'), 'utf8');
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  assertEqual(locs.length, 2 * (TOTAL + 1), 'entries');
});

// ---- The embed, on a host page of another origin ----------------------------------------
const hostDir = await mkdtemp(join(tmpdir(), 'chronik-host-'));
const widgetScript = `${origin}/embed/chronik-timeline.js`;
await writeFile(
  join(hostDir, 'host.js'),
  `window.__events = [];
for (const type of ['chronik-ready', 'chronik-select', 'chronik-error']) {
  document.addEventListener(type, (event) => window.__events.push({ type, id: event.target.id, detail: event.detail }));
}
addEventListener('message', (event) => { if (event.data && event.data.type) window.__events.push({ type: event.data.type, detail: event.data }); });`,
);
const page = (
  body,
) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<script src="/host.js"></script><script type="module" src="${widgetScript}"></script></head>
<body><main><h1>A host article</h1>${body}</main></body></html>`;
await writeFile(
  join(hostDir, 'index.html'),
  page(`<chronik-timeline id="a" lang="de" categories="security"></chronik-timeline>
<chronik-timeline id="b" lang="en" view="list" q="signing key" theme="dark"></chronik-timeline>`),
);
await writeFile(join(hostDir, 'not-json.json'), 'this is not json');
await writeFile(join(hostDir, 'wrong.json'), JSON.stringify({ events: 'nope' }));
await writeFile(
  join(hostDir, 'bad.html'),
  page(`<chronik-timeline id="unreachable" src="/missing.json"></chronik-timeline>
<chronik-timeline id="not-json" src="/not-json.json"></chronik-timeline>
<chronik-timeline id="wrong" src="/wrong.json" lang="en"></chronik-timeline>
<chronik-timeline id="attributes" lang="en" categories="weather" event="nope" from="banana"></chronik-timeline>`),
);
await writeFile(
  join(hostDir, 'iframe.html'),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><script src="/host.js"></script></head>
<body><main><h1>A host article</h1>
<iframe id="embed" title="Chronik" src="${origin}/embed/?lang=en&categories=security" style="width:100%;height:150px;border:0"></iframe>
<iframe id="framed" title="Explorer" src="${origin}/de/" style="width:100%;height:150px"></iframe>
</main><script src="${origin}/embed/chronik-iframe.js" defer></script></body></html>`,
);
// A strict policy: scripts only from the host itself and the widget's origin; no inline, no eval.
const host = await serveStatic(hostDir, {
  headers: () => ({
    'content-security-policy': `script-src 'self' ${origin}; object-src 'none'; base-uri 'none'`,
  }),
});
const openHost = (options = {}) =>
  openPage(browser, { allowed: [origin, host.origin], foreign, ...options });
const events = (page) => page.evaluate(() => window.__events);

await check(
  'embed: two web components on a page of another origin render, filter and signal',
  async () => {
    const { page, context, errors } = await openHost();
    const warnings = [];
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    await page.goto(`${host.origin}/`);
    await page.waitForFunction(
      () => window.__events.filter((e) => e.type === 'chronik-ready').length === 2,
      null,
      { timeout: 10_000 },
    );
    const ready = (await events(page)).filter((e) => e.type === 'chronik-ready');
    assertEqual(
      ready.map((e) => [e.id, e.detail.count]).sort(),
      [
        ['a', securityIds.length],
        ['b', 1],
      ],
      'ready events with counts',
    );
    const a = page.locator('#a');
    assertEqual(
      await a.locator('.chronik-timeline button.mark').count(),
      securityIds.length,
      'widget a: marks for its category',
    );
    assertEqual(
      await page.locator('#b .list li').count(),
      1,
      'widget b: one event found by its search',
    );
    assertEqual(await page.locator('#b .chronik-timeline').count(), 0, 'widget b: list view only');
    await a.locator('.chronik-timeline button.mark').first().click();
    const selected = (await events(page)).filter((e) => e.type === 'chronik-select');
    assertEqual(
      selected.map((e) => [e.id, e.detail.id]),
      [['a', securityIds[0]]],
      'select event from widget a only',
    );
    const link = a.locator('.card a').first();
    assertEqual(
      await link.getAttribute('href'),
      `${origin}/de/events/${securityIds[0]}/`,
      'card links to the event page',
    );
    assertEqual(await page.locator('#b .card').count(), 0, 'widget b is not affected');
    assertEqual(
      await page.locator('h1').evaluate((h) => getComputedStyle(h).fontFamily),
      await page.evaluate(() => getComputedStyle(document.body).fontFamily),
      'host styles untouched',
    );
    assertEqual(errors, [], 'page errors');
    assertEqual(warnings, [], 'console warnings');
    await context.close();
  },
);

await check(
  'embed: keyboard alone opens and closes an event; attribute changes re-render; no cookies or storage',
  async () => {
    const { page, context, errors } = await openHost();
    await page.goto(`${host.origin}/`);
    await page.waitForFunction(
      () => window.__events.filter((e) => e.type === 'chronik-ready').length === 2,
      null,
      { timeout: 10_000 },
    );
    // Focus inside the widget lives in its shadow root.
    const focused = () =>
      page.evaluate(() => {
        const active = document.querySelector('#a').shadowRoot.activeElement;
        return active ? { id: active.getAttribute('data-id'), tag: active.tagName } : null;
      });
    let reached = false;
    for (let i = 0; i < 20 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = (await focused())?.id != null;
    }
    assert(reached, 'Tab reaches an event mark in the widget');
    assertEqual((await focused()).id, securityIds[0], 'the first event takes focus');
    await page.keyboard.press('ArrowRight');
    assertEqual((await focused()).id, securityIds[1], 'ArrowRight moves to the next event');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.__events.some((e) => e.type === 'chronik-select'));
    assertEqual((await focused()).tag, 'H2', 'Enter opens the event and focuses its title');
    const title = data.events.find((e) => e.id === securityIds[1]).title.de;
    assertEqual(await page.locator('#a .card h2').textContent(), title, 'card title in German');
    await page.keyboard.press('Escape');
    assertEqual(await page.locator('#a .card').count(), 0, 'Escape closes the card');
    assertEqual((await focused())?.id, securityIds[1], 'focus returns to the event');

    const legalIds = data.events.filter((e) => e.categories.includes('legal')).map((e) => e.id);
    await page.evaluate(() => {
      const widget = document.querySelector('#a');
      widget.setAttribute('categories', 'legal');
      widget.setAttribute('lang', 'en');
    });
    await page.waitForFunction(
      (count) =>
        document.querySelector('#a').shadowRoot.querySelectorAll('button.mark').length === count,
      legalIds.length,
    );
    assertEqual(
      await page.locator('#a .count').textContent(),
      `${legalIds.length} events`,
      'the count follows the new attributes, in English',
    );
    assertEqual(
      await page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length]),
      ['', 0, 0],
      'no cookie, no storage on the host page',
    );
    assertEqual(await context.cookies(), [], 'no cookies in the browser');
    assertEqual(errors, [], 'page errors');
    await context.close();
  },
);

await check(
  'embed: bad src, bad data and bad attributes show a message, fire chronik-error and warn once each',
  async () => {
    const { page, context, errors } = await openHost();
    const warnings = [];
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    await page.goto(`${host.origin}/bad.html`);
    await page.waitForFunction(
      () => window.__events.filter((e) => e.type === 'chronik-error').length >= 6,
      null,
      { timeout: 10_000 },
    );
    const errorsBy = (await events(page))
      .filter((e) => e.type === 'chronik-error')
      .map((e) => e.id);
    for (const id of ['unreachable', 'not-json', 'wrong']) {
      assert(errorsBy.includes(id), `chronik-error from #${id}`);
      assert((await page.locator(`#${id} [role="alert"]`).count()) === 1, `message box in #${id}`);
    }
    assertEqual(
      errorsBy.filter((id) => id === 'attributes').length,
      3,
      'three attribute problems reported',
    );
    const notices = await page.locator('#attributes .notices li').allTextContents();
    assert(
      notices.some((n) => n.includes('weather')) && notices.some((n) => n.includes('banana')),
      'notices name the bad values',
    );
    assert(
      warnings.some((w) => w.includes('attribute categories="weather" was ignored. Fix:')),
      'console warning names the attribute and the fix',
    );
    assertEqual(errors, [], 'nothing thrown into the host page');
    await context.close();
  },
);

await check(
  'embed: the iframe renders, resizes itself, keeps its deep link, and other pages refuse framing',
  async () => {
    const { page, context, errors } = await openHost();
    await page.goto(`${host.origin}/iframe.html`);
    await page.waitForFunction(
      () => window.__events.some((e) => e.type === 'chronik:resize'),
      null,
      { timeout: 10_000 },
    );
    await page.waitForFunction(
      () => document.getElementById('embed').getBoundingClientRect().height > 200,
    );
    const frame = page.frameLocator('#embed');
    await frame.locator('.chronik-timeline button.mark').first().click();
    const embedded = page.frames().find((f) => f.url().startsWith(`${origin}/embed/`));
    await embedded?.waitForURL(/event=/);
    assert(
      embedded?.url().includes(`event=${securityIds[0]}`),
      `the frame's own URL keeps the selection (${embedded?.url()})`,
    );
    // The deep link: the frame's own URL, loaded again, opens the same event.
    await embedded.goto(embedded.url());
    assertEqual(
      await frame.locator('.card h2').textContent(),
      data.events.find((e) => e.id === securityIds[0]).title.en,
      'reloading the frame keeps the selected event',
    );
    assertEqual(
      await embedded.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length]),
      ['', 0, 0],
      'no cookie, no storage inside the frame',
    );
    const framed = page
      .frames()
      .find((f) => f.url().includes('/de/') && !f.url().includes('/embed/'));
    const framedTitle = framed
      ? await framed
          .locator('h1')
          .count()
          .catch(() => 0)
      : 0;
    assertEqual(framedTitle, 0, 'the explorer refuses to be framed');
    assertEqual(
      errors.filter((e) => !e.includes('frame-ancestors')),
      [],
      'page errors',
    );
    // "Open the event" leaves the frame: the host page itself goes to the event page.
    await frame.locator('.card a').first().click();
    await page.waitForURL(`${origin}/en/events/${securityIds[0]}/`);
    await context.close();
  },
);

for (const lang of ['de', 'en']) {
  await check(
    `embed, ${lang}: axe finds no WCAG 2.1 A/AA violations inside the widget`,
    async () => {
      const { page, context } = await openHost();
      await page.goto(`${host.origin}/`);
      await page.waitForFunction(
        () => window.__events.filter((e) => e.type === 'chronik-ready').length === 2,
      );
      const target = lang === 'de' ? '#a' : '#b';
      const { violations } = await new AxeBuilder({ page })
        .include(target)
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      assertEqual(
        violations.map((v) => `${v.id}: ${v.help}`),
        [],
        'axe violations',
      );
      await context.close();
    },
  );
}

for (const lang of /** @type {const} */ (['de', 'en'])) {
  await check(
    `${lang}: the embed builder previews the widget and writes both snippets and a privacy paragraph`,
    async () => {
      const { page, context, errors } = await open();
      await page.goto(`${origin}/${lang}/embed/`);
      const preview = page.frameLocator('.preview iframe');
      await preview.locator('.chronik-widget').waitFor({ timeout: 10_000 });
      await page.getByRole('checkbox', { name: T[lang].security }).check();
      const snippets = page.locator('.snippet pre');
      await page.waitForFunction(() =>
        document.querySelector('.snippet pre')?.textContent?.includes('categories="security"'),
      );
      assert(
        (await snippets.nth(0).textContent())?.includes('/embed/chronik-timeline.js'),
        'web component snippet loads the script',
      );
      assert(
        (await snippets.nth(1).textContent())?.includes('/embed/?lang='),
        'iframe snippet points at the embed page',
      );
      assert(
        (await snippets.nth(1).textContent())?.includes('categories=security'),
        'iframe snippet has the filter',
      );
      await preview
        .locator('.count')
        .filter({ hasText: String(securityIds.length) })
        .waitFor();
      const privacy = (await page.locator('.privacy').textContent()) ?? '';
      assert(
        lang === 'de' ? privacy.includes('keine Cookies') : privacy.includes('no cookies'),
        'privacy paragraph',
      );
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      assertEqual(
        violations.map((v) => `${v.id}: ${v.help}`),
        [],
        'axe violations',
      );
      assertEqual(errors, [], 'page errors');
      await context.close();
    },
  );
}

await check(
  'oEmbed: the explorer and event pages announce an oEmbed document of type rich with the iframe',
  async () => {
    const { page, context } = await open();
    for (const [path, expected] of [
      ['/de/', 'lang=de'],
      [`/en/events/${data.events[0].id}/`, `lang=en&amp;event=${data.events[0].id}`],
    ]) {
      await page.goto(`${origin}${path}`);
      const href = await page.locator('link[type="application/json+oembed"]').getAttribute('href');
      assert(href, `oEmbed link on ${path}`);
      const file = new URL(href).pathname;
      const oembed = JSON.parse(await readFile(join(BUILD, file), 'utf8'));
      assertEqual(
        [oembed.version, oembed.type, oembed.provider_name],
        ['1.0', 'rich', 'Chronik'],
        `${file}: kind`,
      );
      assert(oembed.html.includes(`/embed/?${expected}`), `${file}: iframe for ${expected}`);
    }
    await context.close();
  },
);

await check('no request left the site’s origin', async () => {
  assertEqual(foreign, [], 'requests to other origins');
});

await browser.close();
server.close();
host.close();
await rm(hostDir, { recursive: true, force: true });
finish();
