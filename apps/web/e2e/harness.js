// A small harness for the browser tests: a static server with the behaviour of a plain
// static host, Debian's Chromium through playwright-core, and a check() runner that prints
// one line per check and a closing "N passed, M failed".
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

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

/**
 * Reads a `_headers` file (the format of Netlify and Cloudflare Pages): a path pattern with
 * `*` wildcards, then indented `Name: value` lines, or `! Name` to drop a header set by an
 * earlier rule. Returns a function giving the headers for a path.
 *
 * @param {string} text
 * @returns {(path: string) => Record<string, string>}
 */
export function parseHeadersFile(text) {
  /** @type {{ pattern: RegExp, set: [string, string][], drop: string[] }[]} */
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${source}$`), set: [], drop: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) continue;
    const entry = line.trim();
    if (entry.startsWith('!')) rule.drop.push(entry.slice(1).trim().toLowerCase());
    else {
      const colon = entry.indexOf(':');
      rule.set.push([entry.slice(0, colon).trim().toLowerCase(), entry.slice(colon + 1).trim()]);
    }
  }
  return (path) => {
    /** @type {Record<string, string>} */
    const headers = {};
    for (const rule of rules) {
      if (!rule.pattern.test(path)) continue;
      for (const name of rule.drop) delete headers[name];
      for (const [name, value] of rule.set) headers[name] = value;
    }
    return headers;
  };
}

/**
 * Serves a folder like a static host: `dir/` → `dir/index.html`, a missing path → `404.html`
 * with status 404. Listens on a free localhost port.
 *
 * @param {string} root
 * @param {{ headers?: (path: string) => Record<string, string> }} [options]
 * @returns {Promise<{ origin: string, close: () => void }>}
 */
export async function serveStatic(root, options = {}) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) return void response.writeHead(403).end();
    const extra = options.headers?.(path) ?? {};
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        ...extra,
      });
      response.end(body);
    } catch {
      const notFound = join(root, '404.html');
      const body = existsSync(notFound) ? await readFile(notFound) : 'not found';
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8', ...extra }).end(body);
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return { origin: `http://127.0.0.1:${address.port}`, close: () => server.close() };
}

/** Fails with a clear message when Chromium is missing. */
export function requireChromium() {
  if (!existsSync(CHROMIUM)) {
    console.error(
      `e2e: Chromium not found at ${CHROMIUM}; install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH`,
    );
    process.exit(1);
  }
}

export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/**
 * A new page in its own context, recording page errors and every request that leaves the
 * allowed origins.
 *
 * @param {import('playwright-core').Browser} browser
 * @param {{ allowed: string[], foreign: string[], javaScriptEnabled?: boolean, colorScheme?: 'light' | 'dark', width?: number, height?: number, locale?: string }} options
 */
export async function openPage(browser, options) {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    reducedMotion: 'reduce',
    locale: options.locale ?? 'de-DE',
  });
  const page = await context.newPage();
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    // A 404 page logs its own status as a failed resource; that is the expected answer.
    if (message.type() === 'error' && !message.text().includes('404')) errors.push(message.text());
  });
  page.on('request', (request) => {
    const url = request.url();
    if (
      !url.startsWith('data:') &&
      !url.startsWith('blob:') &&
      !options.allowed.some((origin) => url.startsWith(origin))
    ) {
      options.foreign.push(url);
    }
  });
  return { page, context, errors };
}

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

export function assertEqual(actual, expected, what) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${what}: expected ${e}, got ${a}`);
}

/** Runs checks one after another and keeps the tally. */
export function createRunner() {
  /** @type {{ name: string, ok: boolean }[]} */
  const results = [];
  return {
    async check(name, fn) {
      try {
        await fn();
        results.push({ name, ok: true });
        console.log(`  ✓ ${name}`);
      } catch (error) {
        results.push({ name, ok: false });
        const message = error instanceof Error ? error.message : String(error);
        const short = message.length > 1500 ? `${message.slice(0, 1500)}…` : message;
        console.log(`  ✗ ${name}\n      ${short.split('\n').join('\n      ')}`);
      }
    },
    finish() {
      const failed = results.filter((result) => !result.ok).length;
      console.log(`${results.length - failed} passed, ${failed} failed`);
      process.exitCode = failed === 0 ? 0 : 1;
    },
  };
}
