import { ConnectorError, HttpError } from './errors.ts';
import { DEFAULT_HOST_LIMITS, HostLimiter, type HostLimits, sleep } from './host-limiter.ts';
import { parseRetryAfter, ruleForStatus } from './http-status.ts';
import { redactUrl } from './redact.ts';

/** One request. A JSON `body` object is serialised and sent with `content-type: application/json`. */
export interface HttpRequest {
  readonly url: string;
  readonly method?: 'GET' | 'POST' | 'HEAD';
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string | object;
  /** ETag of the copy the caller has; a 304 answer comes back as `notModified`. */
  readonly etag?: string;
  /** Last-Modified of the copy the caller has. */
  readonly lastModified?: string;
  readonly signal?: AbortSignal;
}

/** A response the client accepted (2xx or 304). */
export interface HttpResponse<T = string> {
  readonly status: number;
  /** The final URL after redirects. */
  readonly url: string;
  readonly headers: Headers;
  /** True for a 304 answer to a conditional request: the caller's copy is current, `body` is empty. */
  readonly notModified: boolean;
  readonly body: T;
  readonly etag?: string;
  readonly lastModified?: string;
}

/** The HTTP client connectors use; see `createHttpClient`. */
export interface HttpClient {
  /** Sends a request and returns the body as text. */
  text(request: HttpRequest | string): Promise<HttpResponse<string>>;
  /** Sends a request and parses the body as JSON (`undefined` body for 304). */
  json<T = unknown>(request: HttpRequest | string): Promise<HttpResponse<T>>;
  /** Sends a request and returns the body as bytes: files such as spreadsheets, or text in another encoding. */
  bytes(request: HttpRequest | string): Promise<HttpResponse<Uint8Array>>;
}

/** Options of `createHttpClient`; every number explains its default. */
export interface HttpClientOptions {
  /** Sent as User-Agent; names Knooppunt and a contact URL so platform operators can reach the hub. */
  readonly userAgent: string;
  /** Per attempt; 30 s covers slow pages of 200 records on small platforms. */
  readonly timeoutMs?: number;
  /** Across all attempts of one request; 5 minutes, after which the run gives up on the page. */
  readonly deadlineMs?: number;
  /** Retries after the first attempt on network errors, 429 and 5xx. */
  readonly retries?: number;
  /** First backoff step; doubled per attempt, drawn with full jitter (AWS architecture blog). */
  readonly backoffBaseMs?: number;
  /** Upper bound of one backoff step. */
  readonly backoffMaxMs?: number;
  /** A Retry-After longer than this ends the request as transient instead of blocking the run. */
  readonly maxRetryAfterMs?: number;
  /** Bodies larger than this are refused (a runaway export should not exhaust memory); 64 MiB. */
  readonly maxBodyBytes?: number;
  /** Redirects followed per request. */
  readonly maxRedirects?: number;
  /** Per-host limits; a map by host name, or one value for every host. */
  readonly limits?: HostLimits | Readonly<Record<string, HostLimits>>;
  /** Called before each retry, for logs and progress; the URL has credentials redacted. */
  readonly onRetry?: (info: { url: string; attempt: number; waitMs: number; reason: string }) => void;
  /** The fetch implementation; the global one by default. */
  readonly fetch?: typeof fetch;
}

const RETRYABLE_PARSE = Symbol('retryable-parse');

/**
 * Creates the HTTP client connectors use: timeouts, a total deadline, retries with exponential backoff and
 * full jitter, Retry-After, per-host concurrency and rate limits, a body size cap, capped redirects and
 * conditional requests.
 *
 * @example
 * const http = createHttpClient({ userAgent: 'Knooppunt/0.1 (+https://example.org/contact)' });
 * const { body } = await http.json<{ data: unknown[] }>('https://api.betterplace.org/de/api_v4/projects.json');
 */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const deadlineMs = options.deadlineMs ?? 300_000;
  const retries = options.retries ?? 5;
  const backoffBaseMs = options.backoffBaseMs ?? 500;
  const backoffMaxMs = options.backoffMaxMs ?? 30_000;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 300_000;
  const maxBodyBytes = options.maxBodyBytes ?? 64 * 1024 * 1024;
  const maxRedirects = options.maxRedirects ?? 5;
  const doFetch = options.fetch ?? fetch;
  const limiters = new Map<string, HostLimiter>();

  function limiterFor(host: string): HostLimiter {
    let limiter = limiters.get(host);
    if (!limiter) {
      const limits = options.limits;
      const forHost =
        limits && 'concurrency' in limits
          ? (limits as HostLimits)
          : ((limits as Record<string, HostLimits> | undefined)?.[host] ?? DEFAULT_HOST_LIMITS);
      limiter = new HostLimiter(forHost);
      limiters.set(host, limiter);
    }
    return limiter;
  }

  /** One hop: waits for a slot at the host, then fetches and reads the body within the per-attempt timeout. */
  function hop(
    url: string,
    init: RequestInit,
    request: HttpRequest,
  ): Promise<{ response: Response; bytes: Buffer }> {
    return limiterFor(new URL(url).host).run(async () => {
      // The timeout starts once the host admits the request, so time queued behind other requests never counts.
      const timeout = AbortSignal.timeout(timeoutMs);
      const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
      const response = await doFetch(url, { ...init, redirect: 'manual', signal });
      if (response.status >= 300 && response.status < 400 && response.status !== 304) {
        await response.body?.cancel();
        return { response, bytes: Buffer.alloc(0) };
      }
      return { response, bytes: await readCapped(response, maxBodyBytes, url) };
    }, request.signal);
  }

  async function attempt(request: HttpRequest): Promise<HttpResponse<Buffer>> {
    let url = request.url;
    const headers: Record<string, string> = {
      'user-agent': options.userAgent,
      accept: 'application/json, */*;q=0.5',
      ...request.headers,
    };
    if (request.etag) headers['if-none-match'] = request.etag;
    if (request.lastModified) headers['if-modified-since'] = request.lastModified;
    let body: string | undefined;
    if (typeof request.body === 'string') body = request.body;
    else if (request.body !== undefined) {
      body = JSON.stringify(request.body);
      headers['content-type'] ??= 'application/json';
    }
    for (let redirects = 0; ; redirects++) {
      const { response, bytes } = await hop(url, { method: request.method ?? 'GET', headers, body }, request);
      if (response.status >= 300 && response.status < 400 && response.status !== 304) {
        const location = response.headers.get('location');
        if (!location)
          throw new HttpError(
            'system',
            { method: request.method ?? 'GET', url: redactUrl(url) },
            response.status,
            '',
          );
        if (redirects >= maxRedirects) {
          throw new ConnectorError(
            'system',
            `more than ${maxRedirects} redirects from ${redactUrl(request.url)}`,
          );
        }
        url = new URL(location, url).toString();
        continue;
      }
      return {
        status: response.status,
        url,
        headers: response.headers,
        notModified: response.status === 304,
        body: bytes,
        etag: response.headers.get('etag') ?? undefined,
        lastModified: response.headers.get('last-modified') ?? undefined,
      };
    }
  }

  async function send<T>(input: HttpRequest | string, parse: (body: Buffer) => T): Promise<HttpResponse<T>> {
    const request = typeof input === 'string' ? { url: input } : input;
    const method = request.method ?? 'GET';
    const started = Date.now();
    for (let attemptNo = 0; ; attemptNo++) {
      let waitMs: number;
      let reason: string;
      let lastError: ConnectorError;
      try {
        const response = await attempt(request);
        const rule = ruleForStatus(response.status);
        if (rule.action === 'ok' || rule.action === 'not-modified') {
          try {
            const body = response.notModified ? (undefined as T) : parse(response.body);
            return { ...response, body };
          } catch (error) {
            if ((error as { [RETRYABLE_PARSE]?: boolean })[RETRYABLE_PARSE] !== true) throw error;
            lastError = new ConnectorError(
              'transient',
              `${method} ${redactUrl(response.url)} sent a body that is not valid JSON`,
              {
                internal: `${method} ${redactUrl(response.url)}: ${(error as Error).message}`,
                cause: error,
              },
            );
            waitMs = backoff(attemptNo);
            reason = 'malformed body';
          }
        } else {
          const httpError = new HttpError(
            rule.type ?? 'system',
            { method, url: redactUrl(response.url) },
            response.status,
            response.body.subarray(0, 8192).toString('utf8').slice(0, 2048),
          );
          if (rule.action === 'fail') throw httpError;
          lastError = httpError;
          const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
          if (retryAfter !== undefined && retryAfter > maxRetryAfterMs) {
            throw new ConnectorError(
              'transient',
              `${redactUrl(request.url)} asks to wait ${Math.round(retryAfter / 1000)} s; trying again at the next run`,
            );
          }
          waitMs = retryAfter ?? backoff(attemptNo);
          reason = `HTTP ${response.status}`;
          if (rule.action === 'rate-limited')
            limiterFor(new URL(response.url).host).pause(Date.now() + waitMs);
        }
      } catch (error) {
        if (error instanceof ConnectorError) throw error;
        if (request.signal?.aborted) throw request.signal.reason;
        lastError = new ConnectorError(
          'transient',
          `${method} ${redactUrl(request.url)} failed: ${describeNetworkError(error)}`,
          { cause: error },
        );
        waitMs = backoff(attemptNo);
        reason = describeNetworkError(error);
      }
      if (attemptNo >= retries || Date.now() - started + waitMs > deadlineMs) throw lastError;
      options.onRetry?.({ url: redactUrl(request.url), attempt: attemptNo + 1, waitMs, reason });
      await sleep(waitMs, request.signal);
    }
  }

  function backoff(attemptNo: number): number {
    const ceiling = Math.min(backoffMaxMs, backoffBaseMs * 2 ** attemptNo);
    return Math.floor(Math.random() * ceiling);
  }

  return {
    text: (request) => send(request, (body) => body.toString('utf8')),
    json: <T>(request: HttpRequest | string) =>
      send<T>(request, (body) => {
        try {
          return JSON.parse(body.toString('utf8')) as T;
        } catch (error) {
          Object.assign(error as object, { [RETRYABLE_PARSE]: true });
          throw error;
        }
      }),
    bytes: (request) => send<Uint8Array>(request, (body) => body),
  };
}

async function readCapped(response: Response, maxBytes: number, url: string): Promise<Buffer> {
  const declared = Number(response.headers.get('content-length') ?? 'NaN');
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new ConnectorError(
      'system',
      `${redactUrl(url)} sends ${declared} bytes, more than the cap of ${maxBytes}`,
    );
  }
  if (!response.body) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new ConnectorError('system', `${redactUrl(url)} sends more than the cap of ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function describeNetworkError(error: unknown): string {
  if (error instanceof Error) {
    if (error.name === 'TimeoutError') return 'timed out';
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return cause?.code ?? cause?.message ?? error.message;
  }
  return String(error);
}
