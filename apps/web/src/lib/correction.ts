import type { Language } from '@chronik/events';

/**
 * The address of the repository's "suggest a correction" form for an event, with the event,
 * its permalink and the dataset version filled in (GitHub issue forms take a field's value
 * from the query parameter named after its id), or `undefined` without a repository.
 *
 * @example
 * toCorrectionUrl({ repositoryUrl: 'https://github.com/example/chronik', id: 'storm', title: 'Storm', lang: 'en', permalink: 'https://chronik.example/en/events/storm/', version: '1.1.0' })
 * // 'https://github.com/example/chronik/issues/new?template=correction.yml&title=Correction%3A+Storm&event=storm&permalink=…&version=1.1.0'
 */
export function toCorrectionUrl(options: {
  repositoryUrl: string | undefined;
  id: string;
  title: string;
  lang: Language;
  permalink: string;
  version: string;
}): string | undefined {
  if (!options.repositoryUrl) return undefined;
  const query = new URLSearchParams({
    template: 'correction.yml',
    title: `${options.lang === 'de' ? 'Korrektur' : 'Correction'}: ${options.title}`,
    event: options.id,
    permalink: options.permalink,
    version: options.version,
  });
  return `${options.repositoryUrl}/issues/new?${query}`;
}
