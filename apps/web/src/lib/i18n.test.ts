import { describe, expect, it } from 'vitest';
import { getMessages, getPathLanguage, licenceName, otherLanguage } from './i18n';

describe('interface texts', () => {
  it('exist for the same keys in German and English', () => {
    expect(Object.keys(getMessages('en')).sort()).toEqual(Object.keys(getMessages('de')).sort());
  });

  it.each(['de', 'en'] as const)('are never empty in %s', (lang) => {
    for (const [key, value] of Object.entries(getMessages(lang)) as [string, unknown][]) {
      const text =
        typeof value === 'function'
          ? String((value as (a: number, b: number) => string)(2, 3))
          : typeof value === 'string'
            ? value
            : JSON.stringify(value);
      expect(text.trim(), key).not.toBe('');
    }
  });

  it('count events with the right plural', () => {
    expect(getMessages('de').events(1)).toBe('1 Ereignis');
    expect(getMessages('de').eventsOf(2, 7)).toBe('2 von 7 Ereignissen');
    expect(getMessages('en').eventsOf(7, 7)).toBe('7 events');
  });

  it('switch to the other language', () => {
    expect([otherLanguage('de'), otherLanguage('en')]).toEqual(['en', 'de']);
  });

  it.each([
    ['/en/', '', 'en'],
    ['/en/events/x/', '', 'en'],
    ['/en', '', 'en'],
    ['/de/nope/', '', 'de'],
    ['/nope', '', 'de'],
    ['/', '', 'de'],
    ['/embed/', '', 'de'],
    // Only the first segment names the language: an event may be called "en".
    ['/de/events/en/', '', 'de'],
    ['/english/', '', 'de'],
    ['/chronik/en/nope/', '/chronik', 'en'],
    ['/chronik/de/en/', '/chronik', 'de'],
    ['/en/chronik/', '/chronik', 'de'],
  ] as const)('read the language of %s (base path %j): %s', (pathname, base, lang) => {
    expect(getPathLanguage({ pathname, base })).toBe(lang);
  });
});

describe('licenceName', () => {
  it('writes Creative Commons licences as their deeds do, others by their SPDX id', () => {
    expect(licenceName({ id: 'CC-BY-4.0' })).toBe('CC BY 4.0');
    expect(licenceName({ id: 'CC0-1.0' })).toBe('CC0-1.0');
    expect(licenceName({ id: 'ODbL-1.0' })).toBe('ODbL-1.0');
  });
});
