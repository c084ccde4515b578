/**
 * The canonical model of Knooppunt: zod schemas for source records and initiatives, the taxonomies,
 * content hashing. Exports here are public API.
 */

export { canonicalJson, contentHash, withContentHash } from './content-hash.ts';
export * from './model/index.ts';
export * from './places/index.ts';
export * from './taxonomy/index.ts';
export { ERROR_CODES, type ErrorCode } from './error-codes.ts';
