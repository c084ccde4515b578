import { isJsonLdNode, type JsonLdNode, type JsonLdValue } from './nodes.ts';

/** Prefixes under which pages write schema.org terms: compact (`schema:`) and full IRIs. */
const SCHEMA_PREFIX = /^(?:schema:|https?:\/\/(?:www\.)?schema\.org\/)/i;

/** A schema.org term without its prefix: `https://schema.org/Offer` and `schema:Offer` become `Offer`. */
export function schemaTerm(term: string): string {
  return term.trim().replace(SCHEMA_PREFIX, '');
}

/** The `@type`s of a node as schema.org local names (`["Offer"]`); empty when it has none. */
export function jsonLdTypes(node: JsonLdValue | undefined): string[] {
  if (!isJsonLdNode(node)) return [];
  const types = node['@type'];
  const list = Array.isArray(types) ? types : [types];
  return list
    .filter((type): type is string => typeof type === 'string' && type.trim() !== '')
    .map(schemaTerm);
}

/** Whether a node has one of the given schema.org types (local names, e.g. `Offer`, `Demand`). */
export function hasJsonLdType(node: JsonLdValue | undefined, ...types: readonly string[]): boolean {
  return jsonLdTypes(node).some((type) => types.includes(type));
}

/**
 * The values of a property as a flat list, whether the page wrote one value or an array, and whether it
 * wrote the name plainly (`price`), compact (`schema:price`) or as a full IRI. Missing and null give [].
 *
 * @example
 * jsonLdValues({ offers: { '@type': 'Offer' } }, 'offers'); // [{ '@type': 'Offer' }]
 */
export function jsonLdValues(node: JsonLdValue | undefined, property: string): JsonLdValue[] {
  if (!isJsonLdNode(node)) return [];
  const found: JsonLdValue[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (value === undefined || value === null || schemaTerm(key) !== property) continue;
    if (Array.isArray(value)) {
      for (const item of value as readonly JsonLdValue[]) if (item !== null) found.push(item);
    } else found.push(value);
  }
  return found;
}

/** The first value of a property, or undefined. */
export function jsonLdFirst(node: JsonLdValue | undefined, property: string): JsonLdValue | undefined {
  return jsonLdValues(node, property)[0];
}

/**
 * The text of a value: a string or number as text, a value object's `@value`, and from several (a
 * language-tagged list such as `[{ "@language": "nl", "@value": ... }]`) the one in `language` when
 * given, else the first plain one. Blank text and nodes give undefined.
 */
export function jsonLdText(value: JsonLdValue | undefined, language?: string): string | undefined {
  const candidates = (Array.isArray(value) ? (value as readonly JsonLdValue[]) : [value]).flatMap(
    (item): { text: string; language?: string }[] => {
      if (typeof item === 'string' || typeof item === 'number') return [{ text: String(item) }];
      if (isJsonLdNode(item) && '@value' in item) {
        const raw = item['@value'];
        const lang = typeof item['@language'] === 'string' ? item['@language'] : undefined;
        return typeof raw === 'string' || typeof raw === 'number'
          ? [{ text: String(raw), language: lang }]
          : [];
      }
      return [];
    },
  );
  const usable = candidates.filter((candidate) => candidate.text.trim() !== '');
  const wanted =
    (language && usable.find((c) => c.language?.toLowerCase().startsWith(language.toLowerCase()))) ||
    usable.find((c) => c.language === undefined) ||
    usable[0];
  return wanted?.text.trim();
}

/** The text of a node's property (see `jsonLdText`). */
export function jsonLdString(
  node: JsonLdValue | undefined,
  property: string,
  language?: string,
): string | undefined {
  return jsonLdText(jsonLdValues(node, property), language);
}

/**
 * A URL from a value: a string, a node's `url` or its `@id` when that is a URL. Relative URLs are resolved
 * against `baseUrl` (the page they were found on). Returns undefined for anything that is no http(s) URL.
 */
export function jsonLdUrl(value: JsonLdValue | undefined, baseUrl?: string): string | undefined {
  const first = Array.isArray(value) ? (value as readonly JsonLdValue[])[0] : value;
  const raw = isJsonLdNode(first)
    ? (jsonLdText(jsonLdFirst(first, 'url')) ?? jsonLdText(first['@id']))
    : jsonLdText(first);
  if (!raw) return undefined;
  try {
    const url = baseUrl ? new URL(raw, baseUrl) : new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}

/** A number from a value: a JSON number, or text holding only a plain decimal number ("55.00"). */
export function jsonLdNumber(value: JsonLdValue | undefined): number | undefined {
  const text = typeof value === 'number' ? String(value) : jsonLdText(value);
  if (text === undefined || !/^-?\d+(\.\d+)?$/.test(text.trim())) return undefined;
  return Number(text);
}

/** Convenience for mappings: the node itself when the value is one, else undefined. */
export function jsonLdNode(value: JsonLdValue | undefined): JsonLdNode | undefined {
  return isJsonLdNode(value) ? value : undefined;
}
