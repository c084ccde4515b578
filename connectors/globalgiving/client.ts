import type { z } from 'zod';
import { ConnectorError, HttpError, type ReadContext } from '../sdk/index.ts';
import type { GlobalGivingConfig } from './config.ts';
import { GlobalGivingError } from './raw.ts';

/** Where to get an API key, named in every credentials error. */
export const API_KEY_HINT =
  'get a free API key with a GlobalGiving developer account (https://www.globalgiving.org/api/getting-started/) ' +
  'and give it to the source from the environment, e.g. apiKey: ${GLOBALGIVING_API_KEY}';

/** A list URL with the key and, when continuing, the id to continue from (`nextProjectId`, `nextOrgId`). */
export function listUrl(
  baseUrl: string,
  path: string,
  apiKey: string,
  cursor?: { readonly param: string; readonly value: string },
): string {
  const url = new URL(`${baseUrl.replace(/\/+$/, '')}${path}`);
  url.searchParams.set('api_key', apiKey);
  if (cursor) url.searchParams.set(cursor.param, cursor.value);
  return url.toString();
}

/** A URL as it may appear in messages and logs: the API key replaced. */
export function redact(url: string): string {
  return url.replace(/([?&]api_key=)[^&]*/g, '$1***');
}

/** The configured API key, or a `config` error that says how to get one. */
export function apiKeyOf(context: ReadContext<GlobalGivingConfig>): string {
  const key = context.config.apiKey;
  if (!key) throw new ConnectorError('config', `GlobalGiving needs an API key: ${API_KEY_HINT}`);
  return key;
}

/**
 * GETs one page as JSON and checks its envelope. A refused key (401, 403) becomes a `config` error with the
 * platform's message and the hint how to get a key; every other error keeps its failure type. The key never
 * appears in an error: GlobalGiving takes it in the query string, so URLs are redacted.
 */
export async function fetchList<Body>(
  context: ReadContext<GlobalGivingConfig>,
  url: string,
  envelope: z.ZodType<Body>,
): Promise<Body> {
  let body: unknown;
  try {
    body = (await context.http.json({ url, headers: { accept: 'application/json' }, signal: context.signal }))
      .body;
  } catch (error) {
    throw withoutKey(error, url);
  }
  const parsed = envelope.safeParse(body);
  if (!parsed.success) {
    throw new ConnectorError(
      'system',
      `GET ${redact(url)} did not answer with GlobalGiving's list envelope; the API may have changed`,
      { internal: `GET ${redact(url)}: ${parsed.error.message}` },
    );
  }
  return parsed.data;
}

function withoutKey(error: unknown, url: string): unknown {
  if (!(error instanceof ConnectorError)) return error;
  const safe = redact(url);
  if (error instanceof HttpError) {
    const reason = platformMessage(error.bodySnippet);
    const what = `GET ${safe} answered HTTP ${error.status}${reason ? `: ${reason}` : ''}`;
    if (error.status === 401 || error.status === 403) {
      return new ConnectorError('config', `GlobalGiving refused the API key (${what}); ${API_KEY_HINT}`);
    }
    return new ConnectorError(error.type, what);
  }
  return new ConnectorError(error.type, redact(error.userMessage), { internal: redact(error.message) });
}

/** The first `error_message` of GlobalGiving's error body, when the body is one. */
function platformMessage(body: string): string | undefined {
  try {
    const parsed = GlobalGivingError.safeParse(JSON.parse(body));
    return parsed.data?.error_response.errors?.error.find((e) => e.error_message)?.error_message ?? undefined;
  } catch {
    return undefined;
  }
}
