import { afterEach, describe, expect, it } from 'vitest';
import { generateWorld, type ReplicaServer, startReplicaServer } from '../replica/index.ts';
import { extractJsonLd, parseRobotsTxt, parseSitemap, robotsPolicy } from '../sdk/index.ts';
import { createJsonLdReplica } from './replica.ts';
import { initiativePage } from './replica-nodes.ts';

const world = generateWorld({ seed: 8, size: 200 });
let server: ReplicaServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function get(path: string, options = {}) {
  server ??= await startReplicaServer(createJsonLdReplica(world, options));
  const response = await fetch(`${server.url}${path}`);
  return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
}

describe('the JSON-LD website replica', () => {
  it('serves a robots.txt that disallows /beheer/, names its sitemap and sets a Crawl-delay when asked', async () => {
    const robots = parseRobotsTxt((await get('/robots.txt', { crawlDelaySeconds: 3 })).body);
    const policy = robotsPolicy(robots, 'Knooppunt');
    expect(policy.allows('/beheer/bewerk/x')).toBe(false);
    expect(policy.allows('/initiatieven/x')).toBe(true);
    expect(policy.crawlDelaySeconds).toBe(3);
    expect(robots.sitemaps).toEqual([`${server!.url}/sitemap.xml`]);
  });

  it("lists the home page and every initiative's page in its sitemap, with the initiative's last change", async () => {
    const { urls } = parseSitemap((await get('/sitemap.xml')).body);
    const present = world.initiatives.filter((initiative) => initiative.presence.includes('jsonld'));
    expect(urls).toHaveLength(present.length + 1);
    const first = initiativePage(present[0]!, server!.url, world.referenceDate);
    expect(urls).toContainEqual({ loc: `${server!.url}${first.path}`, lastmod: present[0]!.updatedAt });
  });

  it('writes JSON-LD as a @graph, as separate blocks or as one array, all readable', async () => {
    const present = world.initiatives.filter((initiative) => initiative.presence.includes('jsonld'));
    const pages = present.map((initiative) => initiativePage(initiative, 'http://x', world.referenceDate));
    expect(new Set(pages.map((page) => page.style))).toEqual(new Set(['graph', 'blocks', 'array']));
    for (const page of pages.slice(0, 12)) {
      const { status, type, body } = await get(page.path);
      expect(status).toBe(200);
      expect(type).toMatch(/text\/html/);
      const { nodes, errors } = extractJsonLd(body);
      expect(errors).toEqual([]);
      expect(nodes.filter((node) => node['@type'] !== 'WebPage')).toHaveLength(page.nodes.length);
    }
  });

  it('answers unknown pages with an HTML 404', async () => {
    expect(await get('/bestaat-niet')).toMatchObject({ status: 404, type: expect.stringMatching(/html/) });
  });
});
