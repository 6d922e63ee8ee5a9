import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { HOSTILE_MARKDOWN } from './__fixtures__/hostile-markdown.js';
import { renderMarkdown } from './markdown.js';

/** Every element of a parsed HTML fragment, depth first. */
function elementsOf(node: Root | RootContent): Element[] {
  const own = node.type === 'element' ? [node] : [];
  const children = 'children' in node ? node.children.flatMap(elementsOf) : [];
  return [...own, ...children];
}

describe('renderMarkdown', () => {
  it('renders Markdown', () => {
    expect(renderMarkdown('The **EDPS** decided ([source](https://edps.europa.eu)).')).toBe(
      '<p>The <strong>EDPS</strong> decided (<a href="https://edps.europa.eu">source</a>).</p>',
    );
    expect(renderMarkdown('See <https://example.org/a>.')).toBe(
      '<p>See <a href="https://example.org/a">https://example.org/a</a>.</p>',
    );
  });

  it('drops raw HTML and neutralises dangerous links', () => {
    expect(renderMarkdown('<script>alert(1)</script> <img src=x onerror=alert(1)>')).toBe('');
    expect(renderMarkdown('A <b>bold</b> <!-- note --> claim.')).toBe('<p>A bold  claim.</p>');
    expect(renderMarkdown('[x](javascript:alert(1))')).toBe('<p><a href="">x</a></p>');
    expect(renderMarkdown('See <javascript:alert(1)>.')).toBe('<p>See .</p>');
  });

  it('renders an image as a plain link to it, never as <img>', () => {
    expect(renderMarkdown('![a chart](https://example.org/chart.png)')).toBe(
      '<p>!<a href="https://example.org/chart.png">a chart</a></p>',
    );
  });

  it.each(HOSTILE_MARKDOWN.map(({ markdown }) => [markdown]))(
    'renders nothing that loads or runs: %j',
    (markdown) => {
      const html = renderMarkdown(markdown);
      expect(html).not.toMatch(/<img/i);
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/on\w+=/i);
      expect(html).not.toMatch(/javascript:/i);
      expect(html).not.toMatch(/data:/i);
      // The same, read as a browser reads it: only harmless elements, no event handlers, and
      // links only to web pages or e-mail addresses.
      const elements = elementsOf(fromHtml(html, { fragment: true }));
      for (const element of elements) {
        expect(['p', 'a', 'em', 'strong', 'code', 'br']).toContain(element.tagName);
        expect(Object.keys(element.properties).filter((name) => /^on/i.test(name))).toEqual([]);
        const href = element.properties.href;
        if (href !== undefined) expect(String(href)).toMatch(/^(https?:\/\/|mailto:|$)/);
      }
    },
  );
});
