// Serves a built site the way a plain static host does, for the browser tests: files through
// sirv (`dir/` answers with `dir/index.html`), missing paths with `404.html` and status 404,
// and the response headers of the build's `_headers` file (the format Netlify and Cloudflare
// Pages read), so that the tests see the same framing and CORS rules as readers.
//
//   node e2e/serve.js <folder> <port> [base path, e.g. /chronik]
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

/**
 * Reads a `_headers` file: a path pattern with `*` wildcards, then indented `Name: value`
 * lines, or `! Name` to drop a header an earlier rule set. Returns the headers for a path.
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
 * Serves `root` on `127.0.0.1:port` (0: any free port), under the folder `base` (`/chronik`,
 * for a site built with that base path; default: at the root), as a host serves a site in a
 * folder: paths outside it are not found.
 *
 * @param {{ root: string, port?: number, base?: string }} options
 * @returns {Promise<{ origin: string, root: string, close: () => Promise<void> }>}
 */
export async function serve({ root, port = 0, base = '' }) {
  const folder = resolve(root);
  if (!existsSync(join(folder, 'index.html'))) {
    throw new Error(
      `serve: no site in ${folder}; build it first (pnpm --filter @chronik/web build)`,
    );
  }
  const headersFile = join(folder, '_headers');
  const headersFor = existsSync(headersFile)
    ? parseHeadersFile(readFileSync(headersFile, 'utf8'))
    : () => ({});
  const notFound = readFileSync(join(folder, '404.html'));
  const files = sirv(folder, { dev: false, etag: false, dotfiles: false });

  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    for (const [name, value] of Object.entries(headersFor(path))) response.setHeader(name, value);
    const inside = path === base || path.startsWith(`${base}/`);
    if (inside && base) request.url = (request.url ?? '/').slice(base.length) || '/';
    const next = () => {
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(notFound);
    };
    if (inside) files(request, response, next);
    else next();
  });
  await new Promise((done) => server.listen(port, '127.0.0.1', () => done(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${address.port}`,
    /** The site's root: the origin and the base path. */
    root: `http://127.0.0.1:${address.port}${base}`,
    close: () => new Promise((done) => server.close(() => done(undefined))),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [root = 'build', port = '4173', base = ''] = process.argv.slice(2);
  const site = await serve({ root, port: Number(port), base });
  console.log(`serving ${root} at ${site.root}/`);
}
