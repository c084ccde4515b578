/** The shared replica world: one seeded set of civic initiatives that every platform replica serves. */
export type { Archetype } from './archetype.ts';
export { DEFAULT_REFERENCE_DATE, type GenerateWorldOptions, generateWorld } from './generate.ts';
export { nameVariant } from './name-variant.ts';
export { createRng, hashSeed, type Rng } from './rng.ts';
export {
  PLATFORM_ACTIVITY,
  PLATFORM_IDS,
  type PlatformId,
  type World,
  type WorldCampaign,
  type WorldInitiative,
  type WorldLanguage,
  type WorldNeed,
  type WorldOpportunity,
  type WorldPlace,
} from './types.ts';
