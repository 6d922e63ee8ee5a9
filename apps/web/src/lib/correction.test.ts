import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toCorrectionUrl } from './correction';

describe('toCorrectionUrl', () => {
  const event = {
    id: '2024-06-24-osba-open-letter-delos',
    title: 'Offener Brief & „Delos“?',
    lang: 'de' as const,
    permalink: 'https://chronik.example/de/events/2024-06-24-osba-open-letter-delos/',
    version: '1.1.0',
  };

  it('fills in the issue form with the event, its permalink and the dataset version', () => {
    const url = new URL(
      toCorrectionUrl({ ...event, repositoryUrl: 'https://github.com/example/chronik' })!,
    );
    expect(url.origin + url.pathname).toBe('https://github.com/example/chronik/issues/new');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      template: 'correction.yml',
      title: 'Korrektur: Offener Brief & „Delos“?',
      event: event.id,
      permalink: event.permalink,
      version: '1.1.0',
    });
  });

  it("names fields the repository's issue form has", () => {
    const form = readFileSync(
      new URL('../../../../.github/ISSUE_TEMPLATE/correction.yml', import.meta.url),
      'utf8',
    );
    for (const id of ['event', 'permalink', 'version']) expect(form).toContain(`    id: ${id}\n`);
  });

  it('offers nothing without a repository', () => {
    expect(toCorrectionUrl({ ...event, repositoryUrl: undefined })).toBeUndefined();
  });
});
