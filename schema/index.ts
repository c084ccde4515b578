/**
 * The canonical model of Knooppunt: zod schemas for source records and initiatives, the taxonomies,
 * content hashing. Exports here are public API.
 */
export * from './model/index.ts';
export * from './taxonomy/index.ts';
export { canonicalJson, contentHash, withContentHash } from './content-hash.ts';
