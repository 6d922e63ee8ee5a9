// Citations for reference managers: each event, and the dataset, as BibTeX, RIS and CSL-JSON.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { getMessages } from '../../src/lib/i18n';
import { data, expect, test } from '../fixtures';

async function save(page: Page, name: string): Promise<{ filename: string; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('.citation-files').getByRole('button', { name, exact: true }).click(),
  ]);
  return {
    filename: download.suggestedFilename(),
    text: await readFile(await download.path(), 'utf8'),
  };
}

test('an event page offers the event as BibTeX, RIS and CSL-JSON', async ({ page, lang }) => {
  const t = getMessages(lang);
  const event = data.events[3]!;
  await page.goto(`/${lang}/events/${event.id}/`);
  await expect(page.locator('.citation-files')).toContainText(t.citationFiles);
  const permalink = `/${lang}/events/${event.id}/`;

  const bib = await save(page, 'BibTeX');
  expect(bib.filename).toBe(`chronik-${event.id}.bib`);
  expect(bib.text).toMatch(new RegExp(`^@misc\\{chronik:${event.id},`));
  expect(bib.text).toContain(`version = {${data.dataset.version}}`);
  expect(bib.text).toMatch(new RegExp(`url = \\{[^}]*${permalink}\\}`));

  const ris = await save(page, 'RIS');
  expect(ris.filename).toBe(`chronik-${event.id}.ris`);
  expect(ris.text.startsWith('TY  - ELEC\r\n')).toBe(true);
  expect(ris.text).toContain(`TI  - ${event.title[lang]}\r\n`);
  expect(ris.text).toContain(`LA  - ${lang}\r\n`);
  expect(ris.text.trimEnd().endsWith('ER  -')).toBe(true);

  const csl = await save(page, 'CSL-JSON');
  expect(csl.filename).toBe(`chronik-${event.id}.csl.json`);
  const [item] = JSON.parse(csl.text) as { id: string; title: string; URL: string }[];
  expect(item).toMatchObject({ id: `chronik:${event.id}`, title: event.title[lang] });
  expect(new URL(item!.URL).pathname).toBe(permalink);
});

test('the data page offers the dataset as BibTeX, RIS and CSL-JSON', async ({ page, lang }) => {
  await page.goto(`/${lang}/data/`);
  const csl = await save(page, 'CSL-JSON');
  const [item] = JSON.parse(csl.text) as { type: string; title: string; version: string }[];
  expect(item).toMatchObject({ type: 'dataset', version: data.dataset.version });
  expect(item!.title).toContain(data.dataset.title[lang]);
  expect((await save(page, 'RIS')).text.startsWith('TY  - DATA\r\n')).toBe(true);
  expect((await save(page, 'BibTeX')).text).toMatch(/^@misc\{chronik:dataset:/);
});
