import { describe, expect, it } from 'vitest';
import { escapeAttribute, toComponentSnippet, toIframeSnippet } from './embed-snippets';

const siteRoot = 'https://chronik.example.org/';

describe('embed snippets', () => {
  it('write the web component with the options as attributes', () => {
    expect(toComponentSnippet({ siteRoot, query: 'lang=en&categories=security%2Clegal' })).toBe(
      '<script type="module" src="https://chronik.example.org/embed/chronik-timeline.js"></script>\n' +
        '<chronik-timeline lang="en" categories="security,legal"></chronik-timeline>',
    );
  });

  it('write the iframe with its height script', () => {
    expect(toIframeSnippet({ siteRoot, query: 'lang=de&event=x', title: 'Chronik – Titel' })).toBe(
      '<iframe src="https://chronik.example.org/embed/?lang=de&amp;event=x" title="Chronik – Titel" loading="lazy" style="width:100%;height:600px;border:0"></iframe>\n' +
        '<script src="https://chronik.example.org/embed/chronik-iframe.js" defer></script>',
    );
  });

  /** The attribute names of each element: a value that broke out would add one. */
  const attributeNames = (html: string) =>
    [...html.matchAll(/<([a-z-]+)((?:\s+[a-z-]+(?:="[^"]*")?)*)\s*>/g)].map(
      ([, tag, attributes]) => [
        tag,
        [...(attributes ?? '').matchAll(/\s([a-z-]+)(?:="[^"]*")?/g)].map((m) => m[1]),
      ],
    );

  it.each(['" onload="alert(1)', '"><script>alert(1)</script>', "' onmouseover='x", '&quot;<b>'])(
    'keep a hostile value inside its attribute: %s',
    (hostile) => {
      const query = `lang=de&q=${encodeURIComponent(hostile)}`;
      expect(attributeNames(toIframeSnippet({ siteRoot, query, title: hostile }))).toEqual([
        ['iframe', ['src', 'title', 'loading', 'style']],
        ['script', ['src', 'defer']],
      ]);
      expect(attributeNames(toComponentSnippet({ siteRoot, query }))).toEqual([
        ['script', ['type', 'src']],
        ['chronik-timeline', ['lang', 'q']],
      ]);
      expect(escapeAttribute(hostile)).not.toMatch(/["<>]/);
    },
  );
});
