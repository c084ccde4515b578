import { foldLabel, haversineKm, INITIATIVE_KINDS, THEMES } from '../../schema/index.ts';
import { termsOfWord, words } from '../shared/text.ts';
import type { IndexedInitiative } from './initiative-facts.ts';
import type { InitiativeIndex } from './initiative-index.ts';

/** An initiative with the same concept elsewhere, and why. */
export interface Similar {
  readonly doc: IndexedInitiative;
  readonly score: number;
  readonly reasons: string[];
  readonly distanceKm?: number;
}

/** The text an initiative is compared by: what it is called and says about itself. */
export interface SimilarSource {
  readonly id: string;
  readonly name: string;
  readonly summary?: string;
  readonly description?: string;
}

/** How the three signals add up: the words say most about a concept, themes and kind confirm it. */
export const SIMILAR_WEIGHTS = { text: 0.6, themes: 0.3, kind: 0.1 } as const;
/** At most this many words of the initiative's own text go into the comparison (names and summary first). */
const MAX_QUERY_WORDS = 24;
const THEME_NAMES = new Map<string, string>(THEMES.map((theme) => [theme.code, theme.nl]));
const KIND_NAMES = new Map<string, string>(INITIATIVE_KINDS.map((kind) => [kind.code, kind.nl]));

/**
 * Initiatives with the same concept elsewhere ("which initiatives were copied to other municipalities?"): a
 * "more like this" search with the initiative's own words (its place names left out), restricted to other
 * municipalities, then scored as 0.6 × text relevance (relative to the best candidate) + 0.3 × shared themes
 * (Jaccard) + 0.1 × same kind. Best first.
 */
export function similarInitiatives(index: InitiativeIndex, source: SimilarSource, first: number): Similar[] {
  const self = index.get(source.id);
  if (!self || first === 0) return [];
  const placeWords = new Set(
    [self.municipality?.name, self.neighbourhood?.name].flatMap((name) =>
      name ? foldLabel(name).split(' ') : [],
    ),
  );
  const text = [source.name, source.summary, source.description?.slice(0, 400)].filter(Boolean).join(' ');
  const own = words(text)
    .map((entry) => entry.word)
    .filter((word) => !placeWords.has(foldLabel(word)) && termsOfWord(word).length > 0);
  const queryWords = [...new Set(own)].slice(0, MAX_QUERY_WORDS);
  if (queryWords.length === 0) return [];
  const elsewhere = (doc: IndexedInitiative | undefined): doc is IndexedInitiative =>
    doc !== undefined &&
    doc.id !== self.id &&
    (!self.municipality || !doc.municipality || doc.municipality.code !== self.municipality.code);
  const { hits } = index.search.search(queryWords.join(' '), {
    mode: 'any',
    keep: (id) => elsewhere(index.get(id)),
  });
  const best = hits.reduce((max, hit) => Math.max(max, hit.score), 0);
  const ownTerms = new Set(queryWords.flatMap((word) => termsOfWord(word)));
  const themes = new Set(self.themes);
  return hits
    .map((hit) => {
      const doc = index.get(hit.id)!;
      const sharedThemes = doc.themes.filter((theme) => themes.has(theme));
      const union = new Set([...self.themes, ...doc.themes]).size;
      const themeScore = union === 0 ? 0 : sharedThemes.length / union;
      const sameKind = self.kind !== undefined && doc.kind === self.kind;
      const score =
        SIMILAR_WEIGHTS.text * (best > 0 ? hit.score / best : 0) +
        SIMILAR_WEIGHTS.themes * themeScore +
        SIMILAR_WEIGHTS.kind * (sameKind ? 1 : 0);
      return { doc, score: Math.round(score * 10_000) / 10_000, sharedThemes, sameKind };
    })
    .sort((a, b) => b.score - a.score || (a.doc.id < b.doc.id ? -1 : 1))
    .slice(0, first)
    .map(({ doc, score, sharedThemes, sameKind }) => {
      const sharedWords = [
        ...new Set(
          words(doc.name)
            .map((entry) => entry.word)
            .filter((word) => termsOfWord(word).some((term) => ownTerms.has(term))),
        ),
      ];
      const reasons = [
        ...(sharedWords.length ? [`shares the words ${sharedWords.join(', ')} in its name`] : []),
        ...(sameKind ? [`same kind: ${KIND_NAMES.get(doc.kind!) ?? doc.kind}`] : []),
        ...(sharedThemes.length
          ? [`shared themes: ${sharedThemes.map((t) => THEME_NAMES.get(t) ?? t).join(', ')}`]
          : []),
        `elsewhere: ${doc.municipality?.name ?? doc.locality ?? doc.country ?? 'another place'}`,
      ];
      const distanceKm =
        self.lat !== undefined && self.lon !== undefined && doc.lat !== undefined && doc.lon !== undefined
          ? Math.round(haversineKm({ lat: self.lat, lon: self.lon }, { lat: doc.lat, lon: doc.lon }) * 10) /
            10
          : undefined;
      return { doc, score, reasons, distanceKm };
    });
}
