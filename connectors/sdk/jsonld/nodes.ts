/** A JSON-LD value as found in a page: text, numbers, nodes, and arrays of them. */
export type JsonLdValue = string | number | boolean | null | JsonLdNode | readonly JsonLdValue[];

/** A JSON-LD node object (`{ "@type": "Offer", "name": ..., ... }`), or a value object (`{ "@value": ... }`). */
export interface JsonLdNode {
  readonly [property: string]: JsonLdValue | undefined;
}

/** Whether a value is a JSON object (a node or a value object) rather than text, a number or an array. */
export function isJsonLdNode(value: unknown): value is JsonLdNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The top-level nodes of a parsed JSON-LD block, whatever shape the page used: one object, an array of
 * objects, or a `@graph` (Yoast and most CMSs), also nested in arrays. The block's `@context` is not
 * copied onto the nodes; property and type names are read with their schema.org prefixes stripped
 * (see `jsonLdValues`, `jsonLdTypes`), which is all schema.org markup needs.
 *
 * @example
 * jsonLdNodes({ '@context': 'https://schema.org', '@graph': [{ '@type': 'NGO' }, { '@type': 'Demand' }] });
 * // [{ '@type': 'NGO' }, { '@type': 'Demand' }]
 */
export function jsonLdNodes(value: unknown): JsonLdNode[] {
  if (Array.isArray(value)) return value.flatMap(jsonLdNodes);
  if (!isJsonLdNode(value)) return [];
  const graph = value['@graph'];
  if (graph !== undefined) return jsonLdNodes(graph);
  return [value];
}

/**
 * Every node object reachable from the given nodes, depth-first, each once: the nested `seller`,
 * `itemOffered`, `offers` and `address` nodes as well as the top-level ones. Value objects
 * (`{ "@value": ... }`) are not nodes and are skipped.
 */
export function walkJsonLd(nodes: readonly JsonLdValue[]): JsonLdNode[] {
  const seen = new Set<JsonLdNode>();
  const found: JsonLdNode[] = [];
  const visit = (value: JsonLdValue | undefined): void => {
    if (Array.isArray(value)) {
      for (const item of value as readonly JsonLdValue[]) visit(item);
      return;
    }
    if (!isJsonLdNode(value) || seen.has(value) || '@value' in value) return;
    seen.add(value);
    found.push(value);
    for (const [key, child] of Object.entries(value)) if (key !== '@context') visit(child);
  };
  for (const node of nodes) visit(node);
  return found;
}

/**
 * Indexes nodes by `@id` so that references (`"seller": { "@id": "#org" }`) can be followed. When a page
 * describes one `@id` in several places, the description with the most properties wins. Relative ids
 * are resolved against `baseUrl` when one is given, as JSON-LD processors do.
 */
export function indexJsonLd(nodes: readonly JsonLdValue[], baseUrl?: string): Map<string, JsonLdNode> {
  const index = new Map<string, JsonLdNode>();
  for (const node of walkJsonLd(nodes)) {
    const id = absoluteId(node['@id'], baseUrl);
    if (id === undefined) continue;
    const known = index.get(id);
    if (!known || Object.keys(node).length > Object.keys(known).length) index.set(id, node);
  }
  return index;
}

/**
 * Follows a reference: a node that holds only `@id` (and perhaps `@type`) becomes the full node the index
 * has for that id; anything else comes back unchanged.
 */
export function resolveJsonLd(
  value: JsonLdValue | undefined,
  index: ReadonlyMap<string, JsonLdNode>,
  baseUrl?: string,
): JsonLdValue | undefined {
  if (!isJsonLdNode(value)) return value;
  const keys = Object.keys(value).filter((key) => key !== '@type');
  if (keys.length !== 1 || keys[0] !== '@id') return value;
  const id = absoluteId(value['@id'], baseUrl);
  return (id !== undefined ? index.get(id) : undefined) ?? value;
}

function absoluteId(id: JsonLdValue | undefined, baseUrl: string | undefined): string | undefined {
  if (typeof id !== 'string' || id.trim() === '') return undefined;
  if (!baseUrl) return id.trim();
  try {
    return new URL(id.trim(), baseUrl).toString();
  } catch {
    return id.trim();
  }
}

/**
 * Follows references throughout a value, down to `depth` levels of nesting: every node that is only a
 * reference becomes the node the index has for it, and so do the references inside that node, so that an
 * offer's `seller` and the seller's `address` can be read in place. Depth bounds cycles (`A.member = B,
 * B.memberOf = A`) and keeps records small.
 *
 * @example
 * resolveJsonLdDeep(offer, indexJsonLd(nodes, pageUrl), pageUrl, 3); // offer.seller is the full organisation
 */
export function resolveJsonLdDeep(
  value: JsonLdValue | undefined,
  index: ReadonlyMap<string, JsonLdNode>,
  baseUrl: string | undefined,
  depth: number,
): JsonLdValue | undefined {
  if (Array.isArray(value)) {
    return (value as readonly JsonLdValue[]).map(
      (item) => resolveJsonLdDeep(item, index, baseUrl, depth) as JsonLdValue,
    );
  }
  const node = resolveJsonLd(value, index, baseUrl);
  if (!isJsonLdNode(node) || depth <= 0) return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, child]) => [
      key,
      key.startsWith('@') ? child : resolveJsonLdDeep(child, index, baseUrl, depth - 1),
    ]),
  ) as JsonLdNode;
}
