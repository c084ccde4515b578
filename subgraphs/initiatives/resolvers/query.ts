import { municipalityByCode, municipalityByName, provinceByCode } from '../../../schema/index.ts';
import { areaMatcher, provinceCode } from '../../shared/area-match.ts';
import { badUserInput } from '../../shared/errors.ts';
import type { SubgraphContext } from '../../shared/loaders.ts';
import type { Near } from '../../shared/near.ts';
import { type Connection, paginate, paginateUnsorted } from '../../shared/relay.ts';
import { withNodes } from '../../shared/with-nodes.ts';
import { countFacets } from '../facets.ts';
import type { IndexedInitiative } from '../initiative-facts.ts';
import { compileFilter, type InitiativeFilter } from '../initiative-filter.ts';
import type { InitiativeIndex } from '../initiative-index.ts';
import { type InitiativeOrder, orderKey } from '../initiative-order.ts';
import { type MatchCriteria, matchInitiatives } from '../matching.ts';
import { type PlaceLevel, placeCounts } from '../places.ts';
import { select, type Selected } from '../search/run-search.ts';
import { loadInitiative, toView } from './initiative.ts';
import type { MunicipalityParent } from './municipality.ts';
import type { ProvinceParent } from './province.ts';

interface PageArgs {
  readonly first?: number | null;
  readonly after?: string | null;
}

/** Loads the initiatives of a page of indexed facts and makes edges of them, with extra edge fields. */
export function initiativePage<T>(
  page: Connection<T>,
  context: SubgraphContext,
  docOf: (item: T) => IndexedInitiative,
  extra: (item: T) => object = () => ({}),
) {
  return withNodes(
    page,
    context.loaders.initiative,
    (item) => docOf(item).id,
    (item, node, cursor) => ({
      cursor,
      node: toView(node),
      ...extra(item),
    }),
  );
}

/** A page of initiatives in a non-relevance order. */
export function orderedPage(
  docs: readonly IndexedInitiative[],
  order: InitiativeOrder,
  args: PageArgs,
  context: SubgraphContext,
) {
  if (order === 'RELEVANCE') throw badUserInput('orderBy', 'RELEVANCE needs a search query; use `search`');
  return initiativePage(
    paginate(docs, args, (doc) => orderKey(order, doc)),
    context,
    (doc) => doc,
  );
}

/** Resolvers of the initiatives subgraph's root fields. */
export function queryResolvers(index: InitiativeIndex) {
  return {
    initiative: (_: unknown, args: { id: string }, context: SubgraphContext) =>
      loadInitiative(context, args.id),

    initiatives(
      _: unknown,
      args: PageArgs & { filter?: InitiativeFilter | null; orderBy?: InitiativeOrder | null },
      context: SubgraphContext,
    ) {
      const order = args.orderBy ?? 'NAME';
      if (order === 'RELEVANCE')
        throw badUserInput('orderBy', 'RELEVANCE needs a search query; use `search`');
      return orderedPage(index.query(compileFilter(args.filter, index), order), order, args, context);
    },

    search(
      _: unknown,
      args: PageArgs & {
        query: string;
        filter?: InitiativeFilter | null;
        near?: Near | null;
        orderBy?: InitiativeOrder | null;
      },
      context: SubgraphContext,
    ) {
      const { selected, terms } = select(index, args);
      const order = args.orderBy ?? 'RELEVANCE';
      const keyOf = (item: Selected) =>
        order === 'RELEVANCE' ? [-item.score, item.doc.id] : orderKey(order, item.doc);
      return initiativePage(
        paginateUnsorted(selected, args, keyOf),
        context,
        (item) => item.doc,
        (item) => ({
          score: item.score,
          distanceKm: item.distanceKm,
          terms,
        }),
      );
    },

    facets: (
      _: unknown,
      args: { query?: string | null; filter?: InitiativeFilter | null; near?: Near | null },
    ) => countFacets(select(index, args).selected.map((item) => item.doc)),

    municipality(
      _: unknown,
      args: { code: string; filter?: InitiativeFilter | null },
    ): MunicipalityParent | null {
      const known = municipalityByCode(args.code) ?? municipalityByName(args.code);
      const matches = areaMatcher(known?.code ?? args.code);
      const keep = compileFilter(args.filter, index);
      const docs = index.query((doc) => matches(doc.municipality) && keep(doc));
      const code = known?.code ?? docs[0]?.municipality?.code;
      if (!code) return null;
      return {
        code,
        name: known?.name ?? docs[0]?.municipality?.name,
        province: known?.province,
        docs,
        index,
      };
    },

    province(_: unknown, args: { code: string; filter?: InitiativeFilter | null }): ProvinceParent | null {
      const code = provinceCode(args.code);
      if (!code) return null;
      const keep = compileFilter(args.filter, index);
      const docs = index.query((doc) => doc.province === code && keep(doc));
      return { code, name: provinceByCode(code)!.name, docs };
    },

    places(
      _: unknown,
      args: { level: PlaceLevel; within?: string | null; filter?: InitiativeFilter | null },
    ) {
      const keep = compileFilter(args.filter, index);
      let inside: (doc: IndexedInitiative) => boolean = () => true;
      if (args.within) {
        // Within a province for municipality counts (or given a PV code), within a municipality otherwise.
        const byProvince = args.level === 'MUNICIPALITY' || /^PV\d+$/i.test(args.within.trim());
        const province = byProvince ? provinceCode(args.within) : undefined;
        if (byProvince && !province)
          throw badUserInput('within', `names no Dutch province: "${args.within}"`);
        const municipality = areaMatcher(args.within);
        inside = province ? (doc) => doc.province === province : (doc) => municipality(doc.municipality);
      }
      return placeCounts(
        index.query((doc) => inside(doc) && keep(doc)),
        args.level,
      );
    },

    matchInitiatives(_: unknown, args: PageArgs & { criteria: MatchCriteria }, context: SubgraphContext) {
      const matches = matchInitiatives(index.values(), args.criteria);
      return initiativePage(
        paginateUnsorted(matches, args, (match) => [-match.score, match.doc.id]),
        context,
        (match) => match.doc,
        (match) => ({ score: match.score, reasons: match.reasons }),
      );
    },
  };
}
