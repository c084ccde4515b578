import { foldLabel, mapThemes, THEME_CODES, type Theme } from '../../schema/index.ts';

/**
 * Open Collective tags the taxonomy's keywords miss, onto hub themes. Tags are free text chosen by each
 * collective, so everything else goes through the keyword mapping; tags without a civic theme ("open source",
 * "lgbtq") stay in `categories` only.
 */
export const OPEN_COLLECTIVE_TAGS: Readonly<Record<string, readonly Theme[]>> = {
  'mutual aid': ['social-cohesion', 'poverty'],
  solidarity: ['social-cohesion'],
  meetup: ['social-cohesion'],
  neighborhood: ['social-cohesion'],
  neighbourhood: ['social-cohesion'],
  covid: ['health'],
  'covid 19': ['health'],
  'zero waste': ['sustainability'],
  bicycle: ['mobility'],
  cycling: ['mobility'],
};

/** The tags of an account, trimmed, without empty and duplicate ones (compared folded). */
export function cleanTags(tags: readonly (string | null)[] | null | undefined): string[] {
  const seen = new Set<string>();
  const clean: string[] = [];
  for (const tag of tags ?? []) {
    const text = tag?.trim();
    const key = text ? foldLabel(text) : '';
    if (!text || !key || seen.has(key)) continue;
    seen.add(key);
    clean.push(text);
  }
  return clean;
}

/** Hub themes for Open Collective tags, in taxonomy order. */
export function themesOfTags(tags: readonly string[]): Theme[] {
  const found = new Set<Theme>(mapThemes(tags));
  for (const tag of tags) for (const code of OPEN_COLLECTIVE_TAGS[foldLabel(tag)] ?? []) found.add(code);
  return THEME_CODES.filter((code) => found.has(code));
}
