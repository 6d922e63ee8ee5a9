// What every browser test shares: the built dataset, the page language as a project option,
// and two guards that run in every test: no request may leave the machine (our promise of
// zero third-party requests) and no page may throw or log an error.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { serve } from './serve.js';

/** The parts of a Chronik export the tests read. */
export interface ExportedData {
  dataset: { title: { de: string; en: string }; version: string };
  categories: { id: string; label: { de: string; en: string } }[];
  events: {
    id: string;
    title: { de: string; en: string };
    categories: string[];
    actors: string[];
    sources: { publisher: string }[];
    evidence?: 'primary' | 'multiple' | 'single';
    changes?: { date: string }[];
  }[];
}

/** Reads the export of a built site, the truth the tests compare pages against. */
export function readExport(root: string): ExportedData {
  return JSON.parse(readFileSync(`${root}/data/events.json`, 'utf8')) as ExportedData;
}

/** The main build's data. */
export const data = readExport('build');

/** Requests to these are not third-party: the site under test and the made-up host. */
function isOurs(url: string): boolean {
  return /^(data|blob|about):/.test(url) || /^http:\/\/(127\.0\.0\.1|localhost):\d+\//.test(url);
}

/** Console errors that are answers, not faults. */
const EXPECTED_CONSOLE = [
  // A 404 page logs its own status as a failed resource.
  /404/,
  // Pages other than the embed refuse to be framed; the browser reports the refusal.
  /frame-ancestors/,
];

/** Options the projects in playwright.config.ts set. */
export interface Options {
  /** The language of the pages under test; set by the `de` and `en` projects. */
  lang: 'de' | 'en';
}

interface Fixtures extends Options {
  /** Guards every test: no request leaves the machine, no page error or console error. */
  guard: void;
}

/**
 * Watches a context for requests to other hosts and for errors, and returns the findings.
 * Used by the automatic guard and by tests that open contexts of their own.
 */
export function watch(context: BrowserContext): { foreign: string[]; errors: string[] } {
  const foreign: string[] = [];
  const errors: string[] = [];
  context.on('request', (request) => {
    if (!isOurs(request.url())) foreign.push(request.url());
  });
  const attach = (page: Page) => {
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      if (EXPECTED_CONSOLE.some((pattern) => pattern.test(message.text()))) return;
      errors.push(`${page.url()}: ${message.text()}`);
    });
  };
  context.pages().forEach(attach);
  context.on('page', attach);
  return { foreign, errors };
}

export const test = base.extend<Fixtures>({
  lang: ['de', { option: true }],
  guard: [
    async ({ context }, use) => {
      const { foreign, errors } = watch(context);
      await use();
      expect(foreign, 'requests that left the machine').toEqual([]);
      expect(errors, 'page errors and console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Records every violation of the Content-Security-Policy of the pages of a context (or of one
 * page), from before their first script runs, as `directive blocked what`; read them with
 * {@link policyViolations}. Listens in the capture phase, so a widget's shadow root cannot
 * hide one.
 */
export async function recordPolicyViolations(target: Page | BrowserContext): Promise<void> {
  await target.addInitScript(() => {
    const found: string[] = [];
    (window as unknown as { policyViolations: string[] }).policyViolations = found;
    document.addEventListener(
      'securitypolicyviolation',
      (event) => found.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`),
      true,
    );
  });
}

/** The policy violations {@link recordPolicyViolations} has seen on a page so far. */
export function policyViolations(page: Page): Promise<string[]> {
  return page.evaluate(
    () => (window as unknown as { policyViolations: string[] }).policyViolations,
  );
}

/** WCAG 2.1 A and AA violations on the page (or inside `include`), as readable lines. */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(', ')})`,
  );
}

/**
 * Serves host pages (a newsroom's article embedding the widget) from a folder of their own on
 * another port, so they come from another origin than the site, under a strict policy:
 * scripts only from the host itself and the Chronik site, no inline script, no eval. `policy`
 * replaces that Content-Security-Policy, e.g. with one that allows no inline styles either.
 */
export async function startHost(options: {
  site: string;
  pages: Record<string, string>;
  policy?: string;
}): Promise<{ origin: string; close: () => Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), 'chronik-host-'));
  const policy =
    options.policy ?? `script-src 'self' ${options.site}; object-src 'none'; base-uri 'none'`;
  const files: Record<string, string> = {
    '/404.html': 'not found',
    '/_headers': `/*\n  Content-Security-Policy: ${policy}\n`,
    ...options.pages,
  };
  for (const [path, body] of Object.entries(files)) {
    await writeFile(join(root, path === '/' ? 'index.html' : path), body);
  }
  const server = await serve({ root });
  return {
    origin: server.origin,
    close: async () => {
      await server.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}
