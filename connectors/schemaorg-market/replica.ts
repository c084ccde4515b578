import type { ReplicaHandler, ReplicaResponse, World } from '../replica/index.ts';
import { listingPath, type ReplicaListing, replicaListings } from './replica-data.ts';
import { listingPage } from './replica-pages.ts';

/** Source options for harvesting the replica in the demo: the marketplace is Dutch. */
export const DEMO_SOURCE_OPTIONS = { country: 'NL' } as const;

/** Options of the marketplace replica. */
export interface SchemaOrgMarketReplicaOptions {
  /** robots.txt answers 503: the site may not be crawled at all. */
  readonly robotsUnavailable?: boolean;
  /** A `Crawl-delay` in robots.txt, in seconds. */
  readonly crawlDelay?: number;
  /** Positions (in page order) of listings published without name, item name or description. */
  readonly malformed?: readonly number[];
  /** Positions of listing pages marked `noindex`. */
  readonly noindex?: readonly number[];
}

const html = (status: number, body: string): ReplicaResponse => ({
  status,
  headers: { 'content-type': 'text/html; charset=utf-8' },
  body,
});
const xml = (body: string): ReplicaResponse => ({
  status: 200,
  headers: { 'content-type': 'application/xml; charset=utf-8' },
  body,
});

/**
 * A replica of a social marketplace website ("Buurtmarkt") whose pages carry their needs and offers as
 * schema.org JSON-LD, drawn from the world's initiatives on schema.org marketplaces: `robots.txt` (with a
 * disallowed `/account/` and its sitemap), a sitemap index with one sitemap of requests and one of offers
 * (with `lastmod`), and a page per listing in varied but real JSON-LD shapes: a `@graph` with the
 * organisation referenced by `@id` and `seeks` / `makesOffer`, inline `seller` / `offeredBy`, full IRIs as
 * types, and a block with a trailing comma. Some offers are posted by residents (persons), whom the
 * connector must skip; organisations name their founder (a person) too.
 *
 * @example
 * const server = await startReplicaServer(createSchemaOrgMarketReplica(generateWorld({ seed: 1, size: 500 })));
 */
export function createSchemaOrgMarketReplica(
  world: World,
  options: SchemaOrgMarketReplicaOptions = {},
): ReplicaHandler {
  const listings = replicaListings(world);
  const malformed = new Set((options.malformed ?? []).map((position) => listings[position]?.id));
  const noindex = new Set((options.noindex ?? []).map((position) => listings[position]?.id));
  const byPath = new Map(listings.map((listing) => [listingPath(listing), listing]));

  return (request) => {
    const origin = `http://${request.headers.host ?? 'localhost'}`;
    if (request.path === '/robots.txt') {
      if (options.robotsUnavailable) return { status: 503, body: 'Service Unavailable' };
      const delay = options.crawlDelay ? `Crawl-delay: ${options.crawlDelay}\n` : '';
      return {
        status: 200,
        headers: { 'content-type': 'text/plain' },
        body: `User-agent: *\nDisallow: /account/\n${delay}\nSitemap: ${origin}/sitemap.xml\n`,
      };
    }
    if (request.path === '/sitemap.xml') {
      return xml(
        `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">` +
          ['vraag', 'aanbod']
            .map((kind) => `<sitemap><loc>${origin}/sitemap-${kind}.xml</loc></sitemap>`)
            .join('') +
          `</sitemapindex>`,
      );
    }
    const sitemap = /^\/sitemap-(vraag|aanbod)\.xml$/.exec(request.path);
    if (sitemap) {
      const kind = sitemap[1] === 'vraag' ? 'Demand' : 'Offer';
      const urls = listings
        .filter((listing) => listing.type === kind)
        .map(
          (listing) =>
            `<url><loc>${origin}${listingPath(listing)}</loc><lastmod>${listing.lastmod}</lastmod></url>`,
        );
      if (kind === 'Offer') urls.push(`<url><loc>${origin}/account/mijn-aanbod</loc></url>`);
      return xml(
        `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls.join('')}</urlset>`,
      );
    }
    if (request.path === '/')
      return html(
        200,
        '<!doctype html><html lang="nl"><title>Buurtmarkt</title><h1>Vraag en aanbod in je buurt</h1></html>',
      );
    const listing = byPath.get(request.path);
    if (!listing)
      return html(
        404,
        '<!doctype html><html lang="nl"><title>Niet gevonden</title><h1>Deze pagina bestaat niet (meer)</h1></html>',
      );
    return html(
      200,
      listingPage(malformed.has(listing.id) ? blank(listing) : listing, { noindex: noindex.has(listing.id) }),
    );
  };
}

/** A listing published without name or description, as a broken form submission leaves it. */
function blank(listing: ReplicaListing): ReplicaListing {
  return { ...listing, title: '', description: '', itemType: 'Service' };
}
