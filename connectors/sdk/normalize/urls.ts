const TRACKING = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ref|source)$/i;

/**
 * Normalises a URL as the graph keeps it: scheme added when missing (https), host in lower case, tracking
 * parameters and fragments dropped, and the breaks real data has repaired (spaces, line-break hyphens as in
 * "www.buurt- kracht.nl"). Returns undefined when no http(s) URL can be made of it.
 */
export function normalizeUrl(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  let text = raw.trim().replace(/-\s+/g, '-').replace(/\s+/g, '');
  if (!text || /^(mailto|tel|javascript):/i.test(text)) return undefined;
  if (text.startsWith('//')) text = `https:${text}`;
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) text = `https://${text}`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (
    !/^[a-z0-9.-]+\.[a-z]{2,}$/i.test(url.hostname) &&
    url.hostname !== 'localhost' &&
    !/^\d+\.\d+\.\d+\.\d+$/.test(url.hostname)
  ) {
    return undefined;
  }
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) if (TRACKING.test(key)) url.searchParams.delete(key);
  url.hostname = url.hostname.toLowerCase();
  const result = url.toString();
  return url.pathname === '/' && !url.search ? result.replace(/\/$/, '') : result;
}

/** The host of a website without `www.`, the key entity resolution blocks on ("buurtkracht.nl"). */
export function websiteDomain(raw: string | null | undefined): string | undefined {
  const url = normalizeUrl(raw);
  return url ? new URL(url).hostname.replace(/^www\d?\./, '') : undefined;
}

/** Normalises a list of URLs, dropping unusable ones and duplicates, keeping order. */
export function normalizeUrls(raws: readonly (string | null | undefined)[]): string[] {
  return [...new Set(raws.map(normalizeUrl).filter((url): url is string => url !== undefined))];
}
