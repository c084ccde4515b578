import {
  changedAfter,
  checkpointJson,
  type JsonValue,
  laterTime,
  offsetLimitPages,
  type RawPage,
  type ReadContext,
} from '../sdk/index.ts';
import { fetchLoansPage } from './client.ts';
import type { KivaConfig } from './config.ts';
import type { KivaLoansData } from './raw.ts';
import { planLoans } from './state.ts';

/**
 * Reads Kiva's loan search newest first (`sortBy: newest`, by the date a loan started fundraising) with
 * GraphQL `offset`/`limit` through the SDK's `offsetLimitPages`, checkpointing the next offset after each
 * page. A full read walks every page up to `totalCount`; the runtime then marks loans that left the
 * search (funded, expired) as gone. An incremental read stops after the first page that reaches a loan
 * posted at or before the previous run's high-water mark: new loans only. Loans posted during a run push
 * older ones onto later pages, so they are read twice, never missed.
 */
export async function* readLoans(
  context: ReadContext<KivaConfig>,
  checkpoint: JsonValue | undefined,
): AsyncIterable<RawPage> {
  const { state, plan } = planLoans(context.mode, checkpoint);
  let highWater = state.run?.highWater;
  const pages = offsetLimitPages<KivaLoansData>({
    what: `Kiva loans (${context.source})`,
    start: plan.offset,
    limit: context.config.pageSize,
    fetch: (offset, limit) => fetchLoansPage(context, offset, limit),
    records: (body) => body.lend.loans.values,
    total: (body) => body.lend.loans.totalCount,
  });
  for await (const page of pages) {
    let reachedKnown = false;
    for (const loan of page.records) {
      const posted = (loan as { fundraisingDate?: unknown } | null)?.fundraisingDate;
      if (typeof posted !== 'string') continue;
      highWater = laterTime(highWater, posted);
      if (plan.stopAt && !changedAfter(posted, plan.stopAt)) reachedKnown = true;
    }
    const done = page.next === undefined || reachedKnown;
    yield {
      records: page.records,
      total: plan.stopAt ? undefined : page.body.lend.loans.totalCount,
      state: checkpointJson(
        done
          ? { highWater: laterTime(state.highWater, highWater) }
          : { highWater: state.highWater, run: { offset: page.next, stopAt: plan.stopAt, highWater } },
      ),
    };
    if (done) return;
  }
}
