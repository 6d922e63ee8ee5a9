/**
 * What the static 404.html shows without JavaScript. adapter-static writes that file as the
 * app's fallback, rendered without SSR: its body is only the script that starts the app,
 * which then shows the error page in the language of the path. Without JavaScript that left
 * a blank page, so the file also carries this, inside `<noscript>` (a browser running the
 * app never shows it). One file answers for every path, and HTML cannot read the path, so it
 * speaks both languages, each part marked with its `lang`.
 *
 * @module
 */
import { getMessages } from '$lib/i18n';
import type { Language } from '@chronik/events';

/** Escapes text for HTML, in content and in double-quoted attributes. */
function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

const LANGUAGES_SHOWN: readonly Language[] = ['de', 'en'];

/** The heading, German first: the site's first language, and the language of a bare path. */
const headingParts = () =>
  LANGUAGES_SHOWN.map((lang) => ({ lang, title: getMessages(lang).notFoundTitle }));

/**
 * The 404 page's `<title>` in both languages, and the style of its no-script text (the
 * error page's own style comes with the app).
 */
export function toNotFoundHead(): string {
  const title = headingParts()
    .map((part) => part.title)
    .join(' · ');
  return (
    `<title>${escapeHtml(title)} – Chronik</title>` +
    '<noscript><style>.not-found{max-width:var(--measure);margin:var(--space-8) auto;' +
    'padding:0 var(--space-4)}</style></noscript>'
  );
}

/**
 * The 404 page's text without JavaScript: a heading, and in each language what happened and
 * a link to the explorer.
 *
 * @param options.explorers - the address of each language's explorer, with the base path
 *   (`resolve('/de/')`)
 */
export function toNotFoundBody(options: { explorers: Record<Language, string> }): string {
  const heading = headingParts()
    .map((part) => `<span lang="${part.lang}">${escapeHtml(part.title)}</span>`)
    .join(' · ');
  const texts = LANGUAGES_SHOWN.map((lang) => {
    const t = getMessages(lang);
    const href = escapeHtml(options.explorers[lang]);
    return (
      `<p lang="${lang}">${escapeHtml(t.notFoundText)} ` +
      `<a href="${href}" hreflang="${lang}">${escapeHtml(t.toExplorer)}</a></p>`
    );
  });
  return `<noscript><main id="content" class="not-found"><h1>${heading}</h1>${texts.join('')}</main></noscript>`;
}
