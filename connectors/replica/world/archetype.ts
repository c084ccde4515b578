import type { InitiativeKind, LegalForm, NeedType, TargetGroup, Theme } from '../../../schema/index.ts';
import type { Rng } from './rng.ts';
import type { WorldLanguage, WorldPlace } from './types.ts';

/** What an archetype's name builder gets. */
export interface NameContext {
  readonly rng: Rng;
  readonly place: WorldPlace;
}

/**
 * A kind of civic initiative as it occurs in one language area ("a Dutch repair café", "a German
 * Tafel"): how it is named, what it does, what it asks for. World initiatives are drawn from these.
 */
export interface Archetype {
  readonly id: string;
  readonly language: WorldLanguage;
  /** Relative frequency among the archetypes of its language. */
  readonly weight: number;
  /** Only in these countries; every country that speaks the language when absent. */
  readonly countries?: readonly string[];
  readonly kind?: InitiativeKind;
  readonly themes: readonly Theme[];
  readonly targetGroups: readonly TargetGroup[];
  readonly legalForms: readonly (readonly [LegalForm, number])[];
  /** How often the initiative calls itself by its registered name ("Stichting ...", "... e.V."). */
  readonly legalInName: number;
  /** The name without legal form. */
  baseName(context: NameContext): string;
  /** What it does: third-person predicates ("organiseert ..."); `{area}` and `{city}` are filled in. */
  readonly activities: readonly string[];
  readonly needs: readonly NeedType[];
  /** Campaign titles; `{area}`, `{city}` and `{year}` are filled in. */
  readonly campaigns: readonly string[];
  readonly opportunities: readonly { readonly title: string; readonly skills: readonly string[] }[];
}

const DIRECTIONS: Readonly<Record<WorldLanguage, readonly string[]>> = {
  nl: ['Noord', 'Oost', 'Zuid', 'West', 'Centrum'],
  de: ['Nord', 'Süd', 'Ost', 'West', 'Mitte'],
  en: ['North', 'East', 'South', 'West', 'Central'],
};

/** The neighbourhood a name refers to: the place's own area, else the town or a part of it ("Utrecht-Oost"). */
export function neighbourhood(context: NameContext, language: WorldLanguage): string {
  const { place, rng } = context;
  if (place.area) return place.area;
  return rng.chance(0.5) ? place.locality : `${place.locality}-${rng.pick(DIRECTIONS[language])}`;
}

/** Fills `{area}`, `{city}` and `{year}` in a template. */
export function fill(template: string, place: WorldPlace, year?: number): string {
  return template
    .replaceAll('{area}', place.area ?? place.locality)
    .replaceAll('{city}', place.locality)
    .replaceAll('{year}', String(year ?? ''));
}
