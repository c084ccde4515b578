import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateWorld, type ReplicaServer, startReplicaServer } from '../replica/index.ts';
import { extractJsonLd, parseRobotsTxt, parseSitemap, walkJsonLd, hasJsonLdType } from '../sdk/index.ts';
import { createSchemaOrgMarketReplica } from './replica.ts';
import { listingPath, replicaListings } from './replica-data.ts';
import { fixtureText } from './test-fixtures.ts';

const world = generateWorld({ seed: 3, size: 300 });
const listings = replicaListings(world);
let server: ReplicaServer;
beforeAll(async () => {
  server = await startReplicaServer(createSchemaOrgMarketReplica(world));
});
afterAll(() => server.close());

const get = async (path: string) => {
  const response = await fetch(`${server.url}${path}`);
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
};

describe('the marketplace replica', () => {
  it('serves robots.txt that disallows /account/ and names the sitemap', async () => {
    const robots = parseRobotsTxt((await get('/robots.txt')).text);
    expect(robots.sitemaps).toEqual([`${server.url}/sitemap.xml`]);
  });

  it('serves a sitemap index with a sitemap of requests and one of offers, with lastmod', async () => {
    const index = parseSitemap((await get('/sitemap.xml')).text);
    expect(index.sitemaps.map((entry) => new URL(entry.loc).pathname)).toEqual([
      '/sitemap-vraag.xml',
      '/sitemap-aanbod.xml',
    ]);
    const requests = parseSitemap((await get('/sitemap-vraag.xml')).text);
    expect(requests.urls).toHaveLength(listings.filter((listing) => listing.type === 'Demand').length);
    expect(requests.urls.every((entry) => entry.lastmod)).toBe(true);
  });

  it('serves listing pages whose JSON-LD holds the listing, in every page style', async () => {
    const styles = new Set(listings.map((listing) => listing.style));
    expect(styles).toEqual(new Set(['graph', 'inline', 'iri', 'repairable']));
    for (const style of styles) {
      const listing = listings.find((candidate) => candidate.style === style)!;
      const page = await get(listingPath(listing));
      expect(page.type).toContain('text/html');
      const { nodes, errors } = extractJsonLd(page.text);
      expect(errors).toEqual([]);
      expect(walkJsonLd(nodes).some((node) => hasJsonLdType(node, listing.type))).toBe(true);
    }
  });

  it('answers unknown pages with an HTML 404', async () => {
    const page = await get('/vraag/0-niets');
    expect(page.status).toBe(404);
    expect(page.text.trim()).toBe(fixtureText('error-404.html').trim());
  });
});
