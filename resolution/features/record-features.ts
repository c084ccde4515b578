import type { SourceRecord, SourceRecordKind } from '../../schema/index.ts';
import { identifierKey } from './identifiers.ts';
import { intern, listOrNone } from './intern.ts';
import { minhash } from './minhash.ts';
import { foldName, type NameKey, nameKey } from './name.ts';
import { type PlaceKey, placeFromQualifier, placeKey } from './place.ts';
import { linkKey, type SiteKey, siteKey } from './url.ts';

/** Everything resolution compares about one source record, computed once per record. */
export interface RecordFeatures {
  readonly key: string;
  readonly source: string;
  readonly kind: SourceRecordKind;
  /** When the hub first saw the record (ISO 8601); the oldest member anchors an initiative's id. */
  readonly firstSeen: string;
  /** The primary name first, then alternate names (at most `MAX_NAMES` in all). */
  readonly names: readonly NameKey[];
  readonly legalForm: string | undefined;
  /** Identifier keys such as `NL-KVK:41202535`, sorted. */
  readonly identifiers: readonly string[];
  readonly site: SiteKey | undefined;
  /** The record's own page, as a link key. */
  readonly self: string | undefined;
  /** Links to the initiative's profiles elsewhere, as link keys, sorted. */
  readonly links: readonly string[];
  readonly place: PlaceKey | undefined;
  /** Bottom-k sketch of the description's content words (see `minhash`). */
  readonly description: string | undefined;
}

/** Names beyond this many add blocking keys and comparisons without adding evidence. */
const MAX_NAMES = 4;
/** Words shorter than this in a description are mostly function words. */
const MIN_WORD = 4;
/** Content words are cut to this many letters, a cheap stem so "buurtbewoners" meets "buurtbewoner". */
const STEM = 7;

function descriptionWords(text: string): string[] {
  const words = new Set<string>();
  for (const word of foldName(text).split(' ')) if (word.length >= MIN_WORD) words.add(word.slice(0, STEM));
  return [...words];
}

/**
 * Computes the features of a source record. `firstSeen` defaults to the record's `harvestedAt`; the
 * store-backed resolver passes the time it first saw the key so that re-harvesting never ages a record.
 */
export function recordFeatures(record: SourceRecord, firstSeen: string = record.harvestedAt): RecordFeatures {
  const profile = record.initiative;
  const names = [profile.name, ...(profile.alternateNames ?? [])]
    .slice(0, MAX_NAMES)
    .map(nameKey)
    .filter((name) => name.tokens.length > 0);
  const identifiers = listOrNone(
    [...new Set((profile.identifiers ?? []).map(identifierKey).filter((key) => key !== undefined))].sort(),
  );
  const links = listOrNone(
    [...new Set((profile.links ?? []).map(linkKey).filter((link) => link !== undefined))].sort(),
  );
  const text = profile.description ?? profile.summary;
  return {
    key: record.key,
    source: intern(record.source),
    kind: record.kind,
    firstSeen,
    names,
    legalForm: profile.legalForm ?? names[0]?.legalForm,
    identifiers,
    site: profile.website === undefined ? undefined : siteKey(profile.website),
    self: record.url === undefined ? undefined : linkKey(record.url),
    links,
    place: placeFromQualifier(names[0]?.qualifier, placeKey(profile.location)),
    description: text === undefined ? undefined : minhash(descriptionWords(text)),
  };
}

function internName(name: NameKey): NameKey {
  return {
    ...name,
    tokens: name.tokens.map(intern),
    sorted: intern(name.sorted),
    acronyms: listOrNone(name.acronyms.map(intern)),
  };
}

function internPlace(place: PlaceKey | undefined): PlaceKey | undefined {
  if (place === undefined) return undefined;
  const { country, municipality, town, townWords, postcode } = place;
  return {
    country: country === undefined ? undefined : intern(country),
    municipality: municipality === undefined ? undefined : intern(municipality),
    town: town === undefined ? undefined : intern(town),
    townWords: townWords === undefined ? undefined : intern(townWords),
    postcode: postcode === undefined ? undefined : intern(postcode),
    lat: place.lat,
    lon: place.lon,
  };
}

/**
 * Shares the repeated strings of features that crossed a thread boundary: a structured clone copies every
 * string, and a million records would otherwise each hold their own copies of common words and towns.
 */
export function internFeatures(features: RecordFeatures): RecordFeatures {
  return {
    ...features,
    source: intern(features.source),
    names: features.names.map(internName),
    identifiers: listOrNone([...features.identifiers]),
    links: listOrNone([...features.links]),
    site:
      features.site === undefined
        ? undefined
        : { site: features.site.site, domain: intern(features.site.domain) },
    place: internPlace(features.place),
  };
}
