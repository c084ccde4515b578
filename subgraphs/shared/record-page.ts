import type { SourceRecord } from '../../schema/index.ts';
import type { SubgraphContext } from './loaders.ts';
import { checkNear, distanceWithin, type Near } from './near.ts';
import type { CommonRecordFacts } from './record-facts.ts';
import type { RecordIndex } from './record-index.ts';
import { compareKeys, paginate, paginateUnsorted } from './relay.ts';
import { withNodes } from './with-nodes.ts';

/** Every record of an index: the `pick` of `RecordIndex.sorted` that keeps all. */
export const everyRecord = <F>(facts: F): facts is F => facts !== undefined;

/**
 * A page of records from a per-kind index: in the index's `keyOf` order, or nearest first within `near` (records
 * without coordinates are then left out). Records load a page at a time; `toNode` turns each into its view.
 */
export function recordPage<F extends CommonRecordFacts, V>(options: {
  index: RecordIndex<F>;
  keep: (facts: F) => boolean;
  near: Near | null | undefined;
  args: { first?: number | null; after?: string | null };
  order: { name: string; keyOf: (facts: F) => (string | number)[] };
  context: SubgraphContext;
  toNode: (record: SourceRecord) => V | undefined;
}) {
  const { index, keep, args, order, context, toNode } = options;
  const near = checkNear(options.near);
  const toEdge = (
    item: { facts: F; distanceKm?: number },
    record: SourceRecord | undefined,
    cursor: string,
  ) => {
    const node = record ? toNode(record) : undefined;
    return (
      node && {
        cursor,
        node,
        distanceKm: item.distanceKm === undefined ? null : Math.round(item.distanceKm * 100) / 100,
      }
    );
  };
  const load = <T extends { facts: F }>(page: ReturnType<typeof paginate<T>>) =>
    withNodes(page, context.loaders.sourceRecord, (item) => item.facts.key, toEdge);
  if (!near) {
    const sorted = index
      .sorted(order.name, everyRecord, (a, b) => compareKeys(order.keyOf(a), order.keyOf(b)))
      .filter(keep)
      .map((facts) => ({ facts }));
    return load(paginate(sorted, args, (item) => order.keyOf(item.facts)));
  }
  const within: { facts: F; distanceKm: number }[] = [];
  for (const facts of index.values()) {
    if (!keep(facts)) continue;
    const km = distanceWithin(near, facts);
    if (km !== undefined) within.push({ facts, distanceKm: km });
  }
  return load(paginateUnsorted(within, args, (item) => [item.distanceKm, item.facts.key]));
}
