// The widget at 10,000 events: it still filters, searches, steps by keyboard and opens an
// event, and the page keeps a bounded number of elements while the reader zooms.
import { parseDataset, toDatasetExport } from '@chronik/events';
import { createSyntheticDataset } from '@chronik/events/synthetic';
import { countNodes, zoomKeepingBounded } from '../dom';
import { expect, startHost, test } from '../fixtures';

const N = 10_000;
/** Counts as the widget writes them in English ("10,000 events"). */
const events = (n: number) => `${new Intl.NumberFormat('en-GB').format(n)} events`;
let host: Awaited<ReturnType<typeof startHost>>;
let firstId: string;
let categoryId: string;
let categoryCount: number;

test.beforeAll(async ({ baseURL }) => {
  test.setTimeout(180_000);
  const { dataset, problems } = parseDataset({
    files: createSyntheticDataset({ count: N, seed: 11 }),
    now: new Date('2026-12-01T00:00:00Z'),
  });
  if (!dataset) throw new Error(`synthetic data has problems: ${problems[0]?.message}`);
  firstId = dataset.events[0]!.id;
  categoryId = dataset.categories[2]!.id;
  categoryCount = dataset.events.filter((e) => e.categories.includes(categoryId)).length;
  const data = JSON.stringify(toDatasetExport({ dataset, generatedAt: new Date(0) }));
  host = await startHost({
    site: baseURL!,
    pages: {
      '/data.json': data,
      '/': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Scale</title>
<script type="module" src="${baseURL}/embed/chronik-timeline.js"></script></head>
<body><main><chronik-timeline id="w" lang="en" src="/data.json"></chronik-timeline></main></body></html>`,
    },
  });
});
test.afterAll(() => host.close());

test('10,000 events: bounded DOM while zooming; filter, search, keyboard and opening work', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto(`${host.origin}/`);
  const widget = page.locator('#w');
  await expect(widget.locator('.count')).toHaveText(events(N), {
    timeout: 60_000,
  });
  expect(await countNodes(page), 'elements at first').toBeLessThan(2000);

  await zoomKeepingBounded(page, widget.locator('.plot'), { steps: 8, limit: 2000 });
  await widget.getByRole('button', { name: 'Show the whole period' }).click();

  // Keyboard: into the timeline, one step right, open.
  let reached = false;
  for (let i = 0; i < 12 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(
      () =>
        document.querySelector('#w')!.shadowRoot!.activeElement?.matches('button.mark') ?? false,
    );
  }
  expect(reached, 'Tab reaches an event').toBe(true);
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(widget.locator('.card h2')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(widget.locator('.card')).toHaveCount(0);

  // Filter and search through attributes.
  await page.evaluate(
    (id) => document.querySelector('#w')!.setAttribute('categories', id),
    categoryId,
  );
  await expect(widget.locator('.count')).toHaveText(events(categoryCount));

  // Marks without a label have no button: they are drawn on the canvas, and a click there
  // selects the event under it. Candidates: opaque pixels of the canvas (symbols and bar
  // outlines; density bins are translucent) away from every button and label.
  const before = await widget
    .locator('button.mark')
    .evaluateAll((marks) => marks.map((mark) => mark.getAttribute('data-id')));
  const candidates = await widget.locator('.plot').evaluate((plot) => {
    const canvas = plot.querySelector('canvas')!;
    const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    const dpr = canvas.width / canvas.clientWidth;
    const box = canvas.getBoundingClientRect();
    const taken = [...plot.querySelectorAll('button.mark, .label')].map((e) =>
      e.getBoundingClientRect(),
    );
    // Only along the lanes' baselines (a lane's name sits 25 px above it, as geometry.ts
    // lays them out), where symbols and bars are: not the "+N" counts or the "?".
    const baselines = [...plot.querySelectorAll('.lane-name')].map(
      (name) => name.getBoundingClientRect().top - box.top + 25,
    );
    const found: [number, number][] = [];
    for (const y of baselines.flatMap((b) => [b - 4, b, b + 4])) {
      for (let x = 0; x < canvas.clientWidth; x += 2) {
        const alpha = pixels[(Math.round(y * dpr) * canvas.width + Math.round(x * dpr)) * 4 + 3]!;
        const [px, py] = [box.left + x, box.top + y];
        const near = (r: DOMRect) =>
          px > r.left - 16 && px < r.right + 16 && py > r.top - 16 && py < r.bottom + 16;
        if (alpha === 255 && !taken.some(near)) found.push([px, py]);
      }
    }
    return found.filter((_, i) => i % 7 === 0).slice(0, 30);
  });
  expect(candidates.length, 'marks drawn only on the canvas').toBeGreaterThan(0);
  // A click may also land on a bar whose button sits at its middle: the test wants an event
  // that had no button, which, once selected, has one (it is kept in the page).
  const pressed = widget.locator('button.mark[aria-pressed="true"]');
  let selectedFromCanvas: string | null = null;
  for (const [x, y] of candidates) {
    await page.mouse.click(x, y);
    await page.waitForTimeout(50);
    if ((await widget.locator('.card h2').count()) === 0) continue;
    await expect(pressed).toHaveCount(1);
    const id = await pressed.getAttribute('data-id');
    if (!before.includes(id)) {
      selectedFromCanvas = id;
      break;
    }
    await page.keyboard.press('Escape');
  }
  expect(
    selectedFromCanvas,
    'a click on a mark drawn only on the canvas opens its event',
  ).not.toBeNull();
  await page.keyboard.press('Escape');
  await expect(widget.locator('.card')).toHaveCount(0);

  await page.evaluate(() => document.querySelector('#w')!.setAttribute('q', 'Mittelberg budget'));
  await expect(widget.locator('.count')).not.toHaveText(events(categoryCount));
  expect(await countNodes(page), 'elements after filtering').toBeLessThan(2000);

  // The long list keeps only the rows in view, and scrolls to the end.
  await page.evaluate(() => {
    const widget = document.querySelector('#w')!;
    widget.removeAttribute('q');
    widget.removeAttribute('categories');
  });
  await expect(widget.locator('.count')).toHaveText(events(N));
  const rows = widget.locator('.scroller li');
  expect(await rows.count()).toBeLessThan(60);
  await expect(rows.first()).toHaveAttribute('data-id', firstId);
  await widget.locator('.scroller').evaluate((scroller) => (scroller.scrollTop = 1e9));
  await expect(rows.last()).toHaveAttribute('aria-posinset', String(N));
});
