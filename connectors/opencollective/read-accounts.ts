import { type JsonValue, offsetLimitPages, type RawPage, type ReadContext } from '../sdk/index.ts';
import { fetchAccounts } from './client.ts';
import type { OpenCollectiveConfig } from './config.ts';
import { accountsVariables, type AccountsOrder } from './query.ts';
import { type Pass, planRun, stateAt } from './state.ts';

/**
 * Transactions and creations are compared with the last run's start minus this margin, so that a clock
 * that differs from Open Collective's by up to an hour loses nothing (records read twice are unchanged).
 */
const SINCE_MARGIN_MS = 3_600_000;

/** The order and filter of each pass; see state.ts for what the passes are for. */
function passQuery(
  pass: Pass,
  since: string | undefined,
): { orderBy: AccountsOrder; lastTransactionFrom?: string } {
  if (pass === 'full') return { orderBy: { field: 'CREATED_AT', direction: 'ASC' } };
  if (pass === 'transactions') {
    return {
      orderBy: { field: 'LAST_TRANSACTION_CREATED_AT', direction: 'ASC' },
      lastTransactionFrom: since,
    };
  }
  return { orderBy: { field: 'CREATED_AT', direction: 'DESC' } };
}

/**
 * Reads Open Collective accounts page by page with `offset` and `limit` and yields each page with a
 * checkpoint, so an interrupted run continues at the next page. Full passes go oldest first, so accounts
 * created during the run land at the end and none is skipped; incremental runs read accounts with a
 * transaction since the last run, then new accounts newest first until they reach older ones.
 */
export async function* readAccounts(
  context: ReadContext<OpenCollectiveConfig>,
  checkpoint: JsonValue | undefined,
): AsyncIterable<RawPage> {
  const { state, plan } = planRun({
    mode: context.mode,
    checkpoint,
    fullPassDays: context.config.fullPassDays,
  });
  const since = plan.since ? new Date(Date.parse(plan.since) - SINCE_MARGIN_MS).toISOString() : undefined;
  for (const [index, pass] of plan.passes.entries()) {
    const { orderBy, lastTransactionFrom } = passQuery(pass, since);
    const following = plan.passes[index + 1];
    const pages = offsetLimitPages({
      what: `opencollective accounts (${context.source}, ${pass} pass)`,
      start: index === 0 ? plan.offset : 0,
      limit: context.config.pageSize,
      fetch: (offset, limit) =>
        fetchAccounts(
          context,
          accountsVariables({ offset, limit, types: context.config.types, orderBy, lastTransactionFrom }),
        ),
      records: (body) => body.accounts.nodes,
      total: (body) => body.accounts.totalCount ?? undefined,
    });
    for await (const page of pages) {
      const records = page.records.filter((node) => node !== null && node !== undefined);
      const reachedOld =
        pass === 'created' && since !== undefined && records.some((node) => createdBefore(node, since));
      const next =
        page.next !== undefined && !reachedOld
          ? { pass, offset: page.next }
          : following
            ? { pass: following, offset: 0 }
            : undefined;
      yield {
        records,
        total: pass === 'full' ? (page.body.accounts.totalCount ?? undefined) : undefined,
        state: stateAt(state, plan, next),
      };
      if (reachedOld) break;
    }
  }
}

function createdBefore(node: unknown, since: string): boolean {
  const created = (node as { createdAt?: unknown }).createdAt;
  return typeof created === 'string' && Date.parse(created) < Date.parse(since);
}
