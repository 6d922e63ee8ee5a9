// The embed on a host page of another origin with a strict Content-Security-Policy: the web
// component, its keyboard flow, bad input, the iframe variant and accessibility.
import { getEventTimes, getEvidence } from '@chronik/events';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { axeViolations, data, expect, startHost, test } from '../fixtures';

const securityIds = data.events.filter((e) => e.categories.includes('security')).map((e) => e.id);
const legalIds = data.events.filter((e) => e.categories.includes('legal')).map((e) => e.id);

/** What the host page records: the widget's DOM events and messages from frames. */
const HOST_SCRIPT = `window.__events = [];
for (const type of ['chronik-ready', 'chronik-select', 'chronik-error']) {
  document.addEventListener(type, (event) => window.__events.push({ type, id: event.target.id, detail: event.detail }));
}
addEventListener('message', (event) => { if (event.data && event.data.type) window.__events.push({ type: event.data.type, detail: event.data }); });`;

interface Recorded {
  type: string;
  id?: string;
  detail: { count?: number; id?: string | null; message?: string; height?: number };
}

const recorded = (page: Page) =>
  page.evaluate(() => (window as unknown as { __events: Recorded[] }).__events);

/** How many events of a type one widget has fired so far. */
const countOf = async (page: Page, type: string, id: string) =>
  (await recorded(page)).filter((e) => e.type === type && e.id === id).length;

/** The addresses of every link inside a widget's shadow root. */
const linksOf = (page: Page, id: string) =>
  page
    .locator(`#${id} a`)
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));

let host: Awaited<ReturnType<typeof startHost>>;

test.beforeAll(async ({ baseURL }) => {
  const site = baseURL!;
  const article = (
    body: string,
  ) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<script src="/host.js"></script><script type="module" src="${site}/embed/chronik-timeline.js"></script></head>
<body><main><h1>A host article</h1>${body}</main></body></html>`;
  host = await startHost({
    site,
    pages: {
      '/host.js': HOST_SCRIPT,
      '/': article(`<style>#a { --chronik-link: rgb(122, 31, 92); }</style>
<chronik-timeline id="a" lang="de" categories="security"></chronik-timeline>
<chronik-timeline id="b" lang="en" view="list" q="signing key" theme="dark"></chronik-timeline>`),
      '/export.html':
        article(`<chronik-timeline id="full" lang="en" src="${site}/data/events.json" categories="legal" q="Microsoft" view="list"></chronik-timeline>
<chronik-timeline id="array" lang="en" view="list"></chronik-timeline>`),
      '/not-json.json': 'this is not json',
      '/wrong.json': JSON.stringify({ events: 'nope' }),
      '/bad.html':
        article(`<chronik-timeline id="unreachable" src="/missing.json"></chronik-timeline>
<chronik-timeline id="not-json" src="/not-json.json"></chronik-timeline>
<chronik-timeline id="wrong" src="/wrong.json" lang="en"></chronik-timeline>
<chronik-timeline id="attributes" lang="en" categories="weather" event="nope" from="banana"></chronik-timeline>`),
      '/recover.html':
        article(`<chronik-timeline id="bad-src" lang="en" src="http://["></chronik-timeline>
<chronik-timeline id="script-src" lang="en" src="javascript:alert(1)"></chronik-timeline>
<chronik-timeline id="script-site" lang="en" site="javascript:alert(1)" categories="security"></chronik-timeline>
<chronik-timeline id="other-site" lang="en" site="https://chronik.example.org" categories="security"></chronik-timeline>`),
      '/period.html':
        article(`<chronik-timeline id="june-on" lang="en" view="list" from="2024-06"></chronik-timeline>
<chronik-timeline id="june-to-december" lang="en" view="list" from="2024-06" to="2024"></chronik-timeline>
<chronik-timeline id="backwards" lang="en" view="list" from="2025" to="2024"></chronik-timeline>`),
      '/iframe.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><script src="/host.js"></script></head>
<body><main><h1>A host article</h1>
<iframe id="embed" title="Chronik" src="${site}/embed/?lang=en&categories=security" style="width:100%;height:150px;border:0"></iframe>
<iframe id="framed" title="Explorer" src="${site}/de/" style="width:100%;height:150px"></iframe>
</main><script src="${site}/embed/chronik-iframe.js" defer></script></body></html>`,
    },
  });
});

test.afterAll(() => host.close());

async function openArticle(page: Page) {
  await page.goto(`${host.origin}/`);
  await page.waitForFunction(
    () =>
      (window as unknown as { __events: Recorded[] }).__events.filter(
        (e) => e.type === 'chronik-ready',
      ).length === 2,
  );
}

test('two web components on a page of another origin render, filter and signal', async ({
  page,
  baseURL,
}) => {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await openArticle(page);
  const ready = (await recorded(page)).filter((e) => e.type === 'chronik-ready');
  expect(ready.map((e) => [e.id, e.detail.count]).sort(), 'ready events with counts').toEqual([
    ['a', securityIds.length],
    ['b', 1],
  ]);
  const a = page.locator('#a');
  await expect(a.locator('.chronik-timeline button.mark')).toHaveCount(securityIds.length);
  await expect(page.locator('#b .list li'), 'widget b: one event found').toHaveCount(1);
  await expect(page.locator('#b .chronik-timeline'), 'widget b: list view only').toHaveCount(0);
  await a.locator('.chronik-timeline button.mark').first().click();
  const selected = (await recorded(page)).filter((e) => e.type === 'chronik-select');
  expect(
    selected.map((e) => [e.id, e.detail.id]),
    'select event from widget a only',
  ).toEqual([['a', securityIds[0]]]);
  await expect(a.locator('.card a').first(), 'card links to the event page').toHaveAttribute(
    'href',
    `${baseURL}/de/events/${securityIds[0]}/`,
  );
  await expect(page.locator('#b .card'), 'widget b is not affected').toHaveCount(0);
  expect(
    await page.locator('h1').evaluate((h) => getComputedStyle(h).fontFamily),
    'host styles untouched',
  ).toBe(await page.evaluate(() => getComputedStyle(document.body).fontFamily));
  await expect(a.locator('.foot a').first(), "the host's colour for links").toHaveCSS(
    'color',
    'rgb(122, 31, 92)',
  );
  await expect(page.locator('#b .foot a').first(), 'the palette elsewhere').not.toHaveCSS(
    'color',
    'rgb(122, 31, 92)',
  );
  expect(warnings, 'console warnings').toEqual([]);
});

test('keyboard alone opens and closes an event; attribute changes re-render; no cookies or storage', async ({
  page,
  context,
}) => {
  await openArticle(page);
  // Focus inside the widget lives in its shadow root.
  const focused = () =>
    page.evaluate(() => {
      const active = document.querySelector('#a')!.shadowRoot!.activeElement;
      return active ? { id: active.getAttribute('data-id'), tag: active.tagName } : null;
    });
  let reached = false;
  for (let i = 0; i < 20 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = (await focused())?.id != null;
  }
  expect(reached, 'Tab reaches an event mark in the widget').toBe(true);
  expect((await focused())?.id, 'the first event takes focus').toBe(securityIds[0]);
  await page.keyboard.press('ArrowRight');
  expect((await focused())?.id, 'ArrowRight moves to the next event').toBe(securityIds[1]);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() =>
    (window as unknown as { __events: Recorded[] }).__events.some(
      (e) => e.type === 'chronik-select',
    ),
  );
  expect((await focused())?.tag, 'Enter opens the event and focuses its title').toBe('H2');
  await expect(page.locator('#a .card h2'), 'card title in German').toHaveText(
    data.events.find((e) => e.id === securityIds[1])!.title.de,
  );
  await page.keyboard.press('Escape');
  await expect(page.locator('#a .card'), 'Escape closes the card').toHaveCount(0);
  expect((await focused())?.id, 'focus returns to the event').toBe(securityIds[1]);

  await page.evaluate(() => {
    const widget = document.querySelector('#a')!;
    widget.setAttribute('categories', 'legal');
    widget.setAttribute('lang', 'en');
  });
  await expect(page.locator('#a button.mark')).toHaveCount(legalIds.length);
  await expect(page.locator('#a .count'), 'the count follows, in English').toHaveText(
    `${legalIds.length} events`,
  );
  expect(
    await page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length]),
    'no cookie, no storage on the host page',
  ).toEqual(['', 0, 0]);
  expect(await context.cookies(), 'no cookies in the browser').toEqual([]);
  // Moved in the page, the element mounts again, with its palette adopted once.
  await page.evaluate(() => document.querySelector('main')!.append(document.querySelector('#a')!));
  await expect(page.locator('#a button.mark')).toHaveCount(legalIds.length);
  expect(
    await page.evaluate(() => document.querySelector('#a')!.shadowRoot!.adoptedStyleSheets.length),
  ).toBe(1);
});

test('bad src, bad data and bad attributes show a message, fire chronik-error and warn once each', async ({
  page,
}) => {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await page.goto(`${host.origin}/bad.html`);
  await page.waitForFunction(
    () =>
      (window as unknown as { __events: Recorded[] }).__events.filter(
        (e) => e.type === 'chronik-error',
      ).length >= 6,
  );
  const errorsBy = (await recorded(page))
    .filter((e) => e.type === 'chronik-error')
    .map((e) => e.id);
  for (const id of ['unreachable', 'not-json', 'wrong']) {
    expect(errorsBy, `chronik-error from #${id}`).toContain(id);
    await expect(page.locator(`#${id} [role="alert"]`), `message box in #${id}`).toHaveCount(1);
  }
  expect(
    errorsBy.filter((id) => id === 'attributes'),
    'three attribute problems',
  ).toHaveLength(3);
  const notices = await page.locator('#attributes .notices li').allTextContents();
  expect(
    notices.some((n) => n.includes('weather')),
    'notice names the category',
  ).toBe(true);
  expect(
    notices.some((n) => n.includes('banana')),
    'notice names the date',
  ).toBe(true);
  expect(
    warnings.some((w) => w.includes('attribute categories="weather" was ignored. Fix:')),
    'console warning names the attribute and the fix',
  ).toBe(true);
});

test('a src or site that is not an http(s) address is refused, named, and good values bring the widget back', async ({
  page,
  baseURL,
}) => {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await page.goto(`${host.origin}/recover.html`);
  // A src that is no URL, or not an http(s) one: a message and an event, nothing thrown (the
  // guard fails the test on any page error) and no "loading" for ever.
  for (const id of ['bad-src', 'script-src']) {
    await expect(page.locator(`#${id} [role="alert"]`), `#${id} says so`).toContainText(
      'The data could not be loaded.',
    );
    await expect
      .poll(() => countOf(page, 'chronik-error', id), `chronik-error from #${id}`)
      .toBe(1);
  }
  expect(
    warnings.some((w) =>
      w.includes('src: "http://[" is not an http or https URL. Fix: point src at'),
    ),
    'the warning names src, its value and the fix',
  ).toBe(true);

  // A javascript: site: the widget renders, its links go where the script comes from, and a
  // notice names the attribute and its value.
  const site = page.locator('#script-site');
  await expect(site.locator('.list li')).toHaveCount(securityIds.length);
  await expect(site.locator('.notices li')).toHaveText([
    '"javascript:alert(1)" is not a valid value for site and was ignored.',
  ]);
  const links = await linksOf(page, 'script-site');
  expect(links.length, 'links drawn').toBeGreaterThan(0);
  for (const href of links) expect(href.startsWith(`${baseURL}/`), href).toBe(true);
  expect(
    warnings.some((w) => w.includes('attribute site="javascript:alert(1)" was ignored. Fix:')),
  ).toBe(true);
  await expect.poll(() => countOf(page, 'chronik-error', 'script-site')).toBe(1);

  // Good values bring the widgets back.
  await page.evaluate((url) => {
    document.getElementById('bad-src')!.setAttribute('src', `${url}/data/event-list.json`);
    document.getElementById('script-site')!.setAttribute('site', 'https://chronik.example.org/');
  }, baseURL!);
  await expect(page.locator('#bad-src [role="alert"]')).toHaveCount(0);
  await expect(page.locator('#bad-src .chronik-timeline button.mark')).toHaveCount(
    data.events.length,
  );
  await expect.poll(() => countOf(page, 'chronik-ready', 'bad-src')).toBe(1);
  await expect(site.locator('.notices')).toHaveCount(0);
  await expect(site.locator('.foot a.credit')).toHaveAttribute(
    'href',
    'https://chronik.example.org/',
  );

  // A bad site on a rendered widget: its links fall back to where the script comes from, not
  // to the site it had, and no link runs script.
  const other = page.locator('#other-site');
  await expect(other.locator('.foot a.credit')).toHaveAttribute(
    'href',
    'https://chronik.example.org/',
  );
  for (const bad of ['http://[', 'data:text/html,hello', ' JavaScript:alert(1)']) {
    await page.evaluate(
      (value) => document.getElementById('other-site')!.setAttribute('site', value),
      bad,
    );
    await expect(other.locator('.notices li'), bad).toHaveText([
      `"${bad.trim()}" is not a valid value for site and was ignored.`,
    ]);
    await expect(other.locator('.chronik-timeline button.mark')).toHaveCount(securityIds.length);
    for (const href of await linksOf(page, 'other-site')) {
      expect(href.startsWith(`${baseURL}/`), `${bad}: ${href}`).toBe(true);
    }
  }
  await expect.poll(() => countOf(page, 'chronik-error', 'other-site')).toBe(3);
  await expect(page.locator('chronik-timeline a[href^="javascript:" i]')).toHaveCount(0);
});

test('data given as the events property that cannot be used, then good data: the widget comes back', async ({
  page,
}) => {
  await page.goto(`${host.origin}/export.html`);
  const widget = page.locator('#array');
  const given = (await (await page.request.get('/data/events.json')).json()) as {
    events: { date: { start: string } }[];
  };
  const good = given.events.slice(0, 3);
  // A day that does not exist passes the check of the data's shape; reading it must not throw.
  const impossible = [
    { ...good[0]!, date: { ...good[0]!.date, start: '2023-02-30', precision: 'day' } },
  ];
  const give = (events: unknown) =>
    page.evaluate((value) => {
      (window as unknown as { __given: unknown }).__given = value;
      (document.getElementById('array') as HTMLElement & { events: unknown }).events = value;
    }, events);
  await give(impossible);
  await expect(widget.locator('[role="alert"]')).toContainText(
    'The data does not follow the Chronik format.',
  );
  await expect.poll(() => countOf(page, 'chronik-error', 'array')).toBe(1);
  await give(good);
  await expect(widget.locator('.list li')).toHaveCount(3);
  await expect(widget.locator('[role="alert"]')).toHaveCount(0);

  // Whatever still fails while drawing (here a title that throws when read in German) is
  // caught, reported, and drawn again after the next change of an attribute.
  await page.evaluate(() => {
    const [first] = (window as unknown as { __given: { title: object }[] }).__given;
    Object.defineProperty(first!.title, 'de', {
      get() {
        throw new Error('no German title');
      },
    });
    document.getElementById('array')!.setAttribute('lang', 'de');
  });
  await expect(widget.locator('[role="alert"]')).toContainText(
    'Die Daten entsprechen nicht dem Chronik-Format.',
  );
  await expect.poll(() => countOf(page, 'chronik-error', 'array')).toBe(2);
  await page.evaluate(() => document.getElementById('array')!.setAttribute('lang', 'en'));
  await expect(widget.locator('[role="alert"]')).toHaveCount(0);
  await expect(widget.locator('.list li')).toHaveCount(3);
});

test('from and to are periods: from="2024-06" to="2024" runs from June to the end of 2024', async ({
  page,
}) => {
  const given = (await (await page.request.get('/data/events.json')).json()) as {
    events: { date: Parameters<typeof getEventTimes>[0] }[];
  };
  const overlapping = (start: number, end: number) =>
    given.events.filter((event) => {
      const period = getEventTimes(event.date);
      return period.end > start && period.start < end;
    }).length;
  const june = Date.UTC(2024, 5, 1);
  const expected = overlapping(june, Date.UTC(2025, 0, 1));
  expect(expected, 'the data has events in the second half of 2024').toBeGreaterThan(0);
  expect(expected, 'and after it').toBeLessThan(overlapping(june, Infinity));
  await page.goto(`${host.origin}/period.html`);
  await expect(page.locator('#june-to-december .count')).toHaveText(`${expected} events`);
  await expect(page.locator('#june-to-december .notices')).toHaveCount(0);
  await expect(page.locator('#june-on .count')).toHaveText(`${overlapping(june, Infinity)} events`);
  // Only a from that starts after the end of to is a conflict: to is left out, and says so.
  await expect(page.locator('#backwards .notices li')).toHaveText([
    '"2024" in to was ignored: the start of the period is after its end.',
  ]);
  await expect.poll(() => countOf(page, 'chronik-error', 'backwards')).toBe(1);
  expect(await countOf(page, 'chronik-error', 'june-to-december')).toBe(0);
});

test('a widget whose search cannot be loaded says so and fires chronik-error', async ({ page }) => {
  await page.route('**/embed/chronik-search.js', (route) =>
    route.fulfill({ status: 404, body: 'gone' }),
  );
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await page.goto(`${host.origin}/`);
  // Widget b searches ("signing key"); widget a does not and is not affected.
  await expect(page.locator('#b [role="alert"]')).toBeVisible();
  await expect(page.locator('#a .chronik-timeline button.mark')).toHaveCount(securityIds.length);
  await page.waitForFunction(() =>
    (window as unknown as { __events: Recorded[] }).__events.some(
      (e) => e.type === 'chronik-error' && e.id === 'b',
    ),
  );
  expect(warnings.some((w) => w.includes('chronik-search.js'))).toBe(true);
});

test('a widget whose search index cannot be loaded says so and fires chronik-error', async ({
  page,
}) => {
  // The widget loads the site's event list, and for words the index the site prebuilt beside it.
  await page.route('**/data/search-index.json', (route) =>
    route.fulfill({ status: 404, body: 'gone' }),
  );
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await page.goto(`${host.origin}/`);
  await expect(page.locator('#b [role="alert"]')).toBeVisible();
  await expect(page.locator('#a .chronik-timeline button.mark')).toHaveCount(securityIds.length);
  expect(
    warnings.some((w) => w.includes('search index could not be loaded') && w.includes('HTTP 404')),
  ).toBe(true);
});

test('a widget given the whole export (src) or its events (property) shows and searches them', async ({
  page,
  baseURL,
}) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(`${host.origin}/export.html`);
  // The full export: filtered by category and searched, the search built from its events.
  const microsoft = data.events
    .filter((e) => e.categories.includes('legal'))
    .filter((e) => JSON.stringify(e).includes('Microsoft'));
  expect(microsoft.length).toBeGreaterThan(0);
  await expect(page.locator('#full .list li')).toHaveCount(microsoft.length);
  // An events array handed over as a property, with neutral categories.
  const some = (await (await fetch(`${baseURL}/data/events.json`)).json()) as { events: unknown[] };
  await page.evaluate(
    (events) => {
      (document.getElementById('array') as HTMLElement & { events: unknown }).events = events;
    },
    some.events.slice(0, 3),
  );
  await expect(page.locator('#array .list li')).toHaveCount(3);
  expect(requested).toContain('/embed/chronik-export.js');
  expect(requested).not.toContain('/data/search-index.json');
});

test('the iframe renders, resizes itself, keeps its deep link, and other pages refuse framing', async ({
  page,
  baseURL,
}) => {
  await page.goto(`${host.origin}/iframe.html`);
  await page.waitForFunction(() =>
    (window as unknown as { __events: Recorded[] }).__events.some(
      (e) => e.type === 'chronik:resize',
    ),
  );
  await page.waitForFunction(
    () => document.getElementById('embed')!.getBoundingClientRect().height > 200,
  );
  const frame = page.frameLocator('#embed');
  await frame.locator('.chronik-timeline button.mark').first().click();
  const embedded = page.frames().find((f) => f.url().startsWith(`${baseURL}/embed/`));
  if (!embedded) throw new Error('no embed frame');
  await embedded.waitForURL(/event=/);
  expect(embedded.url(), "the frame's own URL keeps the selection").toContain(
    `event=${securityIds[0]}`,
  );
  // The deep link: the frame's own URL, loaded again, opens the same event.
  await embedded.goto(embedded.url());
  await expect(frame.locator('.card h2'), 'reloading the frame keeps the event').toHaveText(
    data.events.find((e) => e.id === securityIds[0])!.title.en,
  );
  expect(
    await embedded.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length]),
    'no cookie, no storage inside the frame',
  ).toEqual(['', 0, 0]);
  const framed = page
    .frames()
    .find((f) => f.url().includes('/de/') && !f.url().includes('/embed/'));
  const framedTitle = framed
    ? await framed
        .locator('h1')
        .count()
        .catch(() => 0)
    : 0;
  expect(framedTitle, 'the explorer refuses to be framed').toBe(0);
  // "Open the event" leaves the frame: the host page itself goes to the event page.
  await frame.locator('.card a').first().click();
  await page.waitForURL(`${baseURL}/en/events/${securityIds[0]}/`);
});

test('the same words find the same events in the explorer and in the widget', async ({
  page,
  browser,
  baseURL,
}) => {
  const words = [
    'Signaturschlüssel',
    'signing key',
    'Datenschutz',
    'Souveränität',
    'cloud',
    'Microsoft 365',
    'Bundestag',
    'Schleswig',
  ];
  const article = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Search</title>
<script type="module" src="${baseURL}/embed/chronik-timeline.js"></script></head><body>
${words.map((word, i) => `<chronik-timeline id="w${i}" view="list" q="${word}"></chronik-timeline>`).join('\n')}
</body></html>`;
  const searchHost = await startHost({ site: baseURL!, pages: { '/': article } });
  try {
    await page.goto(`${searchHost.origin}/`);
    const found: Record<string, (string | null)[]> = {};
    for (const [i, word] of words.entries()) {
      const list = page.locator(`#w${i} .list li`);
      await expect(page.locator(`#w${i} .count`)).toBeVisible();
      found[word] = await list.evaluateAll((items) =>
        items.map((li) => li.getAttribute('data-id')),
      );
    }
    const explorer = await browser.newContext({ baseURL });
    const explorerPage = await explorer.newPage();
    for (const word of words) {
      await explorerPage.goto(`/de/?q=${encodeURIComponent(word)}`);
      await expect(explorerPage.locator('.filter-bar')).toBeVisible();
      const ids = await explorerPage
        .locator('li.card')
        .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-id')));
      expect(ids, `"${word}": the explorer finds what the widget finds`).toEqual(found[word]);
      expect(ids.length, `"${word}" finds something`).toBeGreaterThan(0);
    }
    await explorer.close();
  } finally {
    await searchHost.close();
  }
});

for (const [lang, target] of [
  ['de', '#a'],
  ['en', '#b'],
] as const) {
  test(`axe finds no WCAG 2.1 A/AA violations inside the widget (${lang})`, async ({ page }) => {
    await openArticle(page);
    expect(await axeViolations(page, target)).toEqual([]);
  });
}

test('the widget marks an event that rests on one source, in both languages', async ({ page }) => {
  const single = data.events.find((e) => getEvidence(e) === 'single')!;
  const confirmed = data.events.find((e) => getEvidence(e) === 'multiple')!;
  for (const [lang, text] of [
    ['de', 'eine Quelle'],
    ['en', 'single source'],
  ] as const) {
    await page.goto(`/embed/?lang=${lang}&event=${single.id}`);
    await expect(page.locator('.card h2')).toHaveText(single.title[lang]);
    await expect(page.locator('.card'), `${lang}: cue on ${single.id}`).toContainText(text);
    await page.goto(`/embed/?lang=${lang}&event=${confirmed.id}`);
    await expect(page.locator('.card h2')).toHaveText(confirmed.title[lang]);
    await expect(page.locator('.card'), `${lang}: no cue on ${confirmed.id}`).not.toContainText(
      text,
    );
  }
});

test("a reader downloads the widget's view as CSV and JSON, on a host of another origin and in the iframe", async ({
  page,
}) => {
  await openArticle(page);
  const widget = page.locator('#a');
  const save = async (
    scope: ReturnType<Page['locator']> | ReturnType<Page['frameLocator']>,
    name: string,
  ) => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      scope.getByRole('group').getByRole('button', { name, exact: true }).click(),
    ]);
    return {
      name: download.suggestedFilename(),
      text: await readFile(await download.path(), 'utf8'),
    };
  };
  const csv = await save(widget, 'CSV');
  expect(csv.name).toMatch(/\.csv$/);
  const [comment, header, ...rows] = csv.text.trimEnd().split('\r\n');
  expect(comment).toMatch(
    /^# Chronik – .*Lizenz .*categories=security.* abgerufen am \d{4}-\d{2}-\d{2}\.$/,
  );
  expect(header!.startsWith('id,')).toBe(true);
  expect(rows.map((row) => row.split(',')[0])).toEqual(securityIds);
  const json = JSON.parse((await save(widget, 'JSON')).text) as {
    dataset: { view: { url: string } };
    events: { id: string }[];
  };
  expect(json.events.map((e) => e.id)).toEqual(securityIds);
  expect(json.dataset.view.url).toMatch(/\/de\/\?categories=security$/);

  await page.goto(`${host.origin}/iframe.html`);
  const frame = page.frameLocator('#embed');
  await expect(frame.locator('chronik-timeline .count')).toHaveText(`${securityIds.length} events`);
  const framed = JSON.parse((await save(frame.locator('chronik-timeline'), 'JSON')).text) as {
    events: { id: string }[];
  };
  expect(framed.events.map((e) => e.id)).toEqual(securityIds);
});
