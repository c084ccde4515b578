import { type Initiative, provinceByCode, type SourceRecord } from '../../../schema/index.ts';
import type { SubgraphContext } from '../../shared/loaders.ts';
import { badUserInput } from '../../shared/errors.ts';
import { MAX_PAGE_SIZE } from '../../shared/relay.ts';
import type { InitiativeIndex } from '../initiative-index.ts';
import { similarInitiatives } from '../similar.ts';

/** The flat shape the Initiative type resolves from: the merged profile next to identity and provenance. */
export type InitiativeView = Initiative['profile'] & Omit<Initiative, 'profile'>;

/** Flattens a stored initiative for the graph. */
export function toView(initiative: Initiative): InitiativeView {
  return { ...initiative.profile, ...initiative, profile: undefined } as unknown as InitiativeView;
}

const list = <T>(value: readonly T[] | undefined): readonly T[] => value ?? [];

/** Loads an initiative by id or alias, as a view; null when neither exists. */
export async function loadInitiative(context: SubgraphContext, id: string): Promise<InitiativeView | null> {
  const canonical = await context.loaders.canonicalId.load(id);
  const initiative = await context.loaders.initiative.load(canonical);
  return initiative ? toView(initiative) : null;
}

/** Resolvers of the Initiative type: list fields default to empty, sources load in one batch. */
export const initiativeResolvers = (index: InitiativeIndex) => ({
  __resolveReference: (reference: { id: string }, context: SubgraphContext) =>
    loadInitiative(context, reference.id),
  alternateNames: (view: InitiativeView) => list(view.alternateNames),
  links: (view: InitiativeView) => list(view.links),
  identifiers: (view: InitiativeView) => list(view.identifiers),
  taxStatus: (view: InitiativeView) => list(view.taxStatus),
  themes: (view: InitiativeView) => list(view.themes),
  categories: (view: InitiativeView) => list(view.categories),
  targetGroups: (view: InitiativeView) => list(view.targetGroups),
  needs: (view: InitiativeView) => list(view.needs),
  offers: (view: InitiativeView) => list(view.offers),
  impact: (view: InitiativeView) => list(view.impact),
  derived: (view: InitiativeView) => list(view.derived),
  aliases: (view: InitiativeView) => list(view.aliases),
  provenance: (view: InitiativeView) => list(view.provenance),
  matchEvidence: (view: InitiativeView) =>
    list(view.matchEvidence).map((evidence) => ({
      ...evidence,
      features: Object.entries(evidence.features).map(([name, value]) => ({ name, value })),
    })),
  async sources(view: InitiativeView, _args: unknown, context: SubgraphContext) {
    const records = await context.loaders.sourceRecord.loadMany([...view.members]);
    return records
      .filter((record): record is SourceRecord => record !== undefined && !(record instanceof Error))
      .map((record) => ({
        key: record.key,
        source: record.source,
        sourceId: record.sourceId,
        kind: record.kind,
        url: record.url,
        harvestedAt: record.harvestedAt,
        sourceUpdatedAt: record.sourceUpdatedAt,
        goneAt: record.goneAt,
      }));
  },
  province(view: InitiativeView) {
    const code = index.get(view.id)?.province;
    const province = code ? provinceByCode(code) : undefined;
    return province ? { code: province.code, name: province.name } : null;
  },
  similar(view: InitiativeView, args: { first?: number | null }) {
    const first = args.first ?? 5;
    if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
      throw badUserInput('first', `must be between 0 and ${MAX_PAGE_SIZE}`);
    }
    return similarInitiatives(index, view, first).map((similar) => ({
      id: similar.doc.id,
      score: similar.score,
      reasons: similar.reasons,
      distanceKm: similar.distanceKm,
    }));
  },
});

/** Resolvers of Need: skills default to empty. */
export const needResolvers = { skills: (need: { skills?: string[] }) => need.skills ?? [] };
