/** Record features for resolution: names, places, sites, identifiers, description sketches. Internal to `resolution/`. */
export { compareIdentifiers, identifierKey, schemeOf } from './identifiers.ts';
export { intern, listOrNone, NONE } from './intern.ts';
export { hashString, minhash, mix, SIGNATURE_SIZE, signatureSimilarity } from './minhash.ts';
export { contentWords, foldName, type NameKey, nameKey, nameWords } from './name.ts';
export { type PlaceKey, placeBlockingKeys, placeFromQualifier, placeKey } from './place.ts';
export { internFeatures, type RecordFeatures, recordFeatures } from './record-features.ts';
export { linkKey, registrableDomain, type SiteKey, siteKey } from './url.ts';
