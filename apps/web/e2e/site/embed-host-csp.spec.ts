// The widget on a host page whose Content-Security-Policy allows no inline styles (issue 11):
// `style-src 'self'`, nothing by default. The widget brings its styles as a constructed style
// sheet, which no policy blocks, and sets the few styles it computes through the CSSOM, which
// no policy blocks either; a <style> element or a style="…" attribute would be refused.
import {
  data,
  expect,
  policyViolations,
  recordPolicyViolations,
  startHost,
  test,
} from '../fixtures';

const securityIds = data.events.filter((e) => e.categories.includes('security')).map((e) => e.id);

/**
 * The strictest policy the widget works under: scripts from the host and the site, requests to
 * the site, the host's own style sheets and nothing else; Trusted Types enforced, with the one
 * policy Svelte makes for its templates.
 */
const policyFor = (site: string) =>
  [
    "default-src 'none'",
    `script-src 'self' ${site}`,
    `connect-src ${site}`,
    "style-src 'self'",
    "require-trusted-types-for 'script'",
    'trusted-types svelte-trusted-html',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');

let host: Awaited<ReturnType<typeof startHost>>;

test.beforeAll(async ({ baseURL }) => {
  const site = baseURL!;
  const article = (body: string) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<link rel="stylesheet" href="/host.css">
<script type="module" src="${site}/embed/chronik-timeline.js"></script></head>
<body><main><h1>A host article under a strict policy</h1>${body}</main></body></html>`;
  host = await startHost({
    site,
    policy: policyFor(site),
    pages: {
      '/host.css': 'body { font-family: Georgia, serif; } #tall { --chronik-link: #7a1f5c; }',
      '/': article(`<chronik-timeline id="a" lang="en" categories="security"></chronik-timeline>
<chronik-timeline id="tall" lang="de" height="400" theme="dark" view="list"></chronik-timeline>
<chronik-timeline id="words" lang="en" view="list" q="signing key"></chronik-timeline>
<chronik-timeline id="bad" lang="en" from="banana" categories="security"></chronik-timeline>`),
      '/export.html': article(
        `<chronik-timeline id="full" lang="en" src="${site}/data/events.json" view="list" categories="legal"></chronik-timeline>
<chronik-timeline id="given" lang="en" view="list"></chronik-timeline>`,
      ),
      '/inline.html': article('<p id="probe">An inline style this policy refuses.</p>'),
    },
  });
});

test.afterAll(() => host.close());

test('under style-src without unsafe-inline the widget renders styled, loads its data and violates nothing', async ({
  page,
  context,
}) => {
  await recordPolicyViolations(context);
  const consoleLines: string[] = [];
  page.on('console', (message) => consoleLines.push(`${message.type()}: ${message.text()}`));
  await page.goto(`${host.origin}/`);

  const a = page.locator('#a');
  await expect(a.locator('.chronik-timeline button.mark')).toHaveCount(securityIds.length);
  await expect(a.locator('.list li')).toHaveCount(securityIds.length);
  // The widget's own styles apply: its frame, and the timeline's marks, laid out.
  const frame = a.locator('.chronik-widget');
  await expect(frame).toHaveCSS('border-top-width', '1px');
  await expect(frame).toHaveCSS('border-top-color', 'rgb(201, 206, 214)');
  await expect(frame).toHaveCSS('border-radius', '8px');
  await expect(frame).toHaveCSS('padding-top', '12px');
  await expect(frame, 'its font, not the host page’s').not.toHaveCSS('font-family', /Georgia/);
  const mark = a.locator('.chronik-timeline button.mark').first();
  await expect(mark).toHaveCSS('width', '24px');
  await expect(mark).toHaveCSS('border-radius', '50%');
  // Positions set through the CSSOM (`style:translate`), which the policy allows.
  const places = await a
    .locator('.chronik-timeline button.mark')
    .evaluateAll((marks) => new Set(marks.map((m) => getComputedStyle(m).translate)).size);
  expect(places, 'marks in different places').toBeGreaterThan(1);

  // A card: the category's colour (a custom property set through the CSSOM, read by the
  // symbol's style rule) fills its symbol.
  await mark.click();
  const card = a.locator('.card');
  await expect(card).toHaveCSS('border-top-style', 'solid');
  const first = data.events.find((e) => e.id === securityIds[0])!;
  const colours = (
    (await (await page.request.get('/data/events.json')).json()) as {
      categories: { id: string; color: string }[];
    }
  ).categories;
  const hex = colours.find((c) => c.id === first.categories[0])!.color;
  const rgb = `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
  await expect(card.locator('.chronik-symbol').first()).toHaveCSS('fill', rgb);

  // The height attribute (a custom property set through the CSSOM), the dark theme and a
  // host's colour for links.
  const tall = page.locator('#tall');
  await expect(tall.locator('.chronik-widget')).toHaveCSS('max-height', '400px');
  await expect(tall.locator('.chronik-widget')).toHaveCSS('background-color', 'rgb(22, 24, 29)');
  await expect(tall.locator('.foot a').first()).toHaveCSS('color', 'rgb(122, 31, 92)');
  // The search (chronik-search.js and the index, loaded by the widget) and a notice.
  await expect(page.locator('#words .list li')).toHaveCount(1);
  await expect(page.locator('#bad .notices li')).toHaveCount(1);
  await expect(page.locator('#bad .notices')).toHaveCSS('border-radius', '6px');

  expect(await policyViolations(page), 'securitypolicyviolation events').toEqual([]);
  expect(
    consoleLines.filter((line) => /Content.Security.Policy|Refused to/i.test(line)),
    'console lines about the policy',
  ).toEqual([]);
});

test('under the same policy: an export, data given as a property, a render failure and a download', async ({
  page,
  context,
}) => {
  await recordPolicyViolations(context);
  const consoleLines: string[] = [];
  page.on('console', (message) => consoleLines.push(`${message.type()}: ${message.text()}`));
  await page.goto(`${host.origin}/export.html`);
  const legal = data.events.filter((e) => e.categories.includes('legal'));
  await expect(page.locator('#full .list li')).toHaveCount(legal.length);

  // Data as a property, then a title that throws when read: the boundary's message, styled by
  // a class (a style attribute there would be refused).
  const given = (await (await page.request.get('/data/events.json')).json()) as {
    events: unknown[];
  };
  await page.evaluate(
    (events) => {
      (window as unknown as { __given: unknown }).__given = events;
      (document.getElementById('given') as HTMLElement & { events: unknown }).events = events;
    },
    given.events.slice(0, 3),
  );
  const widget = page.locator('#given');
  await expect(widget.locator('.list li')).toHaveCount(3);
  await page.evaluate(() => {
    const [first] = (window as unknown as { __given: { title: object }[] }).__given;
    Object.defineProperty(first!.title, 'de', {
      get() {
        throw new Error('no German title');
      },
    });
    document.getElementById('given')!.setAttribute('lang', 'de');
  });
  const failure = widget.locator('.render-failure');
  await expect(failure).toContainText('Die Daten entsprechen nicht dem Chronik-Format.');
  await expect(failure).toHaveCSS('border-top-width', '1px');
  await expect(failure).toHaveCSS('padding-top', '12px');
  await page.evaluate(() => document.getElementById('given')!.setAttribute('lang', 'en'));
  await expect(widget.locator('.list li')).toHaveCount(3);

  // "Download this view" fetches the site's export and saves a file made in the page.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('#full').getByRole('button', { name: 'JSON', exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.json$/);

  expect(await policyViolations(page), 'securitypolicyviolation events').toEqual([]);
  expect(
    consoleLines.filter((line) => /Content.Security.Policy|Refused to/i.test(line)),
    'console lines about the policy',
  ).toEqual([]);
});

test('the check can fail: an inline style on the same host is refused and recorded', async ({
  browser,
}) => {
  // A context of its own: the refusal is logged as a console error, which the guard of the
  // test's own context would (rightly) count as a failure.
  const context = await browser.newContext();
  try {
    await recordPolicyViolations(context);
    const page = await context.newPage();
    const consoleLines: string[] = [];
    page.on('console', (message) => consoleLines.push(message.text()));
    await page.goto(`${host.origin}/inline.html`);
    await page.locator('#probe').evaluate((probe) => {
      const span = document.createElement('span');
      span.setAttribute('style', 'color: rgb(255, 0, 0)');
      probe.append(span);
      const style = document.createElement('style');
      style.textContent = '#probe { color: rgb(0, 128, 0); }';
      document.head.append(style);
    });
    await expect
      .poll(() => policyViolations(page))
      .toEqual([
        expect.stringMatching(/^style-src-attr/),
        expect.stringMatching(/^style-src-elem/),
      ]);
    await expect(page.locator('#probe span')).not.toHaveCSS('color', 'rgb(255, 0, 0)');
    await expect(page.locator('#probe')).not.toHaveCSS('color', 'rgb(0, 128, 0)');
    expect(consoleLines.some((line) => /Content Security Policy/.test(line))).toBe(true);
  } finally {
    await context.close();
  }
});
