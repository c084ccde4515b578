import { checkpointJson, type JsonValue, type RawPage, type ReadContext, sincePages } from '../sdk/index.ts';
import { fetchVolop, fetchVolops } from './client.ts';
import type { IdealistConfig } from './config.ts';
import { withoutPersonalData } from './personal-data.ts';
import { type IdealistVolopList, IdealistVolopSummary } from './raw.ts';
import { startOf } from './state.ts';

/**
 * Reads Idealist's volunteer opportunities in order of change: the list gives ids and change times, and
 * `?since=` the last `updated` of a page continues it while `hasMore` (the SDK's `sincePages`). Each listing
 * on a page is then read in full from its details, personal data removed, `isPublished` copied from the list
 * (unpublished listings are yielded too, so that they close). The checkpoint after each page is the last
 * change time read: a resumed run and the next incremental run both continue from it; a full run starts over.
 */
export async function* readVolops(
  context: ReadContext<IdealistConfig>,
  checkpoint: JsonValue | undefined,
): AsyncIterable<RawPage> {
  const start = startOf(context.mode, checkpoint);
  let since = start;
  const pages = sincePages<IdealistVolopList>({
    what: `Idealist volops (${context.source})`,
    start,
    fetch: (position) => fetchVolops(context, position),
    records: (list) => list.volops,
    updatedOf: (record) => IdealistVolopSummary.safeParse(record).data?.updated,
    hasMore: (list) => list.hasMore,
  });
  for await (const page of pages) {
    const records = await Promise.all(page.records.map((entry) => details(context, entry)));
    for (const entry of page.records) {
      const updated = IdealistVolopSummary.safeParse(entry).data?.updated;
      if (updated) since = updated;
    }
    yield {
      records: records.filter((record) => record !== undefined),
      state: checkpointJson({ since }),
    };
  }
}

/**
 * The details of one list entry, ready for the raw schema. An entry the list does not describe properly is
 * passed on as it is, for the raw schema to quarantine; a listing Idealist no longer has is left out (the
 * next full run marks it gone).
 */
async function details(context: ReadContext<IdealistConfig>, entry: unknown): Promise<unknown> {
  const summary = IdealistVolopSummary.safeParse(entry);
  if (!summary.success) return withoutPersonalData(entry);
  const volop = await fetchVolop(context, summary.data.id);
  if (volop === undefined) return undefined;
  return withoutPersonalData({ ...(volop as object), isPublished: summary.data.isPublished });
}
