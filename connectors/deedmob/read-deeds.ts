import {
  changedAfter,
  checkpointJson,
  type JsonValue,
  laterTime,
  pageNumberPages,
  type RawPage,
  type ReadContext,
} from '../sdk/index.ts';
import { fetchDeed, fetchDeedsPage } from './client.ts';
import type { DeedmobConfig } from './config.ts';
import type { DeedmobDeedList } from './raw.ts';
import { isPeerToPeer, withoutPersonalData } from './personal-data.ts';
import { planDeeds } from './state.ts';

interface DeedFields {
  readonly id?: unknown;
  readonly organization_id?: unknown;
  readonly organization?: unknown;
  readonly updated_at?: unknown;
}

/**
 * Reads a Deedmob site's deed list page by page and yields each page with a checkpoint from which a resumed
 * run continues at the next page. Deedmob lists deeds by publication, not by change, so every run walks all
 * pages (a site has hundreds to a few thousand deeds); an incremental run yields only deeds updated after the
 * previous run's high-water mark. Deeds posted peer to peer by residents are dropped before anything sees
 * them, and deeds whose organisation the list leaves out get it from their details, once per organisation.
 */
export async function* readDeeds(
  context: ReadContext<DeedmobConfig>,
  checkpoint: JsonValue | undefined,
): AsyncIterable<RawPage> {
  const { state, plan } = planDeeds(context.mode, checkpoint);
  const organisations = new Map<number, unknown>();
  let highWater = state.run?.highWater;
  let peerToPeer = 0;
  const pages = pageNumberPages<DeedmobDeedList>({
    what: `Deedmob deeds (${context.source})`,
    start: plan.page,
    fetch: (page) => fetchDeedsPage(context, page),
    records: (list) => list.results,
    totalPages: (list) => list.pagination.pageCount,
  });
  for await (const page of pages) {
    const deeds = page.records.filter((deed) => !isPeerToPeer(deed));
    peerToPeer += page.records.length - deeds.length;
    for (const deed of deeds) highWater = laterTime(highWater, updatedOf(deed));
    const selected = deeds
      .filter((deed) => changedAfter(updatedOf(deed), plan.since))
      .map(withoutPersonalData) as DeedFields[];
    if (context.config.organisationDetails) await attachOrganisations(context, selected, organisations);
    const done = page.next === undefined;
    if (done && peerToPeer > 0)
      context.log.info({ skipped: peerToPeer }, 'peer-to-peer deeds of residents skipped');
    yield {
      records: selected,
      total: plan.since ? undefined : page.body.pagination.rowCount,
      state: checkpointJson(
        done
          ? { highWater: laterTime(state.highWater, highWater) }
          : { highWater: state.highWater, run: { next: page.next, since: plan.since, highWater } },
      ),
    };
  }
}

/**
 * Gives deeds without an embedded organisation the one another deed of the page carried, or else the one
 * in their details; each organisation is fetched at most once per run.
 */
async function attachOrganisations(
  context: ReadContext<DeedmobConfig>,
  deeds: DeedFields[],
  cache: Map<number, unknown>,
): Promise<void> {
  for (const deed of deeds) {
    const id = Number(deed.organization_id);
    if (deed.organization && Number.isInteger(id)) cache.set(id, deed.organization);
  }
  for (const [index, deed] of deeds.entries()) {
    if (deed.organization) continue;
    const id = Number(deed.organization_id);
    if (!cache.has(id) && typeof deed.id === 'number') {
      const details = (await fetchDeed(context, deed.id)) as DeedFields | undefined;
      const organization = details ? (withoutPersonalData(details) as DeedFields).organization : undefined;
      if (Number.isInteger(id)) cache.set(id, organization ?? null);
    }
    const organization = cache.get(id);
    if (organization) deeds[index] = { ...deed, organization };
  }
}

function updatedOf(deed: unknown): string | undefined {
  const updated = (deed as DeedFields | null)?.updated_at;
  return typeof updated === 'string' ? updated : undefined;
}
