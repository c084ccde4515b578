import { highlight } from '../search/highlight.ts';
import type { InitiativeView } from './initiative.ts';

/** What a SearchEdge resolves from: the hit, its initiative, and the index terms the query matched. */
export interface SearchEdgeParent {
  readonly node: InitiativeView;
  readonly score: number;
  readonly distanceKm?: number;
  readonly terms: ReadonlySet<string>;
}

/** Resolvers of SearchEdge: highlights are made only when asked for, from the loaded initiative's text. */
export const searchEdgeResolvers = {
  score: (edge: SearchEdgeParent) => Math.round(edge.score * 10_000) / 10_000,
  distanceKm: (edge: SearchEdgeParent) =>
    edge.distanceKm === undefined ? null : Math.round(edge.distanceKm * 100) / 100,
  highlights(edge: SearchEdgeParent) {
    const node = edge.node;
    const location = node.location;
    const fields: [string, string | undefined][] = [
      ['name', node.name],
      ['alternateNames', node.alternateNames?.join(' · ')],
      ['summary', node.summary],
      ['description', node.description],
      [
        'place',
        [location?.locality, location?.municipality?.name, location?.neighbourhood?.name]
          .filter(Boolean)
          .join(', '),
      ],
    ];
    return fields.flatMap(([field, text]) => highlight(field, text, edge.terms) ?? []);
  },
};
