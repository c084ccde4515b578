import { normalizeUrl } from '../normalize/index.ts';

/**
 * Hosts of social media and platforms where an initiative has a profile, not a website of its own:
 * a directory's "website" field often holds a Facebook page.
 */
const PROFILE_HOSTS =
  /(^|\.)(facebook\.com|fb\.com|fb\.me|instagram\.com|twitter\.com|x\.com|linkedin\.com|youtube\.com|youtu\.be|tiktok\.com|threads\.net|bsky\.app|mastodon\.social|nextdoor\.(com|nl|co\.uk)|meetup\.com|eventbrite\.(com|co\.uk|nl|de)|linktr\.ee|wa\.me|t\.me)$/i;

/** Whether a URL is a profile on a social network or platform rather than an organisation's own site. */
export function isProfileLink(url: string | null | undefined): boolean {
  const normalized = normalizeUrl(url);
  return normalized !== undefined && PROFILE_HOSTS.test(new URL(normalized).hostname);
}

/**
 * Sorts an organisation's URLs into its own website (the first URL that is not a profile) and its profile
 * links (everything else, normalised, without repeats). Entity resolution leans on both, so a Facebook
 * page given as "website" must land among the links.
 *
 * @example
 * websiteAndLinks(['https://facebook.com/buurtkracht', 'www.buurtkracht.nl']);
 * // { website: 'https://www.buurtkracht.nl', links: ['https://facebook.com/buurtkracht'] }
 */
export function websiteAndLinks(urls: readonly (string | null | undefined)[]): {
  website?: string;
  links: string[];
} {
  let website: string | undefined;
  const links: string[] = [];
  for (const raw of urls) {
    const url = normalizeUrl(raw);
    if (!url || url === website || links.includes(url)) continue;
    if (!website && !isProfileLink(url)) website = url;
    else links.push(url);
  }
  return website ? { website, links } : { links };
}
