import { describe, expect, it } from 'vitest';
import { formatProblem, toPrintable } from './problem.js';

describe('toPrintable', () => {
  it.each([
    ['plain text', 'Delos Cloud – Übersicht ✓', 'Delos Cloud – Übersicht ✓'],
    [
      'an escape sequence that erases the line',
      '\x1b[2K\r✓ no problems',
      '\\x1b[2K\\r✓ no problems',
    ],
    ['a tab and a newline', 'a\tb\nc', 'a\\tb\\nc'],
    ['NUL, BEL and DEL', '\0\x07\x7f', '\\x00\\x07\\x7f'],
    ['C1 controls (CSI, NEL)', '\x9b31m\x85', '\\x9b31m\\x85'],
    [
      'bidi overrides and isolates',
      '\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069',
      '\\u202a\\u202b\\u202c\\u202d\\u202e\\u2066\\u2067\\u2068\\u2069',
    ],
    ['characters next to them, kept', '\u2028\u202f\u2065\u206a', '\u2028\u202f\u2065\u206a'],
  ])('shows %s as visible escapes', (_, text, shown) => {
    expect(toPrintable(text)).toBe(shown);
  });

  it('keeps newlines when asked, for messages of several lines', () => {
    expect(toPrintable('one\x1b[A\ntwo\r\n', { keepNewlines: true })).toBe('one\\x1b[A\ntwo\\r\n');
  });
});

describe('formatProblem', () => {
  it('shows control characters and bidi overrides from the data as escapes', () => {
    expect(
      formatProblem({
        file: 'events/a\u202eb.yaml',
        line: 1,
        column: 2,
        path: 'categories[0]',
        message: 'unknown category "\x1b[2K✓"',
        fix: 'use one of: politics',
      }),
    ).toBe(
      'events/a\\u202eb.yaml:1:2  categories[0]  unknown category "\\x1b[2K✓" (use one of: politics)',
    );
  });
});
