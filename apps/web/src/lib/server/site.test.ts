import { describe, expect, it } from 'vitest';
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
