import {
  checkpointJson,
  type JsonValue,
  pageNumberPages,
  type RawPage,
  type ReadContext,
} from '../sdk/index.ts';
import { fetchSearchPage } from './client.ts';
import type { VolunteerMatchConfig } from './config.ts';
import { withoutPersonalData } from './personal-data.ts';
import { describeSearch, searchesOf } from './query.ts';
import type { VolunteerMatchSearch } from './raw.ts';
import { startOf } from './state.ts';

/**
 * Reads VolunteerMatch's opportunities search by search (every configured location, then the virtual
 * opportunities), page by page (`pageNumber`, up to `resultsSize`), newest update first. VolunteerMatch's
 * search gives no change times, so every run reads every search; the store keeps only what changed, and a
 * full run marks opportunities no search returns any more (filled, expired, removed) as gone. An opportunity
 * that two searches return is yielded once per run. The checkpoint after each page names the search and the
 * page to continue with.
 */
export async function* readOpportunities(
  context: ReadContext<VolunteerMatchConfig>,
  checkpoint: JsonValue | undefined,
): AsyncIterable<RawPage> {
  const searches = searchesOf(context.config);
  if (searches.length === 0) {
    context.log.warn('no VolunteerMatch search configured: set locations or virtual');
    yield { records: [], state: {} };
    return;
  }
  const start = startOf(searches, checkpoint);
  const seen = new Set<unknown>();
  for (let index = start.index; index < searches.length; index++) {
    const search = searches[index]!;
    const pages = pageNumberPages<VolunteerMatchSearch>({
      what: `VolunteerMatch search "${describeSearch(search)}" (${context.source})`,
      start: index === start.index ? start.page : 1,
      fetch: (page) => fetchSearchPage(context, search, page),
      records: (result) => result.opportunities ?? [],
      totalPages: (result) => Math.ceil(result.resultsSize / context.config.pageSize),
    });
    for await (const page of pages) {
      const records = page.records
        .filter((record) => {
          const id = (record as { id?: unknown } | null)?.id;
          if (id === undefined) return true;
          if (seen.has(id)) return false;
          seen.add(id);
          return true;
        })
        .map(withoutPersonalData);
      const following = searches[index + 1];
      const next =
        page.next !== undefined
          ? { search: describeSearch(search), page: page.next }
          : following
            ? { search: describeSearch(following), page: 1 }
            : undefined;
      yield { records, state: checkpointJson(next ? { run: next } : {}) };
    }
  }
}
