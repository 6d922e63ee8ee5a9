import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { describe, expect, it } from 'vitest';
import { getMessages } from '$lib/i18n';
import { toNotFoundBody, toNotFoundHead } from './not-found';

type Element = DefaultTreeAdapterTypes.Element;

/** Every element of some HTML, as a browser without scripting parses it. */
function elementsOf(html: string): Element[] {
  const found: Element[] = [];
  const visit = (nodes: DefaultTreeAdapterTypes.ChildNode[]) => {
    for (const node of nodes) {
      if (!('tagName' in node)) continue;
      found.push(node);
      visit(node.tagName === 'template' ? [] : node.childNodes);
    }
  };
  // parse5 parses <noscript> as markup when scripting is off, as a browser without it does.
  visit(parseFragment(html, { scriptingEnabled: false }).childNodes);
  return found;
}

const attribute = (element: Element | undefined, name: string) =>
  element?.attrs.find((a) => a.name === name)?.value;

const textOf = (element: Element | undefined): string =>
  (element?.childNodes ?? [])
    .map((node) =>
      node.nodeName === '#text'
        ? (node as DefaultTreeAdapterTypes.TextNode).value
        : 'tagName' in node
          ? textOf(node)
          : '',
    )
    .join('');

const [de, en] = [getMessages('de'), getMessages('en')];

describe('the 404 page without JavaScript', () => {
  it('is titled in both languages', () => {
    const [title] = elementsOf(toNotFoundHead());
    expect(title?.tagName).toBe('title');
    expect(textOf(title)).toBe(`${de.notFoundTitle} · ${en.notFoundTitle} – Chronik`);
  });

  it('says so in German and English, each marked with its language, linking both explorers', () => {
    const elements = elementsOf(
      toNotFoundBody({ explorers: { de: '/chronik/de/', en: '/chronik/en/' } }),
    );
    expect(elements[0]?.tagName).toBe('noscript');
    const h1 = elements.find((e) => e.tagName === 'h1');
    expect(textOf(h1)).toBe(`${de.notFoundTitle} · ${en.notFoundTitle}`);
    for (const [lang, t] of [
      ['de', de],
      ['en', en],
    ] as const) {
      const marked = elements.filter((e) => attribute(e, 'lang') === lang);
      expect(marked.map((e) => e.tagName)).toEqual(['span', 'p']);
      expect(textOf(marked[0])).toBe(t.notFoundTitle);
      expect(textOf(marked[1])).toBe(`${t.notFoundText} ${t.toExplorer}`);
      const link = marked[1]?.childNodes.find(
        (n): n is Element => 'tagName' in n && n.tagName === 'a',
      );
      expect([attribute(link, 'href'), attribute(link, 'hreflang')]).toEqual([
        `/chronik/${lang}/`,
        lang,
      ]);
    }
  });

  it('escapes the addresses it links', () => {
    const elements = elementsOf(
      toNotFoundBody({ explorers: { de: '/"><b>/de/', en: '/en/?a&b' } }),
    );
    expect(elements.filter((e) => e.tagName === 'a').map((a) => attribute(a, 'href'))).toEqual([
      '/"><b>/de/',
      '/en/?a&b',
    ]);
    expect(elements.some((e) => e.tagName === 'b')).toBe(false);
  });
});
