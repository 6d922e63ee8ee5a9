// Browser tests of the built site (`build/`), in Debian's Chromium: Playwright never
// downloads a browser here. `pnpm --filter @chronik/web test:e2e` runs them after a build.
import { defineConfig } from '@playwright/test';
import type { Options } from './e2e/fixtures';

const PORT = Number(process.env.E2E_PORT ?? 4173);
const ci = Boolean(process.env.CI);

export default defineConfig<Options>({
  testDir: 'e2e',
  // One worker: the machines have two cores, and the build checks run site builds of their own.
  workers: 1,
  forbidOnly: ci,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    locale: 'de-DE',
    colorScheme: 'light',
    reducedMotion: 'reduce',
    viewport: { width: 1280, height: 900 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // As root, without a GPU, on a closed network: no sandbox, no background requests.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-quic',
        '--no-first-run',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    // Pages in a language: each check runs in German and in English, in the light theme; the
    // accessibility scan also in the dark one, where contrasts differ.
    { name: 'de', testMatch: /\/lang\/.*\.spec\.ts$/, use: { lang: 'de' } },
    { name: 'en', testMatch: /\/lang\/.*\.spec\.ts$/, use: { lang: 'en', locale: 'en-GB' } },
    {
      name: 'de-dark',
      testMatch: /\/lang\/accessibility\.spec\.ts$/,
      use: { lang: 'de', colorScheme: 'dark' },
    },
    {
      name: 'en-dark',
      testMatch: /\/lang\/accessibility\.spec\.ts$/,
      use: { lang: 'en', locale: 'en-GB', colorScheme: 'dark' },
    },
    // Everything that is the same in both languages: gestures, phones, embed, sitemap.
    { name: 'site', testMatch: /\/site\/.*\.spec\.ts$/ },
    // Whole site builds: generated and fixture datasets, reproducibility.
    { name: 'builds', testMatch: /\/builds\/.*\.spec\.ts$/, timeout: 600_000 },
    // Screenshots for people to look at, only when asked for (SCREENSHOTS=1).
    ...(process.env.SCREENSHOTS
      ? [{ name: 'screenshots', testMatch: /screenshots\.spec\.ts$/ }]
      : []),
  ],
  webServer: {
    command: `node e2e/serve.js build ${PORT}`,
    url: `http://127.0.0.1:${PORT}/de/`,
    // Always its own server: one left running would serve the files of an older build.
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
