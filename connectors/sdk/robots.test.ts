import { afterEach, describe, expect, it } from 'vitest';
import { type ReplicaHandler, type ReplicaServer, startReplicaServer } from '../replica/index.ts';
import { createHttpClient } from './http.ts';
import { createRobotsGuard } from './robots.ts';
import { parseRobotsTxt, robotsPolicy } from './robots-txt.ts';

const policy = (text: string, token = 'Knooppunt') => robotsPolicy(parseRobotsTxt(text), token);

describe('parsing robots.txt', () => {
  it('opens one group for consecutive user-agent lines and collects sitemaps outside groups', () => {
    const robots = parseRobotsTxt(
      '\uFEFFUser-agent: A\nuser-agent: B # two agents\nDisallow: /x\n\nSitemap: https://s.nl/sitemap.xml\nUser-agent: C\nAllow: /\n',
    );
    expect(robots.groups).toEqual([
      { agents: ['a', 'b'], rules: [{ allow: false, pattern: '/x' }] },
      { agents: ['c'], rules: [{ allow: true, pattern: '/' }] },
    ]);
    expect(robots.sitemaps).toEqual(['https://s.nl/sitemap.xml']);
  });

  it('ignores rules before the first user-agent, unknown lines, comments and empty disallows', () => {
    const robots = parseRobotsTxt('Disallow: /early\nfoo bar\nUser-agent: *\nDisallow:\nHost: x.nl\n# c\n');
    expect(robots.groups).toEqual([{ agents: ['*'], rules: [] }]);
    expect(policy('Disallow: /early\nUser-agent: *\nDisallow:').allows('/early')).toBe(true);
  });

  it('reads Crawl-delay in seconds, decimals included', () => {
    expect(policy('User-agent: *\nCrawl-delay: 2.5').crawlDelaySeconds).toBe(2.5);
    expect(policy('User-agent: *\nCrawl-delay: soon').crawlDelaySeconds).toBeUndefined();
  });
});

describe('choosing the group of a crawler', () => {
  const text = [
    'User-agent: *',
    'Disallow: /',
    '',
    'User-agent: knooppunt/1.0',
    'Disallow: /private',
    'Crawl-delay: 5',
    '',
    'User-agent: Knooppunt',
    'Disallow: /tmp',
  ].join('\n');

  it('combines every group that names the product token, case-insensitively, and ignores the * group', () => {
    const rules = policy(text);
    expect(rules.allows('/initiatives/1')).toBe(true);
    expect(rules.allows('/private/a')).toBe(false);
    expect(rules.allows('/tmp/b')).toBe(false);
    expect(rules.crawlDelaySeconds).toBe(5);
  });

  it('falls back to the * group for other crawlers, and allows everything without one', () => {
    expect(policy(text, 'OtherBot').allows('/initiatives/1')).toBe(false);
    expect(policy('User-agent: OtherBot\nDisallow: /').allows('/anything')).toBe(true);
    expect(policy('').allows('/anything')).toBe(true);
  });
});

describe('matching paths', () => {
  it('lets the longest matching rule win, and allow win a tie', () => {
    const rules = policy(
      'User-agent: *\nDisallow: /projects\nAllow: /projects/open\nDisallow: /a\nAllow: /a',
    );
    expect(rules.allows('/projects/closed')).toBe(false);
    expect(rules.allows('/projects/open/12')).toBe(true);
    expect(rules.allows('/a/b')).toBe(true);
    expect(rules.allows('/other')).toBe(true);
  });

  it('reads * as any characters and a final $ as the end of the URL', () => {
    const rules = policy('User-agent: *\nDisallow: /*.pdf$\nDisallow: /*?session=\nDisallow: /fish*');
    expect(rules.allows('/files/report.pdf')).toBe(false);
    expect(rules.allows('/files/report.pdf?download=1')).toBe(true);
    expect(rules.allows('/page?session=42')).toBe(false);
    expect(rules.allows('/fishing')).toBe(false);
    expect(rules.allows('/Fish')).toBe(true);
  });

  it('compares percent-encoded and plain forms alike and always allows /robots.txt', () => {
    const rules = policy('User-agent: *\nDisallow: /caf%C3%A9\nDisallow: /%7Euser\nDisallow: /');
    expect(rules.allows('/robots.txt')).toBe(true);
    const cafe = policy('User-agent: *\nDisallow: /café');
    expect(cafe.allows('/caf%c3%a9/menu')).toBe(false);
    expect(policy('User-agent: *\nDisallow: /%7Euser').allows('/~user/x')).toBe(false);
    expect(rules.allows('/anything')).toBe(false);
  });
});

describe('the robots guard over HTTP', () => {
  let server: ReplicaServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  const http = createHttpClient({
    userAgent: 'Knooppunt/test',
    retries: 1,
    backoffBaseMs: 1,
    limits: { concurrency: 4 },
  });

  async function serve(handler: ReplicaHandler): Promise<{ url: string; requests: string[] }> {
    const requests: string[] = [];
    server = await startReplicaServer((request) => {
      requests.push(request.path);
      return handler(request);
    });
    return { url: server.url, requests };
  }

  it('fetches robots.txt once per host and answers from it', async () => {
    const { url, requests } = await serve(() => ({
      status: 200,
      headers: { 'content-type': 'text/plain' },
      body: 'User-agent: *\nDisallow: /intern/\nSitemap: /sitemap.xml',
    }));
    const robots = createRobotsGuard({ http });
    expect(await robots.allowed(`${url}/initiatieven/1`)).toBe(true);
    expect(await robots.allowed(`${url}/intern/beheer`)).toBe(false);
    expect((await robots.forHost(url)).policy.sitemaps).toEqual(['/sitemap.xml']);
    expect(requests).toEqual(['/robots.txt']);
  });

  it('allows everything when robots.txt is missing (4xx)', async () => {
    const { url } = await serve(() => ({ status: 404, body: 'not found' }));
    const robots = createRobotsGuard({ http });
    expect(await robots.allowed(`${url}/anything`)).toBe(true);
    expect((await robots.forHost(url)).status).toBe('missing');
  });

  it('allows nothing when robots.txt is unreachable (5xx), and says why', async () => {
    const { url } = await serve(() => ({ status: 503, body: 'down' }));
    const robots = createRobotsGuard({ http });
    expect(await robots.allowed(`${url}/anything`)).toBe(false);
    expect(await robots.forHost(url)).toMatchObject({ status: 'unreachable', reason: /503/ });
  });

  it('runs requests to a host with a Crawl-delay one at a time, and others side by side', async () => {
    const overlap = async (body: string) => {
      const { url } = await serve(() => ({ status: 200, body }));
      const robots = createRobotsGuard({ http });
      let running = 0;
      let most = 0;
      const task = async () => {
        running++;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 5));
        running--;
      };
      await Promise.all([1, 2, 3].map((n) => robots.throttle(`${url}/page/${n}`, task)));
      await server?.close();
      server = undefined;
      return most;
    };
    expect(await overlap('User-agent: *\nCrawl-delay: 0.001')).toBe(1);
    expect(await overlap('User-agent: *\nDisallow:')).toBe(3);
  });
});
