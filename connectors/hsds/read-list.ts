import {
  checkpointJson,
  type JsonValue,
  laterTime,
  pageNumberPages,
  type RawPage,
  type ReadContext,
  toIsoDateTime,
} from '../sdk/index.ts';
import { fetchPage, type HsdsPage } from './client.ts';
import type { HsdsConfig } from './config.ts';
import { withoutPersonalData } from './personal-data.ts';
import { planRun } from './state.ts';

/** How one HSDS list is read. */
export interface ListSpec {
  /** Names the stream in errors and logs, e.g. "HSDS services". */
  readonly what: string;
  /** Off when the source does not harvest this stream: the read yields nothing. */
  readonly enabled: boolean;
  readonly path: string;
  /** Query parameters besides paging (`full=true`). */
  readonly query?: Readonly<Record<string, string>>;
  /** Whether the list can be filtered by `modified_after` (services in HSDS 3). */
  readonly filterable: boolean;
  /** Completes records after personal data is removed (e.g. attaches a missing organisation). */
  readonly complete?: (records: unknown[]) => Promise<unknown[]>;
}

/**
 * Reads an HSDS list page by page and yields each page (personal data removed) with a checkpoint from which
 * a resumed run continues at the next page. A full read walks every page. An incremental read of a
 * filterable list asks for `modified_after` the latest `last_modified` of the previous completed run (the
 * filter is inclusive, so the newest record of that run comes again, unchanged); a directory that ignores
 * the parameter sends everything, which is still correct. Lists that cannot filter are read in full.
 */
export async function* readList(
  context: ReadContext<HsdsConfig>,
  checkpoint: JsonValue | undefined,
  spec: ListSpec,
): AsyncIterable<RawPage> {
  if (!spec.enabled) return;
  const filterable = spec.filterable && context.config.modifiedAfter;
  const { state, plan } = planRun(context.mode, checkpoint, filterable, new Date().toISOString());
  let highWater = plan.highWater;
  const pages = pageNumberPages<{ page: HsdsPage; number: number }>({
    what: `${spec.what} (${context.source})`,
    start: plan.page,
    fetch: async (number) => ({
      number,
      page: await fetchPage(context, spec.path, number, { ...spec.query, modified_after: plan.since }),
    }),
    records: (body) => body.page.records,
    totalPages: ({ page, number }) => (page.last ? number : page.totalPages),
  });
  for await (const { body, records: raw, next, position } of pages) {
    let records = raw.map(withoutPersonalData);
    if (spec.complete) records = await spec.complete(records);
    for (const record of records) {
      highWater = laterTime(
        highWater,
        toIsoDateTime((record as { last_modified?: string } | null)?.last_modified),
      );
    }
    const done = next === undefined;
    const finished = filterable ? { since: laterTime(state.since, highWater ?? plan.started) } : {};
    yield {
      records,
      total: plan.since ? undefined : body.page.totalItems,
      state: checkpointJson(
        done
          ? finished
          : {
              since: state.since,
              run: { next: next ?? position + 1, since: plan.since, started: plan.started, highWater },
            },
      ),
    };
  }
}
