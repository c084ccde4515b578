import {
  checkpointJson,
  type JsonValue,
  laterTime,
  offsetLimitPages,
  type RawPage,
  type ReadContext,
} from '../sdk/index.ts';
import { fetchFeaturePage, fetchPost, fetchVocabulary } from './client.ts';
import type { UshahidiConfig } from './config.ts';
import { publicPost } from './personal-data.ts';
import type { UshahidiFeatureCollection } from './raw.ts';
import { type Pass, planPosts } from './state.ts';
import type { Vocabulary } from './vocabulary.ts';

/**
 * Reads a deployment's posts: the categories and surveys first (for labels), then the GeoJSON post list
 * page by page (`limit`/`offset`, newest first, so that posts added during a run push later ones onto pages
 * not yet read instead of past them), and each post's detail. Full runs list all posts; incremental runs
 * list the posts updated and then those created after the previous run's high-water mark. Every page is
 * checkpointed with its pass and the next offset.
 */
export async function* readPosts(
  context: ReadContext<UshahidiConfig>,
  checkpoint: JsonValue | undefined,
): AsyncIterable<RawPage> {
  const { state, plan } = planPosts(context.mode, checkpoint);
  const vocabulary = await fetchVocabulary(context);
  let highWater = state.run?.highWater;
  for (const [index, pass] of plan.passes.entries()) {
    const lastPass = index === plan.passes.length - 1;
    const pages = offsetLimitPages<UshahidiFeatureCollection>({
      what: `Ushahidi posts (${context.source}, ${pass})`,
      start: index === 0 ? plan.offset : 0,
      limit: context.config.pageSize,
      fetch: (offset, limit) => fetchFeaturePage(context, listQuery(pass, offset, limit, plan.since)),
      records: (body) => body.features,
      total: (body) => body.total,
    });
    for await (const page of pages) {
      const records = await withDetails(context, page.records, vocabulary);
      for (const record of records) highWater = laterTime(highWater, changeTime(record));
      const passDone = page.next === undefined;
      const nextPass = plan.passes[index + 1];
      yield {
        records,
        total: pass === 'all' ? page.body.total : undefined,
        state: checkpointJson(
          passDone && lastPass
            ? { highWater: laterTime(state.highWater, highWater) }
            : {
                highWater: state.highWater,
                run: {
                  pass: passDone ? nextPass : pass,
                  offset: passDone ? 0 : page.next,
                  since: plan.since,
                  highWater,
                },
              },
        ),
      };
    }
  }
}

/** The query of one page of a pass: newest first by the field the pass filters on. */
function listQuery(pass: Pass, offset: number, limit: number, since: string | undefined): URLSearchParams {
  const query = new URLSearchParams({
    limit: String(limit),
    offset: String(offset),
    orderby: pass === 'updated' ? 'updated' : 'created',
    order: 'desc',
  });
  if (pass === 'updated' && since) query.set('updated_after', since);
  if (pass === 'created' && since) query.set('created_after', since);
  return query;
}

/** The page's posts with their details fetched (in parallel, within the host's limits) and made public. */
async function withDetails(
  context: ReadContext<UshahidiConfig>,
  features: readonly unknown[],
  vocabulary: Vocabulary,
): Promise<Record<string, unknown>[]> {
  const details = await Promise.all(
    features.map((feature) => {
      const id = Number((feature as { properties?: { id?: unknown } } | null)?.properties?.id);
      return Number.isInteger(id) && id > 0 ? fetchPost(context, id) : undefined;
    }),
  );
  return features.map((feature, i) => publicPost(details[i], feature, vocabulary));
}

function changeTime(record: Record<string, unknown>): string | undefined {
  const time = record.updated ?? record.created;
  return typeof time === 'string' ? time : undefined;
}
