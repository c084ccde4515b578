import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { ConnectorError, HttpError } from './errors.ts';
import { createHttpClient } from './http.ts';
import { parseRetryAfter, ruleForStatus } from './http-status.ts';

type Handler = (req: IncomingMessage, res: ServerResponse, n: number) => void;
let server: Server | undefined;

async function serve(handler: Handler): Promise<string> {
  let n = 0;
  server = createServer((req, res) => handler(req, res, ++n));
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(async () => {
  const running = server;
  server = undefined;
  if (!running) return;
  running.closeAllConnections();
  await new Promise((resolve) => running.close(resolve));
});

const fast = {
  userAgent: 'Knooppunt/test (+https://example.org/contact)',
  backoffBaseMs: 5,
  backoffMaxMs: 20,
};
const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};

describe('the HTTP client', () => {
  it('names Knooppunt and the contact URL in the User-Agent', async () => {
    const url = await serve((req, res) => json(res, 200, { ua: req.headers['user-agent'] }));
    const { body } = await createHttpClient(fast).json<{ ua: string }>(url);
    expect(body.ua).toBe('Knooppunt/test (+https://example.org/contact)');
  });

  it('retries network errors and 5xx with backoff, then succeeds', async () => {
    const retries: string[] = [];
    const url = await serve((req, res, n) => {
      if (n === 1) return req.socket.destroy();
      if (n === 2) return json(res, 503, { error: 'busy' });
      json(res, 200, { ok: true });
    });
    const { body } = await createHttpClient({ ...fast, onRetry: (info) => retries.push(info.reason) }).json(
      url,
    );
    expect(body).toEqual({ ok: true });
    expect(retries).toHaveLength(2);
    expect(retries[1]).toBe('HTTP 503');
  });

  it('gives up after the retries with a transient error that carries status and body', async () => {
    const url = await serve((_req, res) => json(res, 502, { error: 'bad gateway' }));
    const error = await createHttpClient({ ...fast, retries: 2 })
      .json(url)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ type: 'transient', status: 502, method: 'GET' });
    expect((error as HttpError).bodySnippet).toContain('bad gateway');
  });

  it('fails at once on 401 as a configuration problem, without retrying', async () => {
    let calls = 0;
    const url = await serve((_req, res) => {
      calls++;
      json(res, 401, { error: 'invalid api key' });
    });
    const error = await createHttpClient(fast)
      .json(url)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ type: 'config', status: 401 });
    expect(calls).toBe(1);
  });

  it('honours Retry-After in seconds and as an HTTP date', () => {
    const now = Date.parse('2026-11-22T10:00:00Z');
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter('Sun, 22 Nov 2026 10:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('Sun, 22 Nov 2026 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });

  it('refuses to wait longer than its cap for a Retry-After and says so', async () => {
    const url = await serve((_req, res) => json(res, 429, {}, { 'retry-after': '86400' }));
    const error = await createHttpClient({ ...fast, maxRetryAfterMs: 1000 })
      .json(url)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectorError);
    expect((error as ConnectorError).message).toContain('asks to wait 86400 s');
  });

  it('times out a slow answer per attempt', async () => {
    const url = await serve((_req, res) => setTimeout(() => json(res, 200, {}), 2000));
    const error = await createHttpClient({ ...fast, timeoutMs: 100, retries: 0 })
      .json(url)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ type: 'transient' });
    expect((error as Error).message).toContain('timed out');
  });

  it('stops retrying at the total deadline', async () => {
    let calls = 0;
    const url = await serve((_req, res) => {
      calls++;
      json(res, 500, {});
    });
    await expect(
      createHttpClient({ ...fast, backoffBaseMs: 200, backoffMaxMs: 200, retries: 50, deadlineMs: 300 }).json(
        url,
      ),
    ).rejects.toMatchObject({ type: 'transient' });
    expect(calls).toBeLessThan(6);
  });

  it('keeps to the per-host concurrency limit', async () => {
    let active = 0;
    let peak = 0;
    const url = await serve((_req, res) => {
      active++;
      peak = Math.max(peak, active);
      setTimeout(() => {
        active--;
        json(res, 200, {});
      }, 30);
    });
    const http = createHttpClient({ ...fast, limits: { concurrency: 2 } });
    await Promise.all(Array.from({ length: 8 }, (_, i) => http.json(`${url}/${i}`)));
    expect(peak).toBe(2);
  });

  it('spaces request starts to the per-host rate limit', async () => {
    const starts: number[] = [];
    const url = await serve((_req, res) => {
      starts.push(Date.now());
      json(res, 200, {});
    });
    const http = createHttpClient({ ...fast, limits: { concurrency: 4, requestsPerMinute: 600 } });
    await Promise.all(Array.from({ length: 4 }, (_, i) => http.json(`${url}/${i}`)));
    const gaps = starts.slice(1).map((start, i) => start - (starts[i] as number));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(80);
  });

  it('refuses bodies above the size cap, declared or streamed', async () => {
    const url = await serve((req, res) => {
      if (req.url === '/declared') {
        const body = JSON.stringify({ data: 'x'.repeat(5000) });
        return json(
          res,
          200,
          { data: 'x'.repeat(5000) },
          { 'content-length': String(Buffer.byteLength(body)) },
        );
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      for (let i = 0; i < 10; i++) res.write('x'.repeat(500));
      res.end();
    });
    const http = createHttpClient({ ...fast, maxBodyBytes: 1000 });
    await expect(http.json(`${url}/declared`)).rejects.toThrow(/sends \d+ bytes, more than the cap of 1000/);
    await expect(http.json(`${url}/streamed`)).rejects.toThrow(/sends more than the cap of 1000 bytes/);
  });

  it('follows redirects up to the cap', async () => {
    const url = await serve((req, res, n) => {
      if (req.url?.startsWith('/loop')) {
        res.writeHead(302, { location: `/loop?${n}` });
        return res.end();
      }
      if (req.url === '/moved') {
        res.writeHead(301, { location: '/here' });
        return res.end();
      }
      json(res, 200, { at: req.url });
    });
    const http = createHttpClient({ ...fast, maxRedirects: 3 });
    expect((await http.json<{ at: string }>(`${url}/moved`)).body.at).toBe('/here');
    await expect(http.json(`${url}/loop`)).rejects.toThrow(/more than 3 redirects/);
  });

  it('sends If-None-Match and If-Modified-Since and reports 304 as not modified', async () => {
    const url = await serve((req, res) => {
      if (req.headers['if-none-match'] === '"v1"' && req.headers['if-modified-since']) {
        res.writeHead(304);
        return res.end();
      }
      json(res, 200, { v: 1 }, { etag: '"v1"', 'last-modified': 'Sun, 22 Nov 2026 10:00:00 GMT' });
    });
    const http = createHttpClient(fast);
    const first = await http.json(url);
    expect(first).toMatchObject({
      notModified: false,
      etag: '"v1"',
      lastModified: 'Sun, 22 Nov 2026 10:00:00 GMT',
    });
    const second = await http.json({ url, etag: first.etag, lastModified: first.lastModified });
    expect(second).toMatchObject({ status: 304, notModified: true, body: undefined });
  });

  it('decompresses gzip answers', async () => {
    const url = await serve((req, res) => {
      expect(req.headers['accept-encoding']).toContain('gzip');
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      res.end(gzipSync(JSON.stringify({ compressed: true })));
    });
    expect((await createHttpClient(fast).json(url)).body).toEqual({ compressed: true });
  });

  it('retries a body that is not valid JSON (a truncated answer) and then reports it', async () => {
    const url = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"data": [1, 2');
    });
    await expect(createHttpClient({ ...fast, retries: 1 }).json(url)).rejects.toMatchObject({
      type: 'transient',
      userMessage: expect.stringMatching(/sent a body that is not valid JSON/),
    });
  });
});

describe('the status table', () => {
  it('maps statuses to one action each', () => {
    expect(ruleForStatus(200).action).toBe('ok');
    expect(ruleForStatus(304).action).toBe('not-modified');
    expect(ruleForStatus(401)).toMatchObject({ action: 'fail', type: 'config' });
    expect(ruleForStatus(410)).toMatchObject({ action: 'fail', type: 'config' });
    expect(ruleForStatus(418)).toMatchObject({ action: 'fail', type: 'system' });
    expect(ruleForStatus(429)).toMatchObject({ action: 'rate-limited', type: 'transient' });
    expect(ruleForStatus(599)).toMatchObject({ action: 'retry', type: 'transient' });
  });
});
