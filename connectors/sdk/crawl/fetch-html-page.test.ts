import { afterEach, describe, expect, it } from 'vitest';
import { type ReplicaServer, startReplicaServer } from '../../replica/index.ts';
import { createHttpClient } from '../http.ts';
import { fetchHtmlPage } from './fetch-html-page.ts';

const http = createHttpClient({ userAgent: 'knooppunt-test', retries: 0 });
let server: ReplicaServer | undefined;
let elsewhere: ReplicaServer | undefined;
afterEach(async () => {
  await Promise.all([server?.close(), elsewhere?.close()]);
  server = undefined;
  elsewhere = undefined;
});

async function site() {
  elsewhere = await startReplicaServer(() => ({
    status: 200,
    headers: { 'content-type': 'text/html' },
    body: '<html></html>',
  }));
  const other = elsewhere.url;
  server = await startReplicaServer((request) => {
    const html = (body: string) => ({
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body,
    });
    if (request.path === '/vraag/1') return html('<html lang="NL-nl"><head><title>x</title></head></html>');
    if (request.path === '/verborgen')
      return html('<html><meta name="robots" content="noindex, nofollow"></html>');
    if (request.path === '/data.json')
      return { status: 200, headers: { 'content-type': 'application/json' }, body: '{}' };
    if (request.path === '/weg') return { status: 301, headers: { location: `${other}/` } };
    if (request.path === '/stuk') return { status: 500, body: 'error' };
    return { status: 404, body: 'not found' };
  });
  return server.url;
}

describe('fetchHtmlPage', () => {
  it('gives the page with its language and whether it may be indexed', async () => {
    const base = await site();
    expect(await fetchHtmlPage({ http, url: `${base}/vraag/1` })).toMatchObject({
      url: `${base}/vraag/1`,
      language: 'nl-nl',
      noindex: false,
    });
    expect(await fetchHtmlPage({ http, url: `${base}/verborgen` })).toMatchObject({ noindex: true });
  });

  it('passes over missing pages, other content types and redirects off the site', async () => {
    const base = await site();
    expect(await fetchHtmlPage({ http, url: `${base}/nergens` })).toBeUndefined();
    expect(await fetchHtmlPage({ http, url: `${base}/data.json` })).toBeUndefined();
    expect(
      await fetchHtmlPage({
        http: createHttpClient({ userAgent: 't', retries: 0, maxRedirects: 0 }),
        url: `${base}/weg`,
      }).catch(() => undefined),
    ).toBeUndefined();
  });

  it('throws when the site is in trouble', async () => {
    const base = await site();
    await expect(fetchHtmlPage({ http, url: `${base}/stuk` })).rejects.toMatchObject({ type: 'transient' });
  });
});
