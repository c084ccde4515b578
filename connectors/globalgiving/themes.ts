import { mapThemes, THEME_CODES, type Theme } from '../../schema/index.ts';
import type { GlobalGivingTheme } from './raw.ts';

/**
 * GlobalGiving theme ids onto the hub's themes. The ids are stable while the labels change ("Economic
 * Development" became "Economic Growth", "Hunger" became "Food Security"), so the mapping goes by id. An
 * empty list is deliberate: the hub has no gender or equality theme, so such labels live on in
 * `categories` only. Ids not listed here are mapped by their label.
 */
export const GLOBALGIVING_THEMES: Readonly<Record<string, readonly Theme[]>> = {
  agriculture: ['food'],
  animals: ['green-nature'],
  art: ['culture'],
  children: ['youth'],
  climate: ['sustainability'],
  democ: ['liveability-safety'],
  disability: ['care-welfare'],
  disaster: ['liveability-safety'],
  ecdev: ['local-economy', 'work-participation'],
  edu: ['education-talent'],
  endabuse: ['care-welfare', 'liveability-safety'],
  env: ['sustainability', 'green-nature'],
  finance: ['local-economy'],
  gender: [],
  health: ['health'],
  housing: ['housing'],
  human: ['liveability-safety'],
  hunger: ['food', 'poverty'],
  lgbtq: [],
  mentalhealth: ['health'],
  refugee: ['liveability-safety'],
  rights: ['liveability-safety'],
  sport: ['sport-recreation'],
  tech: ['education-talent'],
  water: ['health'],
  wildlife: ['green-nature'],
};

/** The hub's theme codes for GlobalGiving themes, in taxonomy order, without duplicates. */
export function themesOf(themes: readonly GlobalGivingTheme[]): Theme[] {
  const found = new Set<Theme>();
  for (const theme of themes) {
    for (const code of GLOBALGIVING_THEMES[theme.id] ?? mapThemes([theme.name])) found.add(code);
  }
  return THEME_CODES.filter((code) => found.has(code));
}
