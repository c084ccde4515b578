import type { JsonValue, RawPage, ReadContext } from '../sdk/index.ts';
import type { AuthParts } from './auth.ts';
import { formatCursor, highestCursor } from './cursor.ts';
import { fetchPage, firstUrl, type PageParams, type Requester } from './page-request.ts';
import { pagesOf, selectRecords } from './paginate.ts';
import type { StreamSpec } from './schema.ts';
import { renderTemplate } from './template.ts';

/**
 * The checkpoint of a manifest stream. While a run is under way it holds the paginator's `position` of the
 * next page, the cursor the run reads from (`since`) and the highest cursor seen so far (`seen`); a finished
 * run leaves only `cursor`, the highest value it saw, where the next incremental run starts.
 */
export interface StreamState {
  readonly position?: JsonValue;
  readonly since?: JsonValue;
  readonly seen?: JsonValue;
  readonly cursor?: JsonValue;
}

function asState(state: JsonValue | undefined): StreamState {
  return state && typeof state === 'object' && !Array.isArray(state) ? (state as StreamState) : {};
}

/** Where a stream's incremental cursor lives: the `incremental` spec or the `since` paginator's field. */
function cursorField(
  stream: StreamSpec,
): { field: string; type: NonNullable<StreamSpec['incremental']>['type'] } | undefined {
  if (stream.incremental) return stream.incremental;
  if (stream.paginator.type === 'since') return { field: stream.paginator.field, type: 'date-time' };
  return undefined;
}

/** The request parameters that ask for records past the cursor the run reads from. */
function cursorParams(
  stream: StreamSpec,
  since: JsonValue | undefined,
  values: Record<string, unknown>,
): PageParams {
  const incremental = stream.incremental;
  if (!incremental || since === undefined || since === null) return {};
  const cursor = formatCursor(since, incremental.type, incremental.format);
  const value = renderTemplate(incremental.value, { values: { ...values, cursor } }) as string;
  return incremental.in === 'variables'
    ? { variables: { [incremental.param]: value } }
    : { query: { [incremental.param]: value } };
}

/**
 * Reads a manifest stream page by page from a checkpoint on, yielding each page's records with the state to
 * checkpoint after it, so that an interrupted run resumes at the page it did not finish and an incremental run
 * asks only for records changed since the last finished run.
 */
export async function* readStream(
  stream: StreamSpec,
  context: ReadContext<unknown>,
  state: JsonValue | undefined,
  setup: { readonly id: string; readonly values: Record<string, unknown>; readonly auth: AuthParts },
): AsyncGenerator<RawPage> {
  const previous = asState(state);
  const running = previous.position !== undefined;
  const since = running ? previous.since : previous.cursor;
  let seen = running ? previous.seen : previous.cursor;
  const requester: Requester = {
    http: context.http,
    baseUrl: context.baseUrl,
    scope: { values: setup.values },
    auth: setup.auth,
    signal: context.signal,
    what: `${setup.id} ${stream.name}`,
  };
  const base = cursorParams(stream, since, setup.values);
  const start = running ? previous.position : stream.paginator.type === 'since' ? previous.cursor : undefined;
  const pages = pagesOf(
    stream.paginator,
    {
      what: requester.what,
      fetch: (params) => fetchPage(stream.request, requester, params),
      firstUrl: () => firstUrl(stream.request, requester, base),
      records: (body) => selectRecords(stream.records, body),
      base,
    },
    start ?? undefined,
  );
  const cursor = cursorField(stream);
  for await (const page of pages) {
    if (cursor) seen = highestCursor(seen, page.records, cursor.field, cursor.type);
    const done: StreamState = seen === undefined ? {} : { cursor: seen };
    const next: StreamState = {
      position: page.next as JsonValue,
      ...(since === undefined ? {} : { since }),
      ...(seen === undefined ? {} : { seen }),
    };
    yield { records: page.records, state: (page.next === undefined ? done : next) as JsonValue };
  }
}
