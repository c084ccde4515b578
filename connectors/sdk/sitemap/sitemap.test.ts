import { afterEach, describe, expect, it } from 'vitest';
import { type ReplicaServer, startReplicaServer } from '../../replica/index.ts';
import { createHttpClient } from '../http.ts';
import { parseSitemap, readSitemaps } from './index.ts';

describe('parseSitemap', () => {
  it('reads the locations and last changes of a urlset, one entry or many', () => {
    const many = `<?xml version="1.0" encoding="UTF-8"?>
      <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
        <url><loc>https://buurtkamer.nl/</loc><lastmod>2026-03-01T10:00:00+01:00</lastmod></url>
        <url><loc> https://buurtkamer.nl/over-ons?a=1&amp;b=2 </loc><changefreq>weekly</changefreq></url>
        <url><lastmod>2026-01-01</lastmod></url>
      </urlset>`;
    expect(parseSitemap(many)).toEqual({
      urls: [
        { loc: 'https://buurtkamer.nl/', lastmod: '2026-03-01T10:00:00+01:00' },
        { loc: 'https://buurtkamer.nl/over-ons?a=1&b=2' },
      ],
      sitemaps: [],
    });
    expect(parseSitemap('<urlset><url><loc>https://x.nl/a</loc></url></urlset>').urls).toEqual([
      { loc: 'https://x.nl/a' },
    ]);
  });

  it('reads the sitemaps of an index, with namespace prefixes', () => {
    const index = `<sm:sitemapindex xmlns:sm="http://www.sitemaps.org/schemas/sitemap/0.9">
      <sm:sitemap><sm:loc>https://x.nl/sitemap-1.xml</sm:loc></sm:sitemap></sm:sitemapindex>`;
    expect(parseSitemap(index)).toEqual({ urls: [], sitemaps: [{ loc: 'https://x.nl/sitemap-1.xml' }] });
  });

  it('finds nothing in a document that is no sitemap, and refuses one that is not XML', () => {
    expect(parseSitemap('<html><body>Not found</body></html>')).toEqual({ urls: [], sitemaps: [] });
    expect(() => parseSitemap('<urlset><url>')).toThrow(/not well-formed XML/);
  });
});

describe('readSitemaps', () => {
  let server: ReplicaServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('follows indexes once each, resolves relative locations and gives every page once', async () => {
    const files: Record<string, string> = {
      '/sitemap.xml':
        '<sitemapindex><sitemap><loc>/a.xml</loc></sitemap><sitemap><loc>/b.xml</loc></sitemap><sitemap><loc>/sitemap.xml</loc></sitemap></sitemapindex>',
      '/a.xml':
        '<urlset><url><loc>/p/1</loc><lastmod>2026-01-01</lastmod></url><url><loc>/p/2</loc></url></urlset>',
      '/b.xml': '<urlset><url><loc>/p/2</loc></url><url><loc>/p/3</loc></url></urlset>',
    };
    const requests: string[] = [];
    server = await startReplicaServer((request) => {
      requests.push(request.path);
      const body = files[request.path];
      return body
        ? { status: 200, headers: { 'content-type': 'application/xml' }, body }
        : { status: 404, body: '' };
    });
    const http = createHttpClient({ userAgent: 'test', retries: 0, limits: { concurrency: 2 } });
    const pages = await readSitemaps({
      http,
      sitemaps: [`${server.url}/sitemap.xml`, `${server.url}/missing.xml`],
    });
    expect(pages).toEqual([
      { loc: `${server.url}/p/1`, lastmod: '2026-01-01' },
      { loc: `${server.url}/p/2` },
      { loc: `${server.url}/p/3` },
    ]);
    expect(requests).toEqual(['/sitemap.xml', '/missing.xml', '/a.xml', '/b.xml']);
  });

  it('skips sitemaps that robots.txt refuses', async () => {
    server = await startReplicaServer(() => ({
      status: 200,
      body: '<urlset><url><loc>/x</loc></url></urlset>',
    }));
    const http = createHttpClient({ userAgent: 'test', retries: 0, limits: { concurrency: 2 } });
    const pages = await readSitemaps({
      http,
      sitemaps: [`${server.url}/sitemap.xml`],
      allowed: async () => false,
    });
    expect(pages).toEqual([]);
  });
});
