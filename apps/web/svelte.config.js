import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { readSiteAddress } from './site-address.js';

// A build elsewhere (the e2e suite builds generated and fixture datasets beside the main build):
// SvelteKit's working files and the static site both go under this folder.
const elsewhere = process.env.CHRONIK_BUILD_DIR;

// The page template's one script of its own (src/app.html: the remembered theme, applied before
// the first paint). SvelteKit hashes the scripts it writes, not the template's; this adds the
// template script's hash to the policy, so that an edit to it cannot silently break the theme.
const templateScripts = [
  ...readFileSync(new URL('./src/app.html', import.meta.url), 'utf8').matchAll(
    /<script>([\s\S]*?)<\/script>/g,
  ),
].map(([, code]) => `sha256-${createHash('sha256').update(code).digest('base64')}`);

/** @type {import('@sveltejs/kit').Config} */
export default {
  preprocess: vitePreprocess(),
  kit: {
    // A fixed version name: turbo runs build, check and test at once, and each would otherwise
    // stamp its own Date.now() into .svelte-kit/generated, leaving prerendered HTML and client
    // JS with different names, so the site never hydrates while every check stays green.
    version: { name: process.env.APP_VERSION ?? 'dev' },
    // A site in a folder of its host (SITE_URL=https://example.org/chronik, or BASE_PATH):
    // every page, asset and data file under that folder; links go through resolve() and asset().
    paths: { base: readSiteAddress(process.env).base },
    // 404.html: static hosts serve it for paths that do not exist; it renders the error page in
    // the language of the path, and says so in both languages without JavaScript (see
    // src/hooks.server.ts).
    adapter: adapter({
      pages: elsewhere ? `${elsewhere}/site` : 'build',
      assets: elsewhere ? `${elsewhere}/site` : 'build',
      fallback: '404.html',
      strict: true,
    }),
    ...(elsewhere ? { outDir: `${elsewhere}/.svelte-kit` } : {}),
    // A strict Content-Security-Policy in a <meta> tag on every page: scripts only from the site
    // and the inline ones SvelteKit writes (each page's own hashes, so they cannot go into a
    // header shared by all pages); no eval; images, data and frames only from the site. Styles
    // allow inline ones: Svelte writes positions and colours as style attributes. The header
    // (src/routes/_headers/+server.ts, deploy/nginx.conf) repeats what a <meta> cannot carry.
    csp: {
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        'script-src': ['self', ...templateScripts],
        'style-src': ['self', 'unsafe-inline'],
        'img-src': ['self', 'data:'],
        'font-src': ['self'],
        'connect-src': ['self'],
        'frame-src': ['self'],
        'worker-src': ['self'],
        'manifest-src': ['self'],
        'media-src': ['none'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['self'],
      },
    },
    prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
    // The browser tests are TypeScript too: type-checked and linted with the app.
    typescript: {
      config: (config) => {
        config.include.push('../e2e/**/*.ts', '../e2e/**/*.js', '../playwright.config.ts');
      },
    },
  },
};
