import { describe, expect, it } from 'vitest';
import { isProfileUrl, splitWebsiteAndProfiles } from './profile-links.ts';

describe('isProfileUrl', () => {
  it('recognises social networks and civic platforms, with or without www and sub-domains', () => {
    expect(isProfileUrl('https://www.facebook.com/buurtkamer')).toBe(true);
    expect(isProfileUrl('m.facebook.com/buurtkamer')).toBe(true);
    expect(isProfileUrl('https://nl.linkedin.com/company/x')).toBe(true);
    expect(isProfileUrl('https://www.kiva.org/lend/123')).toBe(true);
  });

  it('does not take an own domain that merely contains a platform name for a profile', () => {
    expect(isProfileUrl('https://www.buurtfacebook.com')).toBe(false);
    expect(isProfileUrl('https://amsterdam.voedselbank.org')).toBe(false);
    expect(isProfileUrl('not a url')).toBe(false);
  });
});

describe('splitWebsiteAndProfiles', () => {
  it('takes the first own site as website and keeps the rest as links, normalised and unique', () => {
    expect(
      splitWebsiteAndProfiles([
        'facebook.com/buurtkamer',
        'www.buurtkamer.nl/?utm_source=x',
        'https://www.facebook.com/buurtkamer',
        'https://www.buurtkamer.nl/over-ons',
        null,
        'mailto:info@buurtkamer.nl',
      ]),
    ).toEqual({
      website: 'https://www.buurtkamer.nl',
      links: [
        'https://facebook.com/buurtkamer',
        'https://www.facebook.com/buurtkamer',
        'https://www.buurtkamer.nl/over-ons',
      ],
    });
  });

  it('gives no website when every URL is a profile', () => {
    expect(splitWebsiteAndProfiles(['https://instagram.com/bk'])).toEqual({
      website: undefined,
      links: ['https://instagram.com/bk'],
    });
  });
});
