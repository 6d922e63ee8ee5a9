import { describe, expect, it } from 'vitest';
import { readSiteAddress } from '../../../site-address.js';
import { getSiteUrlNotice } from './site';

describe('getSiteUrlNotice', () => {
  it('tells a build without SITE_URL where its links point, and how to change it', () => {
    expect(getSiteUrlNotice({})).toMatch(
      /^SITE_URL is not set: .* link to http:\/\/localhost:4173\. Build with SITE_URL=https:\/\/your\.host/,
    );
    expect(getSiteUrlNotice({ SITE_URL: '' })).toBeDefined();
  });

  it('says nothing when SITE_URL is set', () => {
    expect(getSiteUrlNotice({ SITE_URL: 'https://chronik.example' })).toBeUndefined();
  });
});

describe('readSiteAddress', () => {
  it('reads the site root and the base path from SITE_URL', () => {
    expect(readSiteAddress({})).toEqual({ siteUrl: 'http://localhost:4173', base: '' });
    expect(readSiteAddress({ SITE_URL: 'https://chronik.example/' })).toEqual({
      siteUrl: 'https://chronik.example',
      base: '',
    });
    expect(readSiteAddress({ SITE_URL: 'https://forge.example/chronik/' })).toEqual({
      siteUrl: 'https://forge.example/chronik',
      base: '/chronik',
    });
  });

  it('takes the folder from BASE_PATH, written with or without slashes', () => {
    for (const BASE_PATH of ['/chronik', 'chronik', '/chronik/']) {
      expect(readSiteAddress({ SITE_URL: 'https://forge.example', BASE_PATH })).toEqual({
        siteUrl: 'https://forge.example/chronik',
        base: '/chronik',
      });
    }
    expect(readSiteAddress({ BASE_PATH: '/a/b' }).siteUrl).toBe('http://localhost:4173/a/b');
    expect(readSiteAddress({ SITE_URL: 'https://forge.example/x', BASE_PATH: '/x' }).base).toBe(
      '/x',
    );
  });

  it('refuses what cannot be a site address, naming the variable, the value and the fix', () => {
    expect(() => readSiteAddress({ SITE_URL: 'forge.example' })).toThrow(
      /SITE_URL is "forge.example", not an http\(s\) address.*e\.g\. SITE_URL=https:/,
    );
    expect(() => readSiteAddress({ SITE_URL: 'javascript:alert(1)' })).toThrow(/SITE_URL/);
    expect(() => readSiteAddress({ SITE_URL: 'https://x.example/?a=1' })).toThrow(/query/);
    expect(() => readSiteAddress({ BASE_PATH: '/a b' })).toThrow(
      /BASE_PATH is "\/a b": the folder \/a b has characters .* e\.g\. \/chronik/,
    );
    expect(() => readSiteAddress({ BASE_PATH: '/../x' })).toThrow(/BASE_PATH/);
    expect(() => readSiteAddress({ BASE_PATH: '/"onload=x' })).toThrow(/BASE_PATH/);
    expect(() =>
      readSiteAddress({ SITE_URL: 'https://forge.example/one', BASE_PATH: '/two' }),
    ).toThrow(/names the folder \/one, but BASE_PATH is "\/two"/);
  });
});
