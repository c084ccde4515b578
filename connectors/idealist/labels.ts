import { mapThemes, THEME_CODES, type Theme } from '../../schema/index.ts';

/**
 * Idealist's areas of focus onto the hub's themes. Read from the codes rather than their labels, because
 * label keywords mislead here ("Hunger & Food Security" is no safety theme). Codes not listed fall back to
 * the keywords of their label.
 */
const AREA_THEMES: Readonly<Record<string, readonly Theme[]>> = {
  AGRICULTURE: ['food'],
  ANIMALS: ['green-nature'],
  ARTS_MUSIC: ['culture'],
  CHILDREN_YOUTH: ['youth'],
  CIVIC_ENGAGEMENT: ['social-cohesion'],
  COMMUNITY_DEVELOPMENT: ['social-cohesion'],
  DISABILITY: ['care-welfare'],
  DISASTER_RELIEF: ['liveability-safety'],
  ECONOMIC_DEVELOPMENT: ['local-economy'],
  EDUCATION: ['education-talent'],
  ENVIRONMENT: ['sustainability'],
  FAMILY: ['care-welfare'],
  HEALTH_MEDICINE: ['health'],
  HOUSING_HOMELESSNESS: ['housing', 'poverty'],
  HUMAN_RIGHTS_CIVIL_LIBERTIES: ['liveability-safety'],
  HUMAN_SERVICES: ['care-welfare'],
  HUNGER_FOOD_SECURITY: ['food', 'poverty'],
  IMMIGRANTS_OR_REFUGEES: ['work-participation'],
  JOBS_WORKFORCE: ['work-participation'],
  MENTAL_HEALTH: ['health'],
  MICROFINANCE: ['local-economy'],
  POVERTY: ['poverty'],
  SENIORS: ['older-people'],
  SPORTS_RECREATION: ['sport-recreation'],
  SUSTAINABILITY: ['sustainability'],
  TRANSPORTATION: ['mobility'],
  URBAN: ['public-space'],
};

/**
 * An Idealist code as a readable label: `IMMIGRANTS_OR_REFUGEES` -> "Immigrants or refugees",
 * `WEEKDAYS_EVENINGS` -> "Weekdays evenings".
 */
export function labelOf(code: string): string {
  const words = code.trim().toLowerCase().replace(/_+/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The labels of a list of codes, without duplicates. */
export function labelsOf(codes: readonly string[] | null | undefined): string[] {
  return [...new Set((codes ?? []).filter((code) => code.trim()).map(labelOf))];
}

/** Areas of focus onto the hub's themes, in taxonomy order. */
export function themesOf(areas: readonly string[] | null | undefined): Theme[] {
  const found = new Set<Theme>();
  for (const area of areas ?? []) {
    for (const theme of AREA_THEMES[area.trim().toUpperCase()] ?? mapThemes([labelOf(area)]))
      found.add(theme);
  }
  return THEME_CODES.filter((code) => found.has(code));
}
