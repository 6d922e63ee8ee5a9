import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../markdown.js';
import {
  getHttpLinks,
  isHttpUrl,
  parseHtmlFragment,
  toMarkdownText,
  toPlainText,
} from './html-text.js';

const markdown = (html: string) => toMarkdownText(parseHtmlFragment(html).children);
const plain = (html: string) => toPlainText(parseHtmlFragment(html).children);

describe('toMarkdownText', () => {
  it.each([
    ['<p>One</p><p>Two</p>', 'One\n\nTwo'],
    ['<p>A <b>bold</b> and <i>slanted</i> word</p>', 'A **bold** and *slanted* word'],
    [
      '<p>See <a href="https://example.org/a?b=1&amp;c=2">this</a>.</p>',
      'See [this](https://example.org/a?b=1\\&c=2).',
    ],
    ['<ul><li>one</li><li>two</li></ul>', '- one\n- two'],
    ['<h2>Heading</h2><p>Text</p>', 'Heading\n\nText'],
    ['Loose <em>text</em>', 'Loose *text*'],
    ['<table><tr><td>a</td><td>b</td></tr></table>', 'a | b'],
    ['<p>Line<br>break</p>', 'Line\\\nbreak'],
    ['<p>&lt;b&gt; is text, *so* is this</p>', '\\<b> is text, \\*so\\* is this'],
    ['', ''],
  ])('%j → %j', (html, expected) => {
    expect(markdown(html)).toBe(expected);
  });

  it('drops scripts, styles, comments, media, handlers and links that are not http(s)', () => {
    const hostile = [
      '<p>Before</p>',
      '<script>alert(1)</script>',
      '<style>p { color: red }</style>',
      '<!-- <script>alert(2)</script> -->',
      '<img src="x" onerror="alert(3)">',
      '<iframe src="https://evil.example/"></iframe>',
      '<svg><script>alert(4)</script></svg>',
      '<p onclick="alert(5)"><a href="javascript:alert(6)">click</a>',
      ' <a href="JaVaScRiPt:alert(7)">again</a>',
      ' <a href="data:text/html,<script>alert(8)</script>">data</a>',
      ' <a href="/relative">relative</a></p>',
      '<template><script>alert(9)</script></template>',
      '<noscript><img src=x onerror=alert(10)></noscript>',
    ].join('');
    const text = markdown(hostile);
    expect(text).toBe('Before\n\nclick again data relative');
    expect(text).not.toMatch(/[<>]|alert|javascript|onerror|onclick/i);
    // What the site makes of it is text too.
    expect(renderMarkdown(text)).toBe('<p>Before</p>\n<p>click again data relative</p>');
  });
});

describe('toPlainText', () => {
  it.each([
    ['A &amp; B', 'A & B'],
    ['<b>Bold</b>  and\n<i>slanted</i>', 'Bold and slanted'],
    ['<p>a</p><p>b</p>', 'a b'],
    ['x<script>alert(1)</script><img src=x onerror=alert(1)>y', 'xy'],
    ['&lt;img src=x onerror=alert(1)&gt;', '<img src=x onerror=alert(1)>'],
  ])('%j → %j', (html, expected) => {
    expect(plain(html)).toBe(expected);
  });
});

describe('getHttpLinks and isHttpUrl', () => {
  it('find the http(s) links with their text, in order', () => {
    const root = parseHtmlFragment(
      '<p><a href="https://a.example/">A <b>site</b></a> <a href="javascript:x()">no</a></p>' +
        '<ul><li><a href=" http://b.example/p ">B</a></li></ul><a href="mailto:x@y.z">mail</a>',
    );
    expect(getHttpLinks(root.children)).toEqual([
      { url: 'https://a.example/', text: 'A site' },
      { url: 'http://b.example/p', text: 'B' },
    ]);
  });

  it.each([
    ['https://example.org', true],
    ['HTTP://example.org/x', true],
    ['javascript:alert(1)', false],
    ['//example.org', false],
    ['/path', false],
    ['https://', false],
  ])('%j is http(s): %j', (url, expected) => {
    expect(isHttpUrl(url)).toBe(expected);
  });
});
