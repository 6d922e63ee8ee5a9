// The host pages of the widget and the peers, with their code copied from the installed
// packages, in one folder that the static server serves. Every page reads the number of events
// from `?n=` and loads `/data/<target>-<n>.json`.
import { cp, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A file or folder of an installed package. */
const packageFile = (specifier: string) => fileURLToPath(import.meta.resolve(specifier));

const head = (title: string, extra: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">${extra}
<style>body { margin: 0; font: 16px system-ui, sans-serif; }</style></head><body>`;

const readN = `const n = new URLSearchParams(location.search).get('n');`;

/** The report of a render failure, so the benchmark does not wait for the timeout. */
const fail = `(error) => { window.__bench.failed = String(error && error.stack || error); }`;

const WIDGET = `${head('Chronik widget', '<script type="module" src="/widget/chronik-timeline.js"></script>')}
<script>
${readN}
const widget = document.createElement('chronik-timeline');
widget.id = 'target';
widget.setAttribute('lang', 'en');
widget.setAttribute('src', '/data/site-' + n + '/event-list.json');
document.body.append(widget);
widget.addEventListener('chronik-error', (event) => (${fail})(event.detail.message));
</script></body></html>`;

// vis-timeline: the standalone build injects its own CSS, so there is no stylesheet to load.
// Items go through a DataView, so a category filter is a refresh of the view; groups not
// chosen are hidden. `zoomKey` makes vis zoom on Ctrl + wheel, as Chronik does.
const VIS = `${head('vis-timeline', '<script src="/vis/vis-timeline-graph2d.min.js"></script>')}
<div id="target"></div>
<script>
${readN}
const afterPaint = (done) => requestAnimationFrame(() => requestAnimationFrame(done));
fetch('/data/vis-' + n + '.json').then((response) => response.json()).then((data) => {
  const items = new vis.DataSet(data.items);
  const groups = new vis.DataSet(data.groups);
  let only = null;
  const view = new vis.DataView(items, { filter: (item) => only === null || item.group === only });
  const timeline = new vis.Timeline(document.getElementById('target'), view, groups, {
    zoomKey: 'ctrlKey', maxHeight: 600, stack: true,
  });
  timeline.once('changed', () => afterPaint(() => (window.__bench.rendered ??= performance.now())));
  window.visFilter = (category) => new Promise((resolve) => {
    const started = performance.now();
    timeline.once('changed', () => afterPaint(() => resolve(performance.now() - started)));
    only = category;
    view.refresh();
    groups.update(data.groups.map((g) => ({ id: g.id, visible: category === null || g.id === category })));
  });
}).catch(${fail});
</script></body></html>`;

// TimelineJS: `script_path` points at the local copy (it would load from cdn.knightlab.com
// otherwise) and `font: null` stops it loading a font stylesheet.
const TIMELINEJS = `${head('TimelineJS', '<link rel="stylesheet" href="/timelinejs/css/timeline.css"><script src="/timelinejs/js/timeline.js"></script>')}
<div id="target" style="width: 100%; height: 600px"></div>
<script>
${readN}
fetch('/data/timelinejs-' + n + '.json').then((response) => response.json()).then((data) => {
  const timeline = new TL.Timeline('target', data, {
    script_path: location.origin + '/timelinejs/js/', font: null, language: 'en',
  });
  timeline.on('ready', () => requestAnimationFrame(() => requestAnimationFrame(() => (window.__bench.rendered ??= performance.now()))));
}).catch(${fail});
</script></body></html>`;

/**
 * Writes the host pages into `publicDir` and copies the code they load: the built widget
 * (`@chronik/embed`'s dist), vis-timeline's standalone UMD build and TimelineJS's `dist`.
 */
export async function writePages(publicDir: string): Promise<void> {
  await mkdir(publicDir, { recursive: true });
  const widget = dirname(packageFile('@chronik/embed/chronik-timeline.js'));
  await cp(widget, join(publicDir, 'widget'), { recursive: true });
  const vis = dirname(packageFile('vis-timeline/package.json'));
  await cp(
    join(vis, 'standalone/umd/vis-timeline-graph2d.min.js'),
    join(publicDir, 'vis/vis-timeline-graph2d.min.js'),
  );
  const timelineJs = join(dirname(packageFile('@knight-lab/timelinejs/package.json')), 'dist');
  await cp(timelineJs, join(publicDir, 'timelinejs'), { recursive: true });
  await writeFile(join(publicDir, 'widget.html'), WIDGET);
  await writeFile(join(publicDir, 'vis.html'), VIS);
  await writeFile(join(publicDir, 'timelinejs.html'), TIMELINEJS);
}
