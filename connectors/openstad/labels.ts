import { foldLabel, mapThemes, type Scope, THEME_CODES, type Theme } from '../../schema/index.ts';

/**
 * Theme labels of OpenStad sites with the hub's theme codes, for labels the keyword mapping alone misses
 * or maps too narrowly. Sites choose their own lists; these are Wij Amsterdam's.
 */
export const OPENSTAD_THEMES: readonly (readonly [label: string, themes: readonly Theme[]])[] = [
  ['Eenzaamheid en kwetsbare groepen', ['social-cohesion', 'care-welfare']],
  ['In de buurt en burenhulp', ['social-cohesion', 'liveability-safety']],
  ['Cultuur en creativiteit', ['culture']],
  ['Sport en bewegen', ['sport-recreation', 'health']],
  ['Voedsel en boodschappen', ['food', 'poverty']],
  ['Zorg en gezondheid', ['care-welfare', 'health']],
  ['Kinderen en jongeren', ['youth', 'education-talent']],
  ['Ondernemers en werk', ['local-economy', 'work-participation']],
  ['Duurzaamheid en groen', ['sustainability', 'green-nature']],
  ['Ouderen en mantelzorg', ['older-people', 'informal-care']],
  ['Wonen en openbare ruimte', ['housing', 'public-space', 'mobility']],
];

const BY_LABEL = new Map(OPENSTAD_THEMES.map(([label, themes]) => [foldLabel(label), themes]));

/** The hub's theme codes for an idea's theme labels: the keyword mapping plus the site table. */
export function themesOf(labels: readonly string[]): Theme[] {
  const codes = new Set<Theme>(mapThemes(labels));
  for (const label of labels) for (const code of BY_LABEL.get(foldLabel(label)) ?? []) codes.add(code);
  return THEME_CODES.filter((code) => codes.has(code));
}

/**
 * The operating scope an area label implies: the whole city ("Amsterdam Algemeen", "Hele stad") is the
 * municipality; a district ("Stadsdeel West", "Wijk Lombok") is a neighbourhood-level scope.
 */
export function scopeOf(areas: readonly string[]): Scope | undefined {
  if (areas.length === 0) return undefined;
  return areas.some((area) => /\b(algemeen|hele stad|gehele stad|stadsbreed|gemeente)\b/i.test(area))
    ? 'municipality'
    : 'neighbourhood';
}
