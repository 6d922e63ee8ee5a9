// Every route type in both languages, and the embed, with what a reader's browser does recorded:
// the Content-Security-Policy the page runs under (header and <meta>) and every violation of
// it; every request (none may leave the origin: the guard in fixtures.ts fails the test on
// one, this test also counts them); cookies; storage. Served with the build's own `_headers`,
// as a static host that reads them would (e2e/serve.js).
import { openExplorer } from '../explorer';
import { expect, policyViolations, recordPolicyViolations, test } from '../fixtures';
import { CATEGORY, EVENT, FILES } from '../routes';

const LANGS = ['de', 'en'] as const;

/** A page of the site in a language: its path and what shows that it is ready. */
interface Route {
  path: string;
  /** An element the page shows when hydrated (HTML pages only). */
  ready?: string;
}

function htmlRoutes(lang: (typeof LANGS)[number]): Route[] {
  return [
    { path: `/${lang}/`, ready: '.filter-bar' },
    { path: `/${lang}/?q=cloud&category=${CATEGORY.id}&view=list`, ready: '.filter-bar' },
    { path: `/${lang}/events/${EVENT.id}/`, ready: 'main h1' },
    { path: `/${lang}/data/`, ready: 'main h1' },
    { path: `/${lang}/changes/`, ready: 'main h1' },
    { path: `/${lang}/embed/`, ready: 'main h1' },
    { path: `/${lang}/accessibility/`, ready: 'main h1' },
    { path: `/embed/?lang=${lang}&category=${CATEGORY.id}`, ready: 'chronik-timeline' },
    { path: `/${lang}/no-such-page/`, ready: 'main h1' },
  ];
}

/** The policy directives as a map from name to sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name = '', ...sources]) => [name, sources]),
  );
}

test('every page runs under a strict policy without a violation, and sends and keeps nothing', async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(180_000);
  await recordPolicyViolations(page);
  const origin = new URL(baseURL ?? '').origin;
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const visited: string[] = [];

  for (const lang of LANGS) {
    for (const route of htmlRoutes(lang)) {
      const response = await page.goto(route.path);
      const status = response?.status();
      expect(status, route.path).toBe(route.path.includes('no-such-page') ? 404 : 200);
      if (route.ready) await expect(page.locator(route.ready).first()).toBeVisible();

      // The header: frames refused except for the embed; images, data, frames from the site.
      const header = directives(response?.headers()['content-security-policy'] ?? '');
      const embed = route.path.startsWith('/embed/');
      expect(header.get('frame-ancestors'), route.path).toEqual(embed ? ['*'] : ["'none'"]);
      expect(header.get('img-src'), route.path).toEqual(["'self'", 'data:']);
      expect(header.get('connect-src'), route.path).toEqual(["'self'"]);
      expect(header.get('object-src'), route.path).toEqual(["'none'"]);

      // The page's own policy: scripts from the site and hashed inline ones only; no eval.
      const meta = await page
        .locator('meta[http-equiv="content-security-policy"]')
        .getAttribute('content');
      const policy = directives(meta ?? '');
      expect(policy.get('default-src'), route.path).toEqual(["'self'"]);
      const scripts = policy.get('script-src') ?? [];
      expect(scripts[0], route.path).toBe("'self'");
      expect(
        scripts.slice(1).every((source) => /^'sha256-[A-Za-z0-9+/]+=*'$/.test(source)),
        `${route.path}: script-src ${scripts.join(' ')}`,
      ).toBe(true);
      expect(meta, route.path).not.toMatch(/unsafe-eval|'unsafe-inline'[^;]*;.*script|\*/);
      expect(policy.get('img-src'), route.path).toEqual(["'self'", 'data:']);
      expect(policy.get('connect-src'), route.path).toEqual(["'self'"]);

      // What readers do on the page: search, filter, open an event, switch the theme.
      if (route.path === `/${lang}/`) {
        const explorer = await openExplorer(page, lang);
        await page.getByRole('searchbox').first().fill('Microsoft');
        await expect.poll(() => explorer.count()).toMatch(lang === 'de' ? / von / : / of /);
        await page.locator('.chronik-timeline button.mark').first().click();
        await page.locator('html').press('Escape');
        // The theme once (the choice is remembered: the English page opens dark).
        if (lang === 'de') {
          await page.getByRole('button', { name: 'Dunkles Design einschalten' }).click();
        }
        await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      }
      expect(await policyViolations(page), route.path).toEqual([]);
      visited.push(route.path);
    }
  }

  for (const path of FILES) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-security-policy'], path).toContain('frame-ancestors');
    visited.push(path);
  }

  // Nothing left the origin (fixtures.ts's guard fails the test too; counted here).
  const foreign = requests.filter((url) => !url.startsWith(origin) && !/^(data|blob):/.test(url));
  expect(foreign).toEqual([]);
  expect(requests.length, 'requests recorded').toBeGreaterThan(visited.length);

  // Nothing kept: no cookies; in localStorage only the reader's theme choice. sessionStorage
  // holds only SvelteKit's own per-tab scroll positions and snapshots, which restore a page on
  // Back and are gone with the tab.
  expect(await context.cookies()).toEqual([]);
  const kept = await page.evaluate(async () => ({
    local: Object.keys(localStorage),
    session: Object.keys(sessionStorage),
    databases: (await indexedDB.databases()).map((db) => db.name),
    caches: await caches.keys(),
    workers: (await navigator.serviceWorker?.getRegistrations())?.length ?? 0,
  }));
  expect(kept.local).toEqual(['chronik-theme']);
  expect(kept.session.filter((key) => !/^sveltekit:(scroll|snapshot)$/.test(key))).toEqual([]);
  expect(kept.databases).toEqual([]);
  expect(kept.caches).toEqual([]);
  expect(kept.workers).toBe(0);
  test.info().annotations.push({
    type: 'measured',
    description: `${visited.length} routes and files, ${requests.length} requests, all on ${origin}`,
  });
});

test('the policy blocks a script injected into a page, and the recorder sees it', async ({
  browser,
}) => {
  // A context of its own: the refusal is logged as a console error, which the guard would count.
  const context = await browser.newContext();
  const page = await context.newPage();
  await recordPolicyViolations(page);
  await page.goto('/de/');
  await expect(page.locator('.filter-bar')).toBeVisible();
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.head.append(script);
    const link = document.createElement('a');
    link.setAttribute('onclick', 'window.injected = true');
    link.click();
    return (window as unknown as { injected?: boolean }).injected ?? false;
  });
  expect(ran).toBe(false);
  await expect
    .poll(() => policyViolations(page))
    .toEqual(['script-src-elem blocked inline', 'script-src-attr blocked inline']);
  await context.close();
});
