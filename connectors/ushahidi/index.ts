/** The Ushahidi connector and its replica. Exports here are public API. */
export { UshahidiConfig } from './config.ts';
export { ushahidi } from './connector.ts';
export { listingCategoryOf, listingTypeOf } from './listing-type.ts';
export { initiativeNameOf, mapPost, postUrl } from './mapping.ts';
export {
  UshahidiCollection,
  UshahidiErrors,
  UshahidiFeature,
  UshahidiFeatureCollection,
  UshahidiForm,
  UshahidiPost,
  UshahidiTag,
} from './raw.ts';
export { publicPost } from './personal-data.ts';
export {
  createUshahidiReplica,
  DEMO_SOURCE_OPTIONS,
  type UshahidiReplicaOptions,
  ushahidiError,
} from './replica.ts';
export { buildVocabulary, type Vocabulary } from './vocabulary.ts';
