import { intern } from './intern.ts';

/** A website reduced for comparison: the site itself and the domain it lives under. */
export interface SiteKey {
  /** Host without `www.` plus the first path segment when there is one: `repaircafe.org/utrecht`. */
  readonly site: string;
  /** The registrable domain: `present.nl` for `utrecht.present.nl`. */
  readonly domain: string;
}

/** Hosts where many organisations live side by side, so only host plus path names one of them. */
const SHARED_HOSTS = new Set([
  'facebook.com',
  'instagram.com',
  'linkedin.com',
  'twitter.com',
  'x.com',
  'youtube.com',
  'tiktok.com',
  'linktr.ee',
  'sites.google.com',
  'medium.com',
  'github.com',
]);

/** Second-level labels under which registrations happen one level deeper (`example.co.uk`). */
const SECOND_LEVELS = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'edu', 'or', 'ne', 'gv']);

/** Path segments that introduce a listing of many organisations: the organisation is the next segment. */
const LISTING_SEGMENTS = new Set([
  'locatie',
  'locaties',
  'location',
  'locations',
  'afdeling',
  'afdelingen',
  'vestiging',
  'vestigingen',
  'lokaal',
  'chapter',
  'chapters',
  'groups',
  'group',
  'pages',
  'company',
  'org',
  'orgs',
  'organisaties',
  'organisations',
  'organizations',
  'initiatieven',
  'projecten',
  'projects',
  'p',
]);

/** Path segments that choose a language or page, not an organisation. */
const NEUTRAL_SEGMENTS = new Set(['nl', 'en', 'de', 'fr', 'es', 'index.html', 'index.php', 'home', '']);

/** Query parameters that track a click rather than name a page. */
const TRACKING = /^(utm_|fbclid|gclid|ref$|source$)/;

function parse(raw: string): URL | undefined {
  const text = raw.trim();
  if (text === '') return undefined;
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return undefined;
  }
}

function hostOf(url: URL): string {
  return url.hostname
    .toLowerCase()
    .replace(/^(www\d?|m)\./, '')
    .replace(/\.$/, '');
}

/** The registrable domain of a host, without a public-suffix list: two labels, three under `co.uk` style suffixes. */
export function registrableDomain(host: string): string {
  const labels = host.split('.');
  if (labels.length <= 2) return host;
  const keep = SECOND_LEVELS.has(labels[labels.length - 2]!) && labels.at(-1)!.length === 2 ? 3 : 2;
  return labels.slice(-keep).join('.');
}

function segments(url: URL): string[] {
  return url.pathname
    .toLowerCase()
    .split('/')
    .filter((segment) => !NEUTRAL_SEGMENTS.has(segment));
}

/**
 * Reduces an initiative's website to the site that identifies it, or undefined when the text is not a URL.
 * Chapters of one network often share a domain with a path or subdomain each, so the site keeps both.
 *
 * @example
 * siteKey('https://www.RepairCafe.org/nl/utrecht/'); // { site: 'repaircafe.org/utrecht', domain: 'repaircafe.org' }
 */
export function siteKey(raw: string): SiteKey | undefined {
  const url = parse(raw);
  if (url === undefined) return undefined;
  const host = hostOf(url);
  if (host === '' || !host.includes('.')) return undefined;
  const path = segments(url);
  const shared = SHARED_HOSTS.has(host);
  if (shared && path.length === 0) return undefined;
  const depth = path[0] !== undefined && LISTING_SEGMENTS.has(path[0]) ? 2 : 1;
  const site = path.length > 0 ? `${host}/${path.slice(0, depth).join('/')}` : host;
  return { site, domain: shared ? site : intern(registrableDomain(host)) };
}

/**
 * Normalises a link to a profile page so that the same page written differently compares equal:
 * no scheme, no `www.`, lower-case host and path, no trailing slash, no tracking parameters.
 */
export function linkKey(raw: string): string | undefined {
  const url = parse(raw);
  if (url === undefined) return undefined;
  const host = hostOf(url);
  if (host === '' || !host.includes('.')) return undefined;
  const path = url.pathname.toLowerCase().replace(/\/+$/, '');
  const query = [...url.searchParams.entries()]
    .filter(([name]) => !TRACKING.test(name))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
  if (path === '' && query === '') return undefined;
  return `${host}${path}${query === '' ? '' : `?${query}`}`;
}
