/**
 * robots.txt as RFC 9309 defines it: groups of user-agent lines with their allow and disallow rules, `*` and
 * `$` in paths, the most specific rule winning, and the widespread `Crawl-delay` and `Sitemap` extensions.
 */

/** One allow or disallow line. */
export interface RobotsRule {
  readonly allow: boolean;
  /** The path pattern as written, with `*` for any characters and a final `$` for the end of the URL. */
  readonly pattern: string;
}

/** A group: the user agents it names and the rules that apply to them. */
export interface RobotsGroup {
  /** The user-agent values in lower case (`*` for every crawler). */
  readonly agents: readonly string[];
  readonly rules: readonly RobotsRule[];
  /** Seconds to wait between requests, when the group says so. */
  readonly crawlDelaySeconds?: number;
}

/** A parsed robots.txt. */
export interface RobotsTxt {
  readonly groups: readonly RobotsGroup[];
  /** Sitemap URLs, which belong to no group. */
  readonly sitemaps: readonly string[];
}

/** What one crawler may do on one host. */
export interface RobotsPolicy {
  /** Whether a path (with its query) may be fetched. */
  allows(pathAndQuery: string): boolean;
  /** Seconds between requests the host asks this crawler for. */
  readonly crawlDelaySeconds?: number;
  readonly sitemaps: readonly string[];
}

/** RFC 9309 asks crawlers to read at least 500 KiB; anything after it is ignored. */
export const ROBOTS_TXT_MAX_CHARS = 512_000;

const KEYS: Readonly<Record<string, 'agent' | 'allow' | 'disallow' | 'delay' | 'sitemap'>> = {
  'user-agent': 'agent',
  useragent: 'agent',
  'user agent': 'agent',
  allow: 'allow',
  disallow: 'disallow',
  'crawl-delay': 'delay',
  sitemap: 'sitemap',
};

/**
 * Parses robots.txt text. Lenient as crawlers must be: unknown lines, comments, rules before the first
 * user-agent line and a byte-order mark are ignored; consecutive user-agent lines open one group.
 */
export function parseRobotsTxt(text: string): RobotsTxt {
  const groups: { agents: string[]; rules: RobotsRule[]; crawlDelaySeconds?: number }[] = [];
  const sitemaps: string[] = [];
  let current: (typeof groups)[number] | undefined;
  let collectingAgents = false;
  for (const rawLine of text
    .slice(0, ROBOTS_TXT_MAX_CHARS)
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)) {
    const line = rawLine.replace(/#.*$/, '').trim();
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const key = KEYS[line.slice(0, colon).trim().toLowerCase()];
    const value = line.slice(colon + 1).trim();
    if (key === 'sitemap') {
      if (value) sitemaps.push(value);
      continue;
    }
    if (key === 'agent') {
      if (!collectingAgents || !current) {
        current = { agents: [], rules: [] };
        groups.push(current);
      }
      collectingAgents = true;
      if (value) current.agents.push(value.toLowerCase());
      continue;
    }
    if (!key || !current) continue;
    collectingAgents = false;
    if (key === 'delay') {
      const seconds = Number(value);
      if (Number.isFinite(seconds) && seconds >= 0) current.crawlDelaySeconds = seconds;
    } else if (value) {
      current.rules.push({ allow: key === 'allow', pattern: normalizePath(value) });
    }
  }
  return { groups, sitemaps };
}

/**
 * The policy of one crawler, named by its product token (`Knooppunt` for `Knooppunt/0.1 (+https://...)`):
 * the groups naming that token, combined; else the `*` groups; else everything is allowed.
 */
export function robotsPolicy(robots: RobotsTxt, productToken: string): RobotsPolicy {
  const token = productToken.toLowerCase();
  const named = robots.groups.filter((group) => group.agents.some((agent) => agentToken(agent) === token));
  const chosen = named.length > 0 ? named : robots.groups.filter((group) => group.agents.includes('*'));
  const rules = chosen.flatMap((group) => group.rules).map(compile);
  const delays = chosen.flatMap((group) =>
    group.crawlDelaySeconds === undefined ? [] : [group.crawlDelaySeconds],
  );
  return {
    allows: (pathAndQuery) => isAllowed(rules, pathAndQuery),
    crawlDelaySeconds: delays.length > 0 ? Math.max(...delays) : undefined,
    sitemaps: robots.sitemaps,
  };
}

/** A policy that allows everything (robots.txt is missing: HTTP 4xx). */
export function allowAllPolicy(sitemaps: readonly string[] = []): RobotsPolicy {
  return { allows: () => true, sitemaps };
}

/** A policy that allows nothing (robots.txt is unreachable: HTTP 5xx or a network error). */
export function disallowAllPolicy(): RobotsPolicy {
  return { allows: (path) => path === '/robots.txt', sitemaps: [] };
}

interface CompiledRule {
  readonly allow: boolean;
  readonly length: number;
  readonly regex: RegExp;
}

function compile(rule: RobotsRule): CompiledRule {
  const anchored = rule.pattern.endsWith('$');
  const body = anchored ? rule.pattern.slice(0, -1) : rule.pattern;
  const source = body
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return {
    allow: rule.allow,
    length: rule.pattern.length,
    regex: new RegExp(`^${source}${anchored ? '$' : ''}`),
  };
}

/** The longest matching pattern decides; between an allow and a disallow of equal length, allow wins. */
function isAllowed(rules: readonly CompiledRule[], pathAndQuery: string): boolean {
  const path = normalizePath(pathAndQuery || '/');
  if (path === '/robots.txt') return true;
  let best: CompiledRule | undefined;
  for (const rule of rules) {
    if (!rule.regex.test(path)) continue;
    if (!best || rule.length > best.length || (rule.length === best.length && rule.allow)) best = rule;
  }
  return best?.allow ?? true;
}

/** The product token of a user-agent value: its leading letters, `-` and `_` (`googlebot/2.1` -> `googlebot`). */
function agentToken(agent: string): string {
  return /^[a-z_-]+|^\*/.exec(agent)?.[0] ?? agent;
}

/**
 * Makes paths and patterns comparable: escapes of unreserved characters decoded (`%7E` is `~`), other escapes
 * in upper case, and characters outside ASCII percent-encoded as UTF-8, as RFC 9309 section 2.2.2 asks.
 */
function normalizePath(path: string): string {
  return path
    .replace(/%[0-9a-f]{2}/gi, (escape) => {
      const char = String.fromCharCode(Number.parseInt(escape.slice(1), 16));
      return /[A-Za-z0-9\-._~]/.test(char) ? char : escape.toUpperCase();
    })
    .replace(/[^\x21-\x7e]/gu, (char) => encodeURIComponent(char));
}
