import type { Initiative, SourceRecord } from '../../../schema/index.ts';
import type { SubgraphContext } from '../../shared/loaders.ts';

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
export const initiativeResolvers = {
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
};

/** Resolvers of Need: skills default to empty. */
export const needResolvers = { skills: (need: { skills?: string[] }) => need.skills ?? [] };
