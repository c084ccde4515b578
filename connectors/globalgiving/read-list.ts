import type { z } from 'zod';
import { cursorTokenPages, type JsonValue, type RawPage, type ReadContext } from '../sdk/index.ts';
import { apiKeyOf, fetchList, listUrl } from './client.ts';
import type { GlobalGivingConfig } from './config.ts';
import { type Pass, planRun, stateAfter } from './state.ts';

/** What differs between GlobalGiving's project and organisation lists. */
export interface ListSpec<Body> {
  /** Names the list in errors, e.g. "globalgiving projects". */
  readonly what: string;
  /** The path of a pass, e.g. `/api/public/projectservice/all/projects/active`. */
  readonly path: (pass: Pass) => string;
  /** The query parameter that continues a list: `nextProjectId` or `nextOrgId`. */
  readonly cursorParam: string;
  readonly envelope: z.ZodType<Body>;
  /** The items, the more-pages flag, the id to continue from, and the total of a page. */
  readonly page: (body: Body) => {
    readonly items: readonly unknown[];
    readonly hasNext?: boolean | null;
    readonly next?: number | null;
    readonly total?: number | null;
  };
  /** The pass incremental runs read between full passes; without one they read nothing. */
  readonly incrementalPass?: Pass;
  /** Applied to every item before it is yielded, e.g. to remove personal data. */
  readonly prepare?: (item: unknown) => unknown;
}

/**
 * Reads a GlobalGiving list page by page (ten items a page, continued with the next id the page names) and
 * yields each page with a checkpoint, so that an interrupted run continues at the next page. A full pass
 * walks the whole list; an incremental run walks the stream's incremental pass, if any.
 */
export async function* readList<Body>(
  context: ReadContext<GlobalGivingConfig>,
  checkpoint: JsonValue | undefined,
  spec: ListSpec<Body>,
): AsyncIterable<RawPage> {
  const { state, plan } = planRun({
    mode: context.mode,
    checkpoint,
    fullPassDays: context.config.fullPassDays,
    incrementalPass: spec.incrementalPass,
  });
  const pass = plan.pass;
  if (!pass) {
    context.log.info(`${spec.what}: no full pass due, nothing to read`);
    return;
  }
  const apiKey = apiKeyOf(context);
  const pages = cursorTokenPages<Body>({
    what: spec.what,
    start: plan.start === undefined ? undefined : String(plan.start),
    fetch: (cursor) =>
      fetchList(
        context,
        listUrl(
          context.baseUrl,
          spec.path(pass),
          apiKey,
          cursor === undefined ? undefined : { param: spec.cursorParam, value: cursor },
        ),
        spec.envelope,
      ),
    records: (body) => spec.page(body).items,
    nextCursor: (body) => spec.page(body).next,
    hasMore: (body) => spec.page(body).hasNext ?? undefined,
  });
  for await (const page of pages) {
    const items = spec.prepare ? page.records.map(spec.prepare) : page.records;
    yield {
      records: items,
      total: spec.page(page.body).total ?? undefined,
      state: stateAfter(state, plan, pass, page.next === undefined ? undefined : Number(page.next)),
    };
  }
}
