import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown.js';

describe('renderMarkdown', () => {
  it('renders Markdown', () => {
    expect(renderMarkdown('The **EDPS** decided ([source](https://edps.europa.eu)).')).toBe(
      '<p>The <strong>EDPS</strong> decided (<a href="https://edps.europa.eu">source</a>).</p>',
    );
  });

  it('escapes raw HTML and drops dangerous links', () => {
    expect(renderMarkdown('<script>alert(1)</script> <img src=x onerror=alert(1)>')).toBe(
      // An HTML block stays a block, but as escaped text.
      '&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;',
    );
    expect(renderMarkdown('[x](javascript:alert(1))')).toBe('<p><a href="">x</a></p>');
  });
});
