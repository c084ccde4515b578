import type DataLoader from 'dataloader';
import type { Connection } from './relay.ts';

/**
 * Loads the nodes of a page in one batch and builds its edges; an item whose node has vanished or changed since
 * the index saw it (between two change-feed polls), or whose `toEdge` gives nothing, is left out rather than
 * failing the page.
 */
export async function withNodes<T, V, E>(
  page: Connection<T>,
  loader: DataLoader<string, V | undefined>,
  keyOf: (item: T) => string,
  toEdge: (item: T, node: V, cursor: string) => E | undefined,
): Promise<{ edges: E[]; pageInfo: Connection<T>['pageInfo']; totalCount: number }> {
  const loaded = await loader.loadMany(page.edges.map((edge) => keyOf(edge.node)));
  const edges = page.edges.flatMap((edge, position) => {
    const node = loaded[position];
    return node === undefined || node instanceof Error ? [] : (toEdge(edge.node, node, edge.cursor) ?? []);
  });
  return { edges, pageInfo: page.pageInfo, totalCount: page.totalCount };
}
