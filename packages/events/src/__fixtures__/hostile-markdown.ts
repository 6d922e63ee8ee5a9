/**
 * Markdown that must never reach a reader's browser as written: images and raw HTML (which
 * load from third parties or run script), and links to `javascript:`/`data:` addresses, in
 * the spellings that slip past naive filters. Each entry says what validation must name.
 */
export const HOSTILE_MARKDOWN: readonly { markdown: string; finds: 'image' | 'html' | 'link' }[] = [
  // Images: a tracking pixel is loaded by every reader's browser.
  { markdown: '![](https://tracker.example/pixel.gif)', finds: 'image' },
  {
    markdown: 'Text ![logo](https://tracker.example/logo.png "Logo") more.',
    finds: 'image',
  },
  { markdown: '![x][ref]\n\n[ref]: https://tracker.example/pixel.gif', finds: 'image' },
  { markdown: '![ref]\n\n[ref]: https://tracker.example/pixel.gif', finds: 'image' },
  {
    markdown: '[![badge](https://tracker.example/badge.svg)](https://example.org/)',
    finds: 'image',
  },
  {
    markdown: '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
    finds: 'image',
  },
  // Raw HTML: any tag, in blocks and inline, in any case, and comments.
  { markdown: '<img src="https://tracker.example/pixel.gif">', finds: 'html' },
  { markdown: 'Text <img src=x onerror=alert(1)> more.', finds: 'html' },
  { markdown: 'Text <IMG SRC=x ONERROR=alert(1)> more.', finds: 'html' },
  { markdown: '<iframe src="https://tracker.example/frame"></iframe>', finds: 'html' },
  { markdown: '<script>alert(1)</script>', finds: 'html' },
  { markdown: 'Before.\n\n<svg onload=alert(1)>\n\nAfter.', finds: 'html' },
  { markdown: '<div onmouseover="alert(1)">hover</div>', finds: 'html' },
  { markdown: '<details open ontoggle=alert(1)>', finds: 'html' },
  {
    markdown: '<style>body { background: url(https://tracker.example/p.gif) }</style>',
    finds: 'html',
  },
  { markdown: '<a href="javascript:alert(1)">click</a>', finds: 'html' },
  { markdown: 'Text <a href="&#106;avascript:alert(1)">click</a>.', finds: 'html' },
  { markdown: '<!-- a note for the editors only -->', finds: 'html' },
  { markdown: 'Text <!-- hidden --> more.', finds: 'html' },
  { markdown: '<![CDATA[<script>alert(1)</script>]]>', finds: 'html' },
  // Links to addresses that run script or carry a document of their own.
  { markdown: '[click](javascript:alert(1))', finds: 'link' },
  { markdown: '[click](JaVaScRiPt:alert(1))', finds: 'link' },
  { markdown: '[click](&#106;avascript:alert(1))', finds: 'link' },
  { markdown: '[click](&#x6A;avascript&#x3A;alert(1))', finds: 'link' },
  { markdown: '[click][r]\n\n[r]: javascript:alert(1)', finds: 'link' },
  { markdown: 'See <javascript:alert(1)>.', finds: 'link' },
  {
    markdown: '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    finds: 'link',
  },
  { markdown: 'See <data:text/html;base64,PHNjcmlwdD4=>.', finds: 'link' },
  { markdown: '[click](vbscript:msgbox(1))', finds: 'link' },
];
