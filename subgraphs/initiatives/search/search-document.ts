import type { Initiative } from '../../../schema/index.ts';
import { INITIATIVE_KINDS, THEMES } from '../../../schema/index.ts';

/** The text fields search reads, in index order, with how much a match in each counts. */
export const SEARCH_FIELDS = [
  { name: 'name', boost: 3 },
  { name: 'alternateNames', boost: 3 },
  { name: 'summary', boost: 2 },
  { name: 'tags', boost: 1.5 },
  { name: 'description', boost: 1 },
  { name: 'place', boost: 1 },
] as const;

/** A text field that search matches in. */
export type SearchField = (typeof SEARCH_FIELDS)[number]['name'];

const THEME_LABELS = new Map(THEMES.map((theme) => [theme.code, `${theme.nl} ${theme.en}`]));
const KIND_LABELS = new Map(INITIATIVE_KINDS.map((kind) => [kind.code, `${kind.nl} ${kind.en}`]));

/**
 * The searchable text of an initiative per field: its names, summary and description, and as `tags` the labels
 * of its themes and kind (Dutch and English) with the platforms' own categories, and as `place` its locality,
 * municipality and neighbourhood, so that "voedselbank utrecht" finds the food bank in Utrecht.
 */
export function searchDocument(initiative: Initiative): Record<SearchField, string> {
  const profile = initiative.profile;
  const location = profile.location;
  return {
    name: profile.name,
    alternateNames: (profile.alternateNames ?? []).join(' '),
    summary: profile.summary ?? '',
    tags: [
      ...(profile.themes ?? []).map((code) => THEME_LABELS.get(code) ?? code),
      profile.kind ? (KIND_LABELS.get(profile.kind) ?? profile.kind) : '',
      ...(profile.categories ?? []),
    ].join(' '),
    description: profile.description ?? '',
    place: [location?.locality, location?.municipality?.name, location?.neighbourhood?.name]
      .filter(Boolean)
      .join(' '),
  };
}
