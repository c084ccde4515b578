import {
  checkpointJson,
  cursorTokenPages,
  type JsonValue,
  type RawPage,
  type ReadContext,
} from '../sdk/index.ts';
import { absoluteUrl, fetchGrantsPage, fetchLastPublished, fetchPackage, grantsMadeUrl } from './client.ts';
import type { ThreeSixtyGivingConfig } from './config.ts';
import { isGrantToIndividual, withoutPersonalData } from './personal-data.ts';
import { type GrantsState, readState } from './state.ts';

/** A funder in the datastore, or a data file by its configured URL (the key of its checkpoint). */
type Source = { readonly funder: string } | { readonly packageUrl: string };

/**
 * Reads grants from every configured funder in the datastore and then every configured data file, and
 * yields pages with a checkpoint after each, so that an interrupted run continues with the next datastore
 * page or the next slice of a file. Grants to individuals are removed and counted, never yielded.
 *
 * Incremental runs skip what has not changed: a funder whose `last_published` date in the datastore is the
 * one the last completed read saw, and a data file that answers a conditional request with 304. Full runs
 * read everything.
 */
export async function* readGrants(
  context: ReadContext<ThreeSixtyGivingConfig>,
  checkpoint: JsonValue | undefined,
): AsyncIterable<RawPage> {
  const state = readState(checkpoint);
  const sources: Source[] = [
    ...context.config.funders.map((funder) => ({ funder })),
    ...context.config.packages.map((packageUrl) => ({ packageUrl })),
  ];
  const funders = { ...state.funders };
  const packages = { ...state.packages };
  let skipped = state.run?.skipped ?? 0;
  const incremental = context.mode === 'incremental';

  const page = (records: unknown[], run: GrantsState['run']): RawPage => ({
    records,
    state: checkpointJson({ funders, packages, run }),
  });
  /** Where the run continues after a source; nothing once the last one is read. */
  const after = (index: number): GrantsState['run'] => {
    if (index + 1 < sources.length) return { source: index + 1, skipped };
    if (skipped > 0) context.log.info({ skipped }, 'grants to individuals skipped in this run');
    return undefined;
  };
  const keep = (grants: readonly unknown[]) => {
    const people = grants.filter(isGrantToIndividual).length;
    skipped += people;
    if (people > 0) context.log.info({ skipped: people }, 'grants to individuals skipped (personal data)');
    return grants.filter((grant) => !isGrantToIndividual(grant)).map(withoutPersonalData);
  };

  for (let index = state.run?.source ?? 0; index < sources.length; index++) {
    const source = sources[index] as Source;
    const resumed = state.run?.source === index ? state.run : undefined;
    if ('funder' in source) {
      const { funder } = source;
      const lastPublished = await fetchLastPublished(context, funder);
      if (!resumed && incremental && lastPublished && lastPublished === funders[funder]?.lastPublished) {
        context.log.info({ funder, lastPublished }, 'funder has not published since the last run');
        yield page([], after(index));
        continue;
      }
      const pages = cursorTokenPages({
        what: `360Giving grants of ${funder} (${context.source})`,
        start: resumed?.next,
        fetch: (url) =>
          fetchGrantsPage(
            context,
            funder,
            url ? absoluteUrl(context.baseUrl, url) : grantsMadeUrl(context, funder),
          ),
        records: (body) => body.results.map((result) => result.data),
        // Kept as the datastore wrote it (a path on its host), resolved when fetched.
        nextCursor: (body) => body.next ?? undefined,
      });
      for await (const { records, next } of pages) {
        if (next === undefined) funders[funder] = { lastPublished };
        yield page(keep(records), next === undefined ? after(index) : { source: index, next, skipped });
      }
    } else {
      const { packageUrl } = source;
      const response = await fetchPackage(
        context,
        absoluteUrl(context.baseUrl, packageUrl),
        resumed || !incremental ? undefined : packages[packageUrl],
      );
      if (response.notModified) {
        context.log.info({ url: packageUrl }, 'data file unchanged since the last run (304)');
        yield page([], after(index));
        continue;
      }
      const step = context.config.grantsPerPage;
      const from = resumed && resumed.etag === response.etag ? (resumed.offset ?? 0) : 0;
      for (let offset = from; offset < response.grants.length || offset === from; offset += step) {
        const end = Math.min(offset + step, response.grants.length);
        const last = end >= response.grants.length;
        if (last) packages[packageUrl] = { etag: response.etag, lastModified: response.lastModified };
        yield page(
          keep(response.grants.slice(offset, end)),
          last ? after(index) : { source: index, offset: end, etag: response.etag, skipped },
        );
        if (last) break;
      }
    }
  }
}
