import { type JsonValue, pageNumberPages, type RawPage, type ReadContext } from '../sdk/index.ts';
import { fetchOrganisation, fetchProjectsPage, type ProjectsPage } from './client.ts';
import type { BetterplaceConfig } from './config.ts';
import { organisationIdOf, withoutPersonalData } from './personal-data.ts';
import { later, planRun, toJson } from './state.ts';

/** Organisations kept per run; enough for a few thousand projects without holding every description. */
const ORGANISATION_CACHE_SIZE = 2000;

/**
 * Reads the project list newest change first, page by page, and yields each page (personal data removed,
 * organisation details attached) with a checkpoint from which a resumed run continues at the next page.
 * A full read walks every page; an incremental one stops after the first page that reaches back past the
 * previous run's high-water mark, and costs a single 304 when nothing changed.
 */
export async function* readProjects(
  context: ReadContext<BetterplaceConfig>,
  checkpoint: JsonValue | undefined,
): AsyncIterable<RawPage> {
  const { state, plan } = planRun(context.mode, checkpoint);
  const organisations = new Map<number, unknown>();
  let highWater = plan.highWater;
  let etag = plan.etag;
  const pages = pageNumberPages<ProjectsPage>({
    what: `betterplace projects (${context.source})`,
    start: plan.page,
    fetch: (page) => fetchProjectsPage(context, page, page === 1 ? plan.ifNoneMatch : undefined),
    records: (body) => (body.notModified ? [] : body.list.data),
    totalPages: (body) => (body.notModified ? undefined : body.list.total_pages),
  });
  for await (const page of pages) {
    if (page.body.notModified) {
      context.log.info('betterplace projects unchanged since the last run (304)');
      yield { records: [], state: toJson({ highWater: state.highWater, etag: state.etag }) };
      return;
    }
    if (page.position === 1) etag = page.body.etag;
    const records = page.records.map(withoutPersonalData);
    if (context.config.organisationDetails) await attachOrganisations(context, records, organisations);
    let reachedOldRecords = false;
    for (const record of records) {
      const updated = (record as { updated_at?: unknown } | null)?.updated_at;
      if (typeof updated !== 'string') continue;
      highWater = later(highWater, updated);
      if (plan.stopBelow && Date.parse(updated) < Date.parse(plan.stopBelow)) reachedOldRecords = true;
    }
    const done = page.next === undefined || reachedOldRecords;
    yield {
      records,
      // A full pass reads every project; an incremental one stops early, so its total is unknown.
      total: plan.stopBelow ? undefined : page.body.list.total_entries,
      state: toJson(
        done
          ? { highWater: later(state.highWater, highWater), etag: etag ?? state.etag }
          : {
              highWater: state.highWater,
              etag: state.etag,
              run: { next: page.next ?? page.position + 1, stopBelow: plan.stopBelow, highWater, etag },
            },
      ),
    };
    if (done) return;
  }
}

/** Attaches each carrier's organisation details to its projects, fetching each organisation once per run. */
async function attachOrganisations(
  context: ReadContext<BetterplaceConfig>,
  records: unknown[],
  cache: Map<number, unknown>,
): Promise<void> {
  const ids = new Set<number>();
  for (const record of records) {
    const id = organisationIdOf((record as { carrier?: unknown } | null)?.carrier);
    if (id !== undefined && !cache.has(id)) ids.add(id);
  }
  const fetched = await Promise.all(
    [...ids].map(async (id) => [id, await fetchOrganisation(context, id)] as const),
  );
  for (const [id, organisation] of fetched) {
    if (cache.size >= ORGANISATION_CACHE_SIZE) cache.delete(cache.keys().next().value as number);
    cache.set(id, organisation);
  }
  records.forEach((record, index) => {
    const id = organisationIdOf((record as { carrier?: unknown } | null)?.carrier);
    const organisation = id === undefined ? undefined : cache.get(id);
    if (organisation !== undefined) records[index] = { ...(record as object), organisation };
  });
}
