/**
 * JSON-LD on web pages: finding the script blocks in HTML, parsing them as leniently as search engines
 * do, flattening `@graph`s and arrays, following `@id` references, and reading schema.org property
 * values whether the page wrote one value or many. Shared by every connector that reads structured data
 * from pages (social marketplaces, organisations' own websites). Public API of the SDK.
 */
export { type ExtractedJsonLd, extractJsonLd, type JsonLdBlockError } from './extract.ts';
export {
  indexJsonLd,
  isJsonLdNode,
  type JsonLdNode,
  jsonLdNodes,
  type JsonLdValue,
  resolveJsonLd,
  resolveJsonLdDeep,
  walkJsonLd,
} from './nodes.ts';
export { type JsonLdParseResult, parseJsonLd } from './parse.ts';
export { schemaOrgIdentifiers, schemaOrgLocation } from './schema-org.ts';
export { jsonLdScripts } from './scripts.ts';
export {
  hasJsonLdType,
  jsonLdFirst,
  jsonLdNode,
  jsonLdNumber,
  jsonLdString,
  jsonLdText,
  jsonLdTypes,
  jsonLdUrl,
  jsonLdValues,
  schemaTerm,
} from './values.ts';
