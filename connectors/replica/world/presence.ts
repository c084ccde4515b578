import type { Rng } from './rng.ts';
import type { PlatformId, WorldPlace } from './types.ts';

/**
 * How likely an initiative of a country is to appear on each platform, judged from who uses them:
 * betterplace for German-speaking groups, Deedmob and OpenStad in Dutch towns, Do-it and 360Giving
 * in the UK, Idealist and VolunteerMatch in the US, GlobalGiving and Kiva for projects in the South;
 * municipal CSV lists, own websites with JSON-LD, social marketplaces and help maps (Ushahidi) in the
 * Netherlands, Open Referral (HSDS) directories in the UK and US.
 * The probabilities are independent, so one initiative can appear on several platforms.
 */
const PRESENCE: Readonly<Record<string, readonly (readonly [PlatformId, number])[]>> = {
  NL: [
    ['deedmob', 0.45],
    ['openstad', 0.35],
    ['opencollective', 0.1],
    ['betterplace', 0.1],
    ['globalgiving', 0.02],
    ['csv', 0.4],
    ['jsonld', 0.3],
    ['schemaorg', 0.2],
    ['ushahidi', 0.1],
  ],
  BE: [
    ['opencollective', 0.25],
    ['betterplace', 0.15],
    ['globalgiving', 0.05],
  ],
  DE: [
    ['betterplace', 0.75],
    ['opencollective', 0.08],
    ['globalgiving', 0.03],
    ['jsonld', 0.15],
  ],
  AT: [
    ['betterplace', 0.6],
    ['opencollective', 0.1],
  ],
  CH: [
    ['betterplace', 0.5],
    ['opencollective', 0.15],
  ],
  GB: [
    ['doit', 0.5],
    ['360giving', 0.35],
    ['globalgiving', 0.2],
    ['opencollective', 0.15],
    ['hsds', 0.3],
    ['jsonld', 0.1],
  ],
  US: [
    ['volunteermatch', 0.45],
    ['idealist', 0.4],
    ['globalgiving', 0.3],
    ['opencollective', 0.15],
    ['hsds', 0.2],
  ],
  SOUTH: [
    ['globalgiving', 0.7],
    ['kiva', 0.25],
    ['betterplace', 0.25],
  ],
};

/** The platform an initiative is on when the draw gives none: everything in the world is on at least one. */
const PRIMARY: Readonly<Record<string, PlatformId>> = {
  NL: 'deedmob',
  BE: 'opencollective',
  DE: 'betterplace',
  AT: 'betterplace',
  CH: 'betterplace',
  GB: 'doit',
  US: 'idealist',
  SOUTH: 'globalgiving',
};

/** Municipalities that run an OpenStad participation site (Amsterdam, Den Haag, Utrecht). */
const OPENSTAD_MUNICIPALITIES = new Set(['GM0363', 'GM0518', 'GM0344']);

/** Draws the platforms an initiative at `place` appears on, in the order of the table. */
export function drawPresence(rng: Rng, place: WorldPlace): PlatformId[] {
  const key = PRESENCE[place.country] ? place.country : 'SOUTH';
  const presence: PlatformId[] = [];
  for (const [platform, probability] of PRESENCE[key] ?? []) {
    if (platform === 'openstad' && !OPENSTAD_MUNICIPALITIES.has(place.municipality?.code ?? '')) continue;
    if (rng.chance(probability)) presence.push(platform);
  }
  if (presence.length === 0) presence.push(PRIMARY[key] ?? 'globalgiving');
  return presence;
}
