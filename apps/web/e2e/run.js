// End-to-end checks of the built site in a real browser (Debian's Chromium, driven by
// playwright-core). Serves build/ from this process on a free localhost port, so what is
// tested is exactly what a static host would serve.
//
//   node e2e/run.js            run every check
//   CHROMIUM_PATH=… node …     use another Chromium
//   SCREENSHOTS=1 node …       also write screenshots to e2e/screenshots/
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';

const BUILD = fileURLToPath(new URL('../build/', import.meta.url));
const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(join(BUILD, 'index.html'))) {
  console.error(`e2e: no site in ${BUILD}; build it first (pnpm --filter @chronik/web build)`);
  process.exit(1);
}
if (!existsSync(CHROMIUM)) {
  console.error(
    `e2e: Chromium not found at ${CHROMIUM}; install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH`,
  );
  process.exit(1);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** A static file server with the semantics of a plain static host (dir/ → dir/index.html). */
function serve(root) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) return void response.writeHead(403).end();
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const server = await serve(BUILD);
const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
const origin = `http://127.0.0.1:${port}`;
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-quic',
    '--no-first-run',
    '--disable-component-update',
    '--disable-sync',
  ],
});

/** Every request a page makes that leaves the site's origin. */
const foreignRequests = [];

async function openPage({ javaScriptEnabled = true, colorScheme = 'light', width = 1280 } = {}) {
  const context = await browser.newContext({
    javaScriptEnabled,
    colorScheme,
    viewport: { width, height: 900 },
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) {
      foreignRequests.push(request.url());
    }
  });
  return { page, context, errors };
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

function assertEqual(actual, expected, what) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${what}: expected ${e}, got ${a}`);
}

const results = [];
async function check(name, fn) {
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`  ✓ ${name}`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`  ✗ ${name}\n      ${error instanceof Error ? error.message : String(error)}`);
  }
}

console.log(`e2e against ${origin} with ${CHROMIUM}`);

for (const lang of ['de', 'en']) {
  const expected = {
    de: {
      title: 'Delos-Cloud und digitale Souveränität',
      security: 'IT-Sicherheit',
      shown: /^2 von \d+ Ereignissen$/,
    },
    en: {
      title: 'Delos Cloud and digital sovereignty',
      security: 'Security',
      shown: /^2 of \d+ events$/,
    },
  }[lang];

  await check(`${lang}: the list shows every event in chronological order`, async () => {
    const { page, context, errors } = await openPage();
    await page.goto(`${origin}/${lang}/`);
    assertEqual(await page.locator('h1').textContent(), expected.title, 'h1');
    assertEqual(await page.getAttribute('html', 'lang'), lang, 'html lang');
    const dates = await page
      .locator('article.event time')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime')));
    assert(dates.length >= 7, `expected at least 7 events, got ${dates.length}`);
    assertEqual(dates, [...dates].sort(), 'dates in order');
    assertEqual(errors, [], 'page errors');
    await context.close();
  });

  await check(
    `${lang}: the page hydrates and filtering by a category changes the list and count`,
    async () => {
      const { page, context, errors } = await openPage();
      await page.goto(`${origin}/${lang}/`);
      const total = await page.locator('article.event').count();
      const chip = page.getByRole('button', { name: new RegExp(expected.security) });
      await chip.waitFor({ state: 'visible', timeout: 5000 }); // visible only once hydrated
      await chip.click();
      assertEqual(await chip.getAttribute('aria-pressed'), 'true', 'chip pressed');
      const shown = await page.locator('article.event').count();
      assertEqual(shown, 2, 'security events shown');
      const status = (await page.getByRole('status').textContent())?.trim() ?? '';
      assert(expected.shown.test(status), `live count "${status}" should match ${expected.shown}`);
      await chip.click();
      assertEqual(
        await page.locator('article.event').count(),
        total,
        'all events after unselecting',
      );
      assertEqual(errors, [], 'page errors');
      await context.close();
    },
  );

  await check(
    `${lang}: without JavaScript every event is listed and the filter is hidden`,
    async () => {
      const { page, context } = await openPage({ javaScriptEnabled: false });
      await page.goto(`${origin}/${lang}/`);
      const count = await page.locator('article.event').count();
      assert(count >= 7, `expected at least 7 events, got ${count}`);
      assert(!(await page.locator('section.filters').isVisible()), 'filter bar should be hidden');
      await context.close();
    },
  );

  for (const colorScheme of ['light', 'dark']) {
    await check(`${lang}, ${colorScheme}: axe finds no WCAG 2.1 A/AA violations`, async () => {
      const { page, context } = await openPage({ colorScheme });
      await page.goto(`${origin}/${lang}/`);
      await page.locator('section.filters').waitFor({ state: 'visible' });
      // Open every source list so their links are checked too.
      await page
        .locator('details.sources')
        .evaluateAll((nodes) => nodes.forEach((node) => (node.open = true)));
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      const summary = violations.map(
        (violation) =>
          `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
      );
      assertEqual(summary, [], 'axe violations');
      await context.close();
    });

    if (process.env.SCREENSHOTS) {
      for (const width of [360, 1280]) {
        const { page, context } = await openPage({ colorScheme, width });
        await page.goto(`${origin}/${lang}/`);
        await page.locator('section.filters').waitFor({ state: 'visible' });
        await mkdir(SCREENSHOTS, { recursive: true });
        await page.screenshot({
          path: join(SCREENSHOTS, `list-${lang}-${colorScheme}-${width}.png`),
          fullPage: true,
        });
        await context.close();
      }
    }
  }
}

await check('the root page links to both languages', async () => {
  const { page, context } = await openPage();
  await page.goto(`${origin}/`);
  await page.getByRole('link', { name: /Deutsch/ }).click();
  await page.waitForURL(`${origin}/de/`);
  await context.close();
});

await check('no request left the site’s origin', async () => {
  assertEqual(foreignRequests, [], 'requests to other origins');
});

await browser.close();
server.close();

const failed = results.filter((result) => !result.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
