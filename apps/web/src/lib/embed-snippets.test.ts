import { DEFAULT_DISPLAY, WIDGET_ATTRIBUTES, toEmbedQuery } from '@chronik/embed';
import { EMPTY_VIEW_STATE } from '@chronik/events';
import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { describe, expect, it } from 'vitest';
import { escapeAttribute, toComponentSnippet, toIframeSnippet } from './embed-snippets';

const siteRoot = 'https://chronik.example.org/';

/** One element of a parsed snippet: its tag, its attributes in order, and its text. */
interface ParsedElement {
  tag: string;
  attributes: [string, string][];
  text: string;
}

/**
 * The elements of a snippet as a browser's HTML parser sees them (parse5 implements the
 * WHATWG parsing algorithm): a value that broke out of its attribute would add an attribute
 * or an element, or change the value.
 */
function parseSnippet(html: string): { elements: ParsedElement[]; text: string } {
  const elements: ParsedElement[] = [];
  let text = '';
  const visit = (nodes: DefaultTreeAdapterTypes.ChildNode[], inside?: ParsedElement) => {
    for (const node of nodes) {
      if (node.nodeName === '#text') {
        const value = (node as DefaultTreeAdapterTypes.TextNode).value;
        if (inside) inside.text += value;
        else text += value;
      } else if ('tagName' in node) {
        const element: ParsedElement = {
          tag: node.tagName,
          attributes: node.attrs.map(({ name, value }) => [name, value]),
          text: '',
        };
        elements.push(element);
        visit(node.childNodes, element);
      } else {
        // A comment or anything else is not part of a snippet.
        elements.push({ tag: node.nodeName, attributes: [], text: '' });
      }
    }
  };
  visit(parseFragment(html).childNodes);
  return { elements, text };
}

/** Titles and values a dataset or a reader could bring: quotes, markup, entities, breaks. */
const HOSTILE = [
  '"onload=alert(1)',
  '" onload="alert(1)',
  "' onmouseover='alert(1)",
  '"><script>alert(1)</script>',
  '</script><script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'Tom & Jerry &amp; &lt;b&gt; &#34;',
  '<!-- ]]> <![CDATA[',
  'line one\nline two\r\nline three\rline four\tend',
  'Chronik – Überwachung “quoted” ‹›',
];

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

  it.each(HOSTILE)('keep a hostile title and value inside their attributes: %j', (hostile) => {
    const query = new URLSearchParams({ lang: 'de', q: hostile }).toString();

    const iframe = parseSnippet(toIframeSnippet({ siteRoot, query, title: hostile, height: 480 }));
    expect(iframe).toEqual({
      elements: [
        {
          tag: 'iframe',
          attributes: [
            ['src', `${siteRoot}embed/?${query}`],
            ['title', hostile],
            ['loading', 'lazy'],
            ['style', 'width:100%;height:480px;border:0'],
          ],
          text: '',
        },
        {
          tag: 'script',
          attributes: [
            ['src', `${siteRoot}embed/chronik-iframe.js`],
            ['defer', ''],
          ],
          text: '',
        },
      ],
      text: '\n',
    });

    const component = parseSnippet(toComponentSnippet({ siteRoot, query }));
    expect(component).toEqual({
      elements: [
        {
          tag: 'script',
          attributes: [
            ['type', 'module'],
            ['src', `${siteRoot}embed/chronik-timeline.js`],
          ],
          text: '',
        },
        {
          tag: 'chronik-timeline',
          attributes: [
            ['lang', 'de'],
            ['q', hostile],
          ],
          text: '',
        },
      ],
      text: '\n',
    });

    for (const { attributes } of [...iframe.elements, ...component.elements]) {
      expect(attributes.map(([name]) => name)).not.toContainEqual(expect.stringMatching(/^on/i));
    }
  });

  it.each(HOSTILE)('escape a hostile site root in every address: %j', (hostile) => {
    const root = `https://chronik.example.org/${hostile}/`;
    const query = 'lang=de';
    expect(parseSnippet(toIframeSnippet({ siteRoot: root, query, title: 't' })).elements).toEqual([
      expect.objectContaining({
        tag: 'iframe',
        attributes: expect.arrayContaining([['src', `${root}embed/?lang=de`]]) as unknown,
      }),
      expect.objectContaining({
        attributes: [
          ['src', `${root}embed/chronik-iframe.js`],
          ['defer', ''],
        ],
      }),
    ]);
    expect(parseSnippet(toComponentSnippet({ siteRoot: root, query })).elements).toEqual([
      expect.objectContaining({
        attributes: [
          ['type', 'module'],
          ['src', `${root}embed/chronik-timeline.js`],
        ],
      }),
      expect.objectContaining({ tag: 'chronik-timeline', attributes: [['lang', 'de']] }),
    ]);
  });

  it.each([
    ['an event handler', 'lang=de&onload=alert(1)'],
    ['a name that breaks out', `lang=de&${encodeURIComponent('x="" onclick')}=alert(1)`],
    ['a name that is not an option', 'lang=de&style=position%3Afixed'],
    ['a name given twice', 'lang=de&q=a&q=b'],
  ])('refuse a query with %s as an attribute of the web component', (_, query) => {
    expect(() => toComponentSnippet({ siteRoot, query })).toThrow(
      /toComponentSnippet: .* (is not an option|is given twice)/,
    );
  });

  it.each(['javascript:alert(1)//', 'data:text/html,<script>alert(1)</script>/', 'embed/', ''])(
    'refuse a site root that is not an absolute http(s) address ending in "/": %j',
    (root) => {
      expect(() => toComponentSnippet({ siteRoot: root, query: 'lang=de' })).toThrow(TypeError);
      expect(() => toIframeSnippet({ siteRoot: root, query: 'lang=de', title: 't' })).toThrow(
        /toIframeSnippet: .*siteRoot/,
      );
    },
  );

  it.each([Number.NaN, Infinity, -1, 0])('refuse a height of %s pixels', (height) => {
    expect(() => toIframeSnippet({ siteRoot, query: 'lang=de', title: 't', height })).toThrow(
      /toIframeSnippet: height/,
    );
  });

  it('accept every option the embed builder can write', () => {
    const query = toEmbedQuery({
      state: {
        ...EMPTY_VIEW_STATE,
        categories: ['security', 'legal'],
        categoryMatch: 'all',
        actors: ['a'],
        jurisdictions: ['DE'],
        storylines: ['s'],
        from: '2024',
        to: '2025-06',
        q: 'cloud',
        verifiedOnly: true,
        window: ['2024-01-01', '2024-12-31'],
        event: 'x',
        view: 'list',
        lanes: 'single',
      },
      display: { ...DEFAULT_DISPLAY, lang: 'en', theme: 'dark', height: 700 },
    });
    const names = [...new URLSearchParams(query).keys()];
    expect(names.length).toBeGreaterThan(10);
    const [, element] = parseSnippet(toComponentSnippet({ siteRoot, query })).elements;
    expect(element?.attributes.map(([name]) => name)).toEqual(names);
    // No option of the widget may ever be an event handler.
    expect(WIDGET_ATTRIBUTES.filter((name) => /^on/i.test(name))).toEqual([]);
  });

  it('escapeAttribute leaves nothing that ends or breaks a quoted attribute', () => {
    for (const hostile of HOSTILE) expect(escapeAttribute(hostile)).not.toMatch(/["'<>\n\r\t]/);
    expect(escapeAttribute('a&b')).toBe('a&amp;b');
  });
});
