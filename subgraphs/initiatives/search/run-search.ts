import { badUserInput } from '../../shared/errors.ts';
import { checkNear, distanceWithin, type Near } from '../../shared/near.ts';
import type { IndexedInitiative } from '../initiative-facts.ts';
import { compileFilter, type InitiativeFilter } from '../initiative-filter.ts';
import type { InitiativeIndex } from '../initiative-index.ts';

/** An initiative selected by a query, filter and circle, with its relevance and distance where they apply. */
export interface Selected {
  readonly doc: IndexedInitiative;
  /** BM25F relevance; 0 without a query. */
  readonly score: number;
  readonly distanceKm?: number;
}

/** What `search` and `facets` select by. */
export interface Selection {
  readonly query?: string | null;
  readonly filter?: InitiativeFilter | null;
  readonly near?: Near | null;
}

/** The initiatives a selection gives (unordered) and the index terms its query matched, for highlights. */
export interface SelectionResult {
  readonly selected: Selected[];
  readonly terms: ReadonlySet<string>;
}

/**
 * Selects initiatives by full-text query (when given), filter and circle, checking the arguments. The filter and
 * circle are applied inside the search, before ranking, so they cost nothing for documents they exclude.
 */
export function select(index: InitiativeIndex, selection: Selection): SelectionResult {
  const keepFilter = compileFilter(selection.filter, index);
  const near = checkNear(selection.near);
  const distances = new Map<string, number>();
  const keep = (doc: IndexedInitiative | undefined): doc is IndexedInitiative => {
    if (!doc || !keepFilter(doc)) return false;
    if (!near) return true;
    const km = distanceWithin(near, doc);
    if (km === undefined) return false;
    distances.set(doc.id, km);
    return true;
  };
  if (selection.query === null || selection.query === undefined) {
    const selected: Selected[] = [];
    for (const doc of index.values()) {
      if (keep(doc)) selected.push({ doc, score: 0, distanceKm: distances.get(doc.id) });
    }
    return { selected, terms: new Set() };
  }
  if (selection.query.trim() === '') throw badUserInput('query', 'must not be empty');
  const result = index.search.search(selection.query, { keep: (id) => keep(index.get(id)) });
  return {
    selected: result.hits.map((hit) => ({
      doc: index.get(hit.id)!,
      score: hit.score,
      distanceKm: distances.get(hit.id),
    })),
    terms: result.terms,
  };
}
