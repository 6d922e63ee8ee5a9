// TimelineJS 3 (the npm package, served from this machine) loads the site's TimelineJS
// export as it is and shows every event.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { data, expect, test } from '../fixtures';

const timelinejs = join(
  dirname(createRequire(import.meta.url).resolve('@knight-lab/timelinejs/package.json')),
  'dist',
);

const PAGE = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>TimelineJS</title>
<link rel="stylesheet" href="/_timelinejs/css/timeline.css"><script src="/_timelinejs/js/timeline.js"></script></head>
<body><div id="timeline" style="width: 1000px; height: 600px"></div><script>
fetch('/data/timelinejs.de.json').then((r) => r.json()).then((document) => {
  window.timeline = new TL.Timeline('timeline', document, { script_path: location.origin + '/_timelinejs/js/', font: null, language: 'de' });
  window.timeline.on('ready', () => (window.ready = true));
});
</script></body></html>`;

test('TimelineJS loads the export unmodified and shows every event', async ({ page }) => {
  // TimelineJS's files and a page for it, at the site's own origin.
  await page.route('**/_timelinejs/**', async (route) => {
    const path = new URL(route.request().url()).pathname.replace('/_timelinejs/', '');
    if (path === 'page.html') return route.fulfill({ contentType: 'text/html', body: PAGE });
    const type = path.endsWith('.css')
      ? 'text/css'
      : path.endsWith('.json')
        ? 'application/json'
        : 'text/javascript';
    return route.fulfill({ contentType: type, body: await readFile(join(timelinejs, path)) });
  });
  await page.goto('/_timelinejs/page.html');
  await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true);
  // The title slide and one slide per event.
  await expect(page.locator('.tl-slide')).toHaveCount(data.events.length + 1);
  const event = data.events.find((e) => e.id === '2024-06-24-osba-open-letter-delos')!;
  await expect(page.locator('.tl-slide .tl-headline', { hasText: event.title.de })).toHaveCount(1);
  // Markers on the time axis, grouped by category.
  await expect(page.locator('.tl-timemarker')).toHaveCount(data.events.length);
  await expect(page.locator('.tl-timegroup-message', { hasText: 'Politik' })).toHaveCount(1);
});
