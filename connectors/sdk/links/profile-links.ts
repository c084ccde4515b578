import { normalizeUrl } from '../normalize/index.ts';

/**
 * Hosts whose pages are profiles on a platform rather than an organisation's own website: social media,
 * link-in-bio services, and the civic platforms Knooppunt harvests. An initiative's page there belongs in
 * `links` (entity resolution follows them), never in `website`.
 */
const PROFILE_HOSTS = [
  'facebook.com',
  'fb.com',
  'fb.me',
  'instagram.com',
  'twitter.com',
  'x.com',
  'linkedin.com',
  'youtube.com',
  'youtu.be',
  'tiktok.com',
  'threads.net',
  'mastodon.social',
  'bsky.app',
  'linktr.ee',
  'meetup.com',
  'nextdoor.nl',
  'nextdoor.com',
  'whatsapp.com',
  'wa.me',
  't.me',
  'kiva.org',
  'betterplace.org',
  'globalgiving.org',
  'opencollective.com',
  'deedmob.com',
  'nlvoorelkaar.nl',
  'idealist.org',
  'volunteermatch.org',
  'doit.life',
  'voordekunst.nl',
  'whydonate.com',
  'gofundme.com',
  'wijamsterdam.nl',
] as const;

/** Whether a URL is a profile on a platform or social network (see `PROFILE_HOSTS`) rather than an own site. */
export function isProfileUrl(url: string | null | undefined): boolean {
  const normalized = normalizeUrl(url);
  if (!normalized) return false;
  const host = new URL(normalized).hostname.replace(/^(www|m|mobile)\./, '');
  return PROFILE_HOSTS.some((profile) => host === profile || host.endsWith(`.${profile}`));
}

/**
 * Splits the URLs a platform gives for an initiative into its own website (the first URL that is not a
 * platform profile) and its profile links (everything else, normalised and without duplicates). Platforms
 * put a Facebook page in the "website" field often enough that mappings must not trust the field's name.
 *
 * @example
 * splitWebsiteAndProfiles(['facebook.com/buurtkamer', 'www.buurtkamer.nl', 'https://instagram.com/bk']);
 * // { website: 'https://www.buurtkamer.nl', links: ['https://facebook.com/buurtkamer', 'https://instagram.com/bk'] }
 */
export function splitWebsiteAndProfiles(urls: readonly (string | null | undefined)[]): {
  website?: string;
  links: string[];
} {
  let website: string | undefined;
  const links = new Set<string>();
  for (const raw of urls) {
    const url = normalizeUrl(raw);
    if (!url) continue;
    if (!website && !isProfileUrl(url)) website = url;
    else if (url !== website) links.add(url);
  }
  return { website, links: [...links] };
}
