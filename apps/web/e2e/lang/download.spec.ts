// "Download this view": the filtered events as CSV or JSON, with the licence and a citation line.
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { getMessages } from '../../src/lib/i18n';
import { openExplorer } from '../explorer';
import { data, expect, test } from '../fixtures';

const securityIds = data.events.filter((e) => e.categories.includes('security')).map((e) => e.id);

test('downloads the filtered events as CSV and JSON, with licence and citation', async ({
  page,
  lang,
}) => {
  const t = getMessages(lang);
  await openExplorer(page, lang, '?categories=security');
  const bar = page.locator('.download-view');
  await expect(bar).toContainText(t.downloadView(securityIds.length));

  const save = async (name: 'CSV' | 'JSON') => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      bar.getByRole('button', { name, exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      new RegExp(
        `^chronik-[a-z0-9-]+-${data.dataset.version.replace(/\./g, '\\.')}-\\d{4}-\\d{2}-\\d{2}\\.${name.toLowerCase()}$`,
      ),
    );
    return readFile(await download.path(), 'utf8');
  };

  const csv = await save('CSV');
  const [comment] = csv.split('\r\n');
  expect(comment).toMatch(/^# Chronik – /);
  expect(comment).toContain(`/${lang}/?categories=security`);
  expect(comment).toContain(lang === 'de' ? 'abgerufen am' : 'accessed');
  expect(comment).toContain('creativecommons.org/licenses/by/4.0');
  const rows = parse<{ id: string }>(csv, { comment: '#', comment_no_infix: true, columns: true });
  expect(rows.map((row) => row.id)).toEqual(securityIds);

  const json = JSON.parse(await save('JSON')) as {
    dataset: { eventCount: number; view: { url: string; citation: string } };
    events: { id: string }[];
  };
  expect(json.events.map((e) => e.id)).toEqual(securityIds);
  expect(json.dataset.eventCount).toBe(securityIds.length);
  expect(json.dataset.view.url).toMatch(new RegExp(`/${lang}/\\?categories=security$`));
  expect(json.dataset.view.citation).toBe(comment!.slice(2));
});
