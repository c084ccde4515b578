import {
  changedAfter,
  checkpointJson,
  type JsonValue,
  laterTime,
  type RawPage,
  type ReadContext,
} from '../sdk/index.ts';
import { fetchIdeas } from './client.ts';
import type { OpenstadConfig } from './config.ts';
import { keepPublicFields } from './personal-data.ts';
import { planIdeas } from './state.ts';

interface IdeaFields {
  readonly id?: unknown;
  readonly updatedAt?: unknown;
}

/**
 * Reads a site's ideas. OpenStad returns every idea in one array, so the strategy is: fetch the list
 * (conditionally: an unchanged list costs one 304), keep only public fields, sort by id, and yield it in
 * chunks with a checkpoint after each, so that a resumed run continues after the last stored idea. An
 * incremental run yields only ideas whose `updatedAt` is later than the previous run's high-water mark; a
 * full run yields all, and the runtime marks ideas the site no longer lists as gone.
 */
export async function* readIdeas(
  context: ReadContext<OpenstadConfig>,
  checkpoint: JsonValue | undefined,
): AsyncIterable<RawPage> {
  const { state, plan } = planIdeas(context.mode, checkpoint);
  const list = await fetchIdeas(context, plan.ifNoneMatch);
  if (list.notModified) {
    context.log.info('OpenStad ideas unchanged since the last run (304)');
    yield { records: [], state: checkpointJson({ highWater: state.highWater, etag: state.etag }) };
    return;
  }
  const ideas = list.ideas.map(keepPublicFields).sort((a, b) => idOf(a) - idOf(b));
  let highWater = state.run?.highWater;
  for (const idea of ideas) highWater = laterTime(highWater, updatedOf(idea));
  // Ideas without a numeric id sort first and are yielded once (the raw schema quarantines them).
  const selected = ideas.filter(
    (idea) => (plan.afterId === 0 || idOf(idea) > plan.afterId) && changedAfter(updatedOf(idea), plan.since),
  );
  const etag = list.etag;
  const finalState = checkpointJson({
    highWater: laterTime(state.highWater, highWater),
    etag: etag ?? state.etag,
  });
  if (selected.length === 0) {
    yield { records: [], total: 0, state: finalState };
    return;
  }
  const size = context.config.chunkSize;
  for (let start = 0; start < selected.length; start += size) {
    const chunk = selected.slice(start, start + size);
    const done = start + size >= selected.length;
    yield {
      records: chunk,
      total: selected.length,
      state: done
        ? finalState
        : checkpointJson({
            highWater: state.highWater,
            etag: state.etag,
            run: { afterId: idOf(chunk[chunk.length - 1]), since: plan.since, highWater, etag },
          }),
    };
  }
}

/** An idea's id as a number; 0 for ids the raw schema will reject. */
function idOf(idea: unknown): number {
  const id = Number((idea as IdeaFields | null)?.id);
  return Number.isFinite(id) ? id : 0;
}

function updatedOf(idea: unknown): string | undefined {
  const updated = (idea as IdeaFields | null)?.updatedAt;
  return typeof updated === 'string' ? updated : undefined;
}
