import { foldLabel, THEME_CODES, type Theme } from '../../../schema/index.ts';
import { generateCampaigns, generateOpportunities, isoSeconds } from './activities.ts';
import type { Archetype } from './archetype.ts';
import { GERMAN_ARCHETYPES } from './archetypes-de.ts';
import { ENGLISH_ARCHETYPES } from './archetypes-en.ts';
import { DUTCH_ARCHETYPES } from './archetypes-nl.ts';
import { describe, describeNeed, summarise } from './describe.ts';
import { pickPlace } from './places.ts';
import { drawPresence } from './presence.ts';
import { createRng, type Rng } from './rng.ts';
import { PLATFORM_ACTIVITY, type World, type WorldInitiative, type WorldPlace } from './types.ts';
import { legalName } from './vocabulary.ts';
import { COUNTRY_WEIGHTS, languageOf } from './world-countries.ts';

/** The date worlds are generated "as of" unless told otherwise; fixed, so that a seed fixes every date. */
export const DEFAULT_REFERENCE_DATE = '2026-11-01T00:00:00Z';

/** Options of `generateWorld`. */
export interface GenerateWorldOptions {
  /** Any 32-bit integer; the same seed gives the same world. */
  readonly seed: number;
  /** Number of initiatives. */
  readonly size: number;
  /** ISO date-time the world is "as of"; every generated date lies before it. */
  readonly referenceDate?: string;
}

const ARCHETYPES: readonly Archetype[] = [...DUTCH_ARCHETYPES, ...GERMAN_ARCHETYPES, ...ENGLISH_ARCHETYPES];
const TLD: Readonly<Record<string, string>> = {
  NL: 'nl',
  DE: 'de',
  BE: 'be',
  AT: 'at',
  CH: 'ch',
  GB: 'org.uk',
};
const REGISTERED = new Set(['stichting', 'vereniging', 'cooperatie', 'company']);
const DAY_MS = 86_400_000;

/** Per-generation bookkeeping that keeps names and domains unique, as they are in the real world. */
interface Registry {
  readonly names: Set<string>;
  readonly domains: Set<string>;
}

/**
 * Generates the shared world of civic initiatives that every replica serves: realistic Dutch,
 * German and some international initiatives with places, themes, texts, campaigns, volunteer
 * opportunities and the platforms they appear on. Deterministic: initiative `i` depends only on the
 * seed, `i` and the names taken before it, so a smaller world is a prefix of a larger one.
 *
 * @example
 * const world = generateWorld({ seed: 42, size: 1000 });
 * world.initiatives.filter((i) => i.presence.includes('betterplace'));
 */
export function generateWorld(options: GenerateWorldOptions): World {
  if (!Number.isInteger(options.seed)) throw new Error(`world seed must be an integer, got ${options.seed}`);
  if (!Number.isInteger(options.size) || options.size < 0) {
    throw new Error(`world size must be a non-negative integer, got ${options.size}`);
  }
  const referenceDate = options.referenceDate ?? DEFAULT_REFERENCE_DATE;
  const now = Date.parse(referenceDate);
  if (Number.isNaN(now)) throw new Error(`world reference date "${referenceDate}" is not an ISO date`);
  const registry: Registry = { names: new Set(), domains: new Set() };
  const initiatives: WorldInitiative[] = [];
  for (let index = 0; index < options.size; index++) {
    initiatives.push(generateInitiative(createRng(`${options.seed}:${index}`), index, now, registry));
  }
  return { seed: options.seed, referenceDate, initiatives };
}

function generateInitiative(rng: Rng, index: number, now: number, registry: Registry): WorldInitiative {
  const id = `w${String(index + 1).padStart(6, '0')}`;
  const country = rng.weighted(COUNTRY_WEIGHTS);
  const place = pickPlace(rng, country);
  const { archetype, baseName } = chooseName(rng, place, registry);
  const legalForm = rng.weighted(archetype.legalForms);
  const legal = legalName(baseName, legalForm, country);
  const name = legal && rng.chance(archetype.legalInName) ? legal : baseName;
  const founded = now - Math.floor((0.3 + 25 * rng.next() ** 2) * 365.25 * DAY_MS);
  const foundedOn = new Date(founded).toISOString().slice(0, 10);
  const themes: Theme[] = [...archetype.themes];
  if (rng.chance(0.2)) {
    const extra = rng.pick(THEME_CODES);
    if (!themes.includes(extra)) themes.push(extra);
  }
  const needs = rng
    .sample(archetype.needs, rng.int(1, 3))
    .map((type) => describeNeed(rng, archetype.language, type));
  const presence = drawPresence(rng, place);
  const activity = { id, name, archetype, place, now, founded };
  const campaigns = generateCampaigns(
    rng,
    activity,
    presence.filter((p) => PLATFORM_ACTIVITY[p] === 'campaigns'),
  );
  const opportunities = generateOpportunities(
    rng,
    activity,
    presence.filter((p) => PLATFORM_ACTIVITY[p] === 'opportunities'),
  );
  const text = { name, archetype, legalForm, place, foundedYear: Number(foundedOn.slice(0, 4)), needs };
  const profileUpdated = now - rng.int(1, Math.min(365, Math.floor((now - founded) / DAY_MS))) * DAY_MS;
  const updated = [profileUpdated, ...campaigns.map((c) => Date.parse(c.updatedAt))];
  return {
    id,
    index,
    name,
    baseName,
    legalName: legal,
    legalForm,
    kind: archetype.kind,
    archetype: archetype.id,
    language: archetype.language,
    kvk:
      country === 'NL' && REGISTERED.has(legalForm)
        ? String(40_000_000 + index * 11 + rng.int(0, 10))
        : undefined,
    website: rng.chance(0.8) ? website(rng, baseName, place, registry) : undefined,
    foundedOn,
    place,
    themes,
    targetGroups: rng.sample(archetype.targetGroups, rng.int(1, archetype.targetGroups.length)),
    summary: summarise(rng, text),
    description: describe(rng, text),
    needs,
    campaigns,
    opportunities,
    presence,
    updatedAt: isoSeconds(Math.max(...updated)),
  };
}

const BY_COUNTRY = new Map<string, readonly (readonly [Archetype, number])[]>();

/** The archetypes that occur in a country, weighted. */
function archetypesFor(country: string): readonly (readonly [Archetype, number])[] {
  let candidates = BY_COUNTRY.get(country);
  if (!candidates) {
    const language = languageOf(country);
    candidates = ARCHETYPES.filter(
      (a) => a.language === language && (!a.countries || a.countries.includes(country)),
    ).map((a) => [a, a.weight] as const);
    BY_COUNTRY.set(country, candidates);
  }
  return candidates;
}

/** Picks an archetype and a name no earlier initiative has; numbers a name only as a last resort. */
function chooseName(
  rng: Rng,
  place: WorldPlace,
  registry: Registry,
): { archetype: Archetype; baseName: string } {
  const candidates = archetypesFor(place.country);
  let archetype = rng.weighted(candidates);
  let baseName = archetype.baseName({ rng, place });
  for (let attempt = 0; attempt < 12 && registry.names.has(baseName.toLowerCase()); attempt++) {
    archetype = rng.weighted(candidates);
    baseName = archetype.baseName({ rng, place });
  }
  if (registry.names.has(baseName.toLowerCase())) {
    let n = 2;
    while (registry.names.has(`${baseName} ${n}`.toLowerCase())) n++;
    baseName = `${baseName} ${n}`;
  }
  registry.names.add(baseName.toLowerCase());
  return { archetype, baseName };
}

/** The initiative's own website on a domain made from its name, unique in the world. */
function website(rng: Rng, baseName: string, place: WorldPlace, registry: Registry): string {
  const tld = TLD[place.country] ?? 'org';
  const slug = foldLabel(baseName).replace(/ /g, '').slice(0, 40);
  let domain = `${slug}.${tld}`;
  if (registry.domains.has(domain)) domain = `${slug}-${foldLabel(place.locality).replace(/ /g, '')}.${tld}`;
  for (let n = 2; registry.domains.has(domain); n++) domain = `${slug}${n}.${tld}`;
  registry.domains.add(domain);
  return `https://${rng.chance(0.7) ? 'www.' : ''}${domain}`;
}
