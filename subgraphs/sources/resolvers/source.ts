import type { HarvestRun } from '../../../store/index.ts';
import type { Loaders, SubgraphContext } from '../../shared/loaders.ts';
import { freshness, type SourceInfo, scheduleIntervalMs } from '../source-info.ts';

/** Runs read per source for its status: enough to find the last success behind a streak of failures. */
const RUNS_FOR_STATUS = 50;

/** Per request, each source's runs are read once however many status fields ask. */
const runsPerRequest = new WeakMap<Loaders, Map<string, Promise<HarvestRun[]>>>();

function runsOf(source: SourceInfo, context: SubgraphContext): Promise<HarvestRun[]> {
  let perSource = runsPerRequest.get(context.loaders);
  if (!perSource) runsPerRequest.set(context.loaders, (perSource = new Map()));
  let runs = perSource.get(source.id);
  if (!runs) perSource.set(source.id, (runs = context.store.listRuns(source.id, RUNS_FOR_STATUS)));
  return runs;
}

async function lastSuccess(source: SourceInfo, context: SubgraphContext): Promise<HarvestRun | undefined> {
  return (await runsOf(source, context)).find((run) => run.status === 'succeeded');
}

/** Resolvers of the Source type; counts and run history are read only for the fields asked. */
export function sourceResolvers(sources: readonly SourceInfo[]) {
  const intervals = new Map(sources.map((source) => [source.id, scheduleIntervalMs(source.schedule)]));
  const byId = new Map(sources.map((source) => [source.id, source]));
  return {
    __resolveReference: (reference: { id: string }) => byId.get(reference.id) ?? null,
    recordCount: (source: SourceInfo, _args: unknown, context: SubgraphContext) =>
      context.store.countSourceRecords(source.id),
    quarantineCount: (source: SourceInfo, _args: unknown, context: SubgraphContext) =>
      context.store.countQuarantine(source.id),
    lastSuccessfulHarvestAt: async (source: SourceInfo, _args: unknown, context: SubgraphContext) => {
      const run = await lastSuccess(source, context);
      return run ? (run.endedAt ?? run.startedAt) : null;
    },
    lastRunStatus: async (source: SourceInfo, _args: unknown, context: SubgraphContext) =>
      (await runsOf(source, context))[0]?.status ?? null,
    freshness: async (source: SourceInfo, _args: unknown, context: SubgraphContext) => {
      const run = await lastSuccess(source, context);
      return freshness(
        source,
        intervals.get(source.id),
        run ? (run.endedAt ?? run.startedAt) : undefined,
        Date.now(),
      );
    },
    ageSeconds: async (source: SourceInfo, _args: unknown, context: SubgraphContext) => {
      const run = await lastSuccess(source, context);
      return run
        ? Math.max(0, Math.round((Date.now() - Date.parse(run.endedAt ?? run.startedAt)) / 1000))
        : null;
    },
  };
}

/** Harvest run status enum: GraphQL names to stored values. */
export const harvestRunStatusResolvers = {
  RUNNING: 'running',
  SUCCEEDED: 'succeeded',
  FAILED: 'failed',
  CANCELLED: 'cancelled',
};
