import type { InitiativeKind, LegalForm, NeedType, TargetGroup, Theme } from '../../../schema/index.ts';

/** Platforms a world initiative can appear on; the ids are the connectors' ids. */
export const PLATFORM_IDS = [
  'betterplace',
  'globalgiving',
  'opencollective',
  'deedmob',
  'openstad',
  'idealist',
  'volunteermatch',
  'doit',
  'kiva',
  '360giving',
  'ushahidi',
  'schemaorg',
  'hsds',
  'jsonld',
  'csv',
] as const;
/** A platform id, e.g. `betterplace`. */
export type PlatformId = (typeof PLATFORM_IDS)[number];

/**
 * What a platform shows of an initiative: campaigns (crowdfunding, donations, loans), volunteer opportunities,
 * marketplace listings (offers and requests, which replicas derive from the initiative's needs), grants it
 * received (derived by the replica), or only its profile.
 */
export const PLATFORM_ACTIVITY: Readonly<
  Record<PlatformId, 'campaigns' | 'opportunities' | 'listings' | 'grants' | 'profile'>
> = {
  betterplace: 'campaigns',
  globalgiving: 'campaigns',
  opencollective: 'campaigns',
  kiva: 'campaigns',
  deedmob: 'opportunities',
  idealist: 'opportunities',
  volunteermatch: 'opportunities',
  doit: 'opportunities',
  openstad: 'profile',
  '360giving': 'grants',
  ushahidi: 'listings',
  schemaorg: 'listings',
  hsds: 'profile',
  jsonld: 'profile',
  csv: 'profile',
};

/** Languages world texts are written in. */
export type WorldLanguage = 'nl' | 'de' | 'en';

/** Where a world initiative is: a real municipality or city, with coordinates near its centre. */
export interface WorldPlace {
  readonly country: string;
  /** Town or city. */
  readonly locality: string;
  /** Neighbourhood or district name used in names and texts ("Lombok", "Moabit"), when there is one. */
  readonly area?: string;
  /** CBS municipality for Dutch places. */
  readonly municipality?: { readonly code: string; readonly name: string };
  /** Province, state or region name. */
  readonly region?: string;
  readonly postcode?: string;
  readonly address?: string;
  readonly lat: number;
  readonly lon: number;
}

/** A crowdfunding or donation campaign; amounts in EUR cents. */
export interface WorldCampaign {
  /** Stable id within the world, e.g. `w000042-c1`. */
  readonly id: string;
  /** The platform that hosts it (one of the initiative's `presence`). */
  readonly platform: PlatformId;
  readonly title: string;
  readonly description: string;
  readonly goalMinor: number;
  readonly raisedMinor: number;
  readonly currency: 'EUR';
  readonly donors: number;
  readonly donations: number;
  readonly createdAt: string;
  readonly activatedAt: string;
  readonly updatedAt: string;
  /** Set when the goal was reached. */
  readonly completedAt?: string;
  /** Set when the initiative closed the campaign. */
  readonly closedAt?: string;
}

/** A volunteer vacancy. */
export interface WorldOpportunity {
  readonly id: string;
  readonly platform: PlatformId;
  readonly title: string;
  readonly description: string;
  readonly skills: readonly string[];
  readonly hoursPerWeek: number;
  readonly remote: boolean;
  readonly spots: number;
  readonly startsOn: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly status: 'open' | 'filled' | 'closed';
}

/** A need of an initiative, as in the canonical model. */
export interface WorldNeed {
  readonly type: NeedType;
  readonly description: string;
}

/** One civic initiative of the world: the ground truth behind every replica's records. */
export interface WorldInitiative {
  /** Stable world id, e.g. `w000042`; the same id on two platforms means the same initiative. */
  readonly id: string;
  readonly index: number;
  /** The name it uses for itself. */
  readonly name: string;
  /** The name without legal-form words. */
  readonly baseName: string;
  /** The registered name with its legal form, when it has one. */
  readonly legalName?: string;
  readonly legalForm: LegalForm;
  readonly kind?: InitiativeKind;
  /** Which template produced it (e.g. `repair-cafe-nl`), for debugging generated data. */
  readonly archetype: string;
  readonly language: WorldLanguage;
  /** Dutch Chamber of Commerce number (8 digits), for registered Dutch organisations. */
  readonly kvk?: string;
  /** Its own website, e.g. `https://www.buurtkrachtlombok.nl`. */
  readonly website?: string;
  readonly foundedOn: string;
  readonly place: WorldPlace;
  readonly themes: readonly Theme[];
  readonly targetGroups: readonly TargetGroup[];
  readonly summary: string;
  readonly description: string;
  readonly needs: readonly WorldNeed[];
  readonly campaigns: readonly WorldCampaign[];
  readonly opportunities: readonly WorldOpportunity[];
  /** The platforms it appears on. */
  readonly presence: readonly PlatformId[];
  readonly updatedAt: string;
}

/** A generated world. */
export interface World {
  readonly seed: number;
  /** The date the world is generated "as of"; all dates lie before it. */
  readonly referenceDate: string;
  readonly initiatives: readonly WorldInitiative[];
}
