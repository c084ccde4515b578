import { parseXml } from '../xml/index.ts';

/** One `<url>` of a sitemap, or one `<sitemap>` of a sitemap index. */
export interface SitemapEntry {
  readonly loc: string;
  /** When the page last changed, as the site says (W3C datetime); sites that do not know leave it out. */
  readonly lastmod?: string;
}

/** A parsed sitemap: page URLs (`<urlset>`) or further sitemaps (`<sitemapindex>`). */
export interface Sitemap {
  readonly urls: readonly SitemapEntry[];
  readonly sitemaps: readonly SitemapEntry[];
}

/**
 * Parses a sitemap (sitemaps.org protocol 0.9): the `<loc>` and `<lastmod>` of every `<url>` of a
 * `<urlset>`, or of every `<sitemap>` of a `<sitemapindex>`. Namespace prefixes, a single entry and
 * entries without `<loc>` are handled; a document that is no sitemap gives no entries, and one that is not
 * well-formed XML fails with a `system` error.
 *
 * @example
 * parseSitemap('<urlset><url><loc>https://x.nl/a</loc><lastmod>2026-03-01</lastmod></url></urlset>');
 * // { urls: [{ loc: 'https://x.nl/a', lastmod: '2026-03-01' }], sitemaps: [] }
 */
export function parseSitemap(xml: string): Sitemap {
  const document = parseXml(xml);
  const root = (name: string) => unprefixed(document)[name];
  return { urls: entries(root('urlset'), 'url'), sitemaps: entries(root('sitemapindex'), 'sitemap') };
}

function entries(container: unknown, element: string): SitemapEntry[] {
  const items = unprefixed(container)[element];
  const list = Array.isArray(items) ? items : items === undefined ? [] : [items];
  return list.flatMap((item) => {
    const fields = unprefixed(item);
    const loc = text(fields.loc);
    if (!loc) return [];
    const lastmod = text(fields.lastmod);
    return [lastmod ? { loc, lastmod } : { loc }];
  });
}

/** An element's children by local name (`sm:url` and `url` alike). */
function unprefixed(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).map(([key, child]) => [key.replace(/^[^:]+:/, ''), child]));
}

function text(value: unknown): string | undefined {
  const raw = typeof value === 'object' && value !== null ? (value as { '#text'?: unknown })['#text'] : value;
  return typeof raw === 'string' && raw.trim() ? raw.trim() : undefined;
}
