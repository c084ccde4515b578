import type { Theme } from '../../schema/index.ts';

/** VolunteerMatch's opportunity categories, the values of its `categories` search input and field. */
export const VOLUNTEERMATCH_CATEGORIES = [
  'advocacyAndHumanRights',
  'animals',
  'artsAndCulture',
  'boardDevelopment',
  'childrenAndYouth',
  'community',
  'computersAndTechnology',
  'crisisSupport',
  'disasterRelief',
  'educationAndLiteracy',
  'emergencyAndSafety',
  'employment',
  'environment',
  'faithBased',
  'healthAndMedicine',
  'homelessAndHousing',
  'hunger',
  'immigrantsAndRefugees',
  'international',
  'justiceAndLegal',
  'lgbt',
  'mediaAndBroadcasting',
  'peopleWithDisabilities',
  'politics',
  'raceAndEthnicity',
  'seniors',
  'sportsAndRecreation',
  'veteransAndMilitaryFamilies',
  'women',
] as const;
/** A VolunteerMatch category, e.g. `childrenAndYouth`. */
export type VolunteerMatchCategory = (typeof VOLUNTEERMATCH_CATEGORIES)[number];

/** VolunteerMatch categories onto the hub's themes; categories without a counterpart map to none. */
export const CATEGORY_THEMES: Readonly<Record<VolunteerMatchCategory, readonly Theme[]>> = {
  advocacyAndHumanRights: ['liveability-safety'],
  animals: ['green-nature'],
  artsAndCulture: ['culture'],
  boardDevelopment: [],
  childrenAndYouth: ['youth'],
  community: ['social-cohesion'],
  computersAndTechnology: [],
  crisisSupport: ['care-welfare'],
  disasterRelief: ['liveability-safety'],
  educationAndLiteracy: ['education-talent'],
  emergencyAndSafety: ['liveability-safety'],
  employment: ['work-participation'],
  environment: ['sustainability'],
  faithBased: [],
  healthAndMedicine: ['health'],
  homelessAndHousing: ['housing', 'poverty'],
  hunger: ['food', 'poverty'],
  immigrantsAndRefugees: ['work-participation'],
  international: [],
  justiceAndLegal: [],
  lgbt: [],
  mediaAndBroadcasting: [],
  peopleWithDisabilities: ['care-welfare'],
  politics: [],
  raceAndEthnicity: [],
  seniors: ['older-people'],
  sportsAndRecreation: ['sport-recreation'],
  veteransAndMilitaryFamilies: ['care-welfare'],
  women: [],
};

/** A camel-case code as a label: `childrenAndYouth` -> "Children and youth", `people55Plus` -> "People 55 plus". */
export function labelOf(code: string): string {
  const words = code
    .replace(/([a-z])([A-Z0-9])/g, '$1 $2')
    .replace(/([0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
