import { describe, expect, it } from 'vitest';
import { isProfileLink, websiteAndLinks } from './index.ts';

describe('websiteAndLinks', () => {
  it('takes the first own site as website and keeps profiles and further sites as links', () => {
    expect(
      websiteAndLinks([
        'https://www.facebook.com/2waystbristol/?ref=page_internal',
        'www.buurtkracht.nl/',
        'https://buurtkracht.nl/english',
        'https://www.instagram.com/buurtkracht',
      ]),
    ).toEqual({
      website: 'https://www.buurtkracht.nl',
      links: [
        'https://www.facebook.com/2waystbristol/',
        'https://buurtkracht.nl/english',
        'https://www.instagram.com/buurtkracht',
      ],
    });
  });

  it('drops unusable URLs and repeats, and gives no website when there are only profiles', () => {
    expect(websiteAndLinks([null, 'mailto:info@x.nl', 'https://x.com/a', 'https://x.com/a'])).toEqual({
      links: ['https://x.com/a'],
    });
  });

  it('recognises profile hosts, subdomains included, and nothing else', () => {
    expect(isProfileLink('https://m.facebook.com/groups/1')).toBe(true);
    expect(isProfileLink('https://www.meetup.com/repair-cafe')).toBe(true);
    expect(isProfileLink('https://notfacebook.com')).toBe(false);
    expect(isProfileLink('not a url')).toBe(false);
  });
});
