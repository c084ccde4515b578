import { foldLabel, type Initiative, type Money, municipalityByCode } from '../../schema/index.ts';
import { type AreaFacts, areaFacts } from '../shared/area-match.ts';

/** The compact facts about one initiative that filtering, ordering, facets, places and matching need. */
export interface IndexedInitiative {
  readonly id: string;
  readonly name: string;
  readonly sortName: string;
  readonly themes: readonly string[];
  readonly needTypes: readonly string[];
  readonly offerTypes: readonly string[];
  /** Money the initiative asks for, per need that names an amount. */
  readonly moneyNeeds: readonly Money[];
  readonly targetGroups: readonly string[];
  readonly kind?: string;
  readonly legalForm?: string;
  readonly phase?: string;
  readonly municipality?: AreaFacts;
  readonly neighbourhood?: AreaFacts;
  /** CBS province code (PV26), from the municipality. */
  readonly province?: string;
  readonly country?: string;
  readonly locality?: string;
  readonly lat?: number;
  readonly lon?: number;
  readonly sources: readonly string[];
  readonly members: readonly string[];
  /** Milliseconds since the epoch. */
  readonly updatedAt: number;
  /** `YYYY-MM-DD`. */
  readonly foundedOn?: string;
}

/** The configured source id of a record key (`betterplace:123` -> `betterplace`). */
export function sourceOfKey(key: string): string {
  const colon = key.indexOf(':');
  return colon < 0 ? key : key.slice(0, colon);
}

const distinct = <T>(values: readonly T[]): T[] => [...new Set(values)];

/** Extracts the indexed facts of an initiative. */
export function factsOf(initiative: Initiative): IndexedInitiative {
  const profile = initiative.profile;
  const location = profile.location;
  const municipality = areaFacts(location?.municipality);
  const needs = profile.needs ?? [];
  return {
    id: initiative.id,
    name: profile.name,
    sortName: foldLabel(profile.name),
    themes: profile.themes ?? [],
    needTypes: distinct(needs.map((need) => need.type)),
    offerTypes: distinct((profile.offers ?? []).map((offer) => offer.type)),
    moneyNeeds: needs.flatMap((need) => (need.type === 'money' && need.amount ? [need.amount] : [])),
    targetGroups: profile.targetGroups ?? [],
    kind: profile.kind,
    legalForm: profile.legalForm,
    phase: profile.phase,
    municipality,
    neighbourhood: areaFacts(location?.neighbourhood),
    province: municipality ? municipalityByCode(municipality.code)?.province : undefined,
    country: location?.country,
    locality: location?.locality,
    lat: location?.lat,
    lon: location?.lon,
    sources: distinct(initiative.members.map(sourceOfKey)),
    members: initiative.members,
    updatedAt: Date.parse(initiative.updatedAt),
    foundedOn: profile.foundedOn,
  };
}
