import {
  extractJsonLd,
  hasJsonLdType,
  indexJsonLd,
  isJsonLdNode,
  jsonLdFirst,
  type JsonLdNode,
  jsonLdString,
  jsonLdTypes,
  type JsonLdValue,
  jsonLdValues,
  resolveJsonLd,
  resolveJsonLdDeep,
  schemaTerm,
  stripPersonalData,
} from '../sdk/index.ts';

/** How deep references are followed: an offer's seller, and the seller's address and its geo. */
const RESOLVE_DEPTH = 3;
/** Properties of a listing that name who offers or asks. */
const PARTY = ['seller', 'offeredBy', 'provider'] as const;
/** Properties of an organisation that name its listings. */
const LISTINGS_OF = ['makesOffer', 'seeks'] as const;
/** Properties of an organisation that hold persons: founders, staff, members. */
const PERSON_FIELDS = [
  'founder',
  'founders',
  'employee',
  'employees',
  'member',
  'members',
  'alumni',
  'author',
];

/** A page as the crawler read it. */
export interface MarketPage {
  readonly url: string;
  readonly html: string;
  readonly language?: string;
  readonly lastmod?: string;
}

/** What a page yields: its listings as raw records, and what was passed over. */
export interface PageListings {
  readonly records: Record<string, unknown>[];
  /** Listings of a private person, or of nobody the page names: never yielded. */
  readonly withoutOrganisation: number;
  /** JSON-LD blocks that could not be read even after repairs. */
  readonly unreadableBlocks: number;
}

/**
 * The listings of a page: every `Offer` and `Demand` the page publishes as a listing (top level, in a
 * `@graph`, or under an organisation's `makesOffer` / `seeks`; not the ticket offers of an event or the
 * product offers of a shop item), each with its references resolved and the organisation behind it.
 * Listings offered by a person, or by nobody the page names, are counted and dropped here, so that a
 * person's name never reaches validation, storage or quarantine; persons inside an organisation
 * (founders, staff) are removed too.
 */
export function pageListings(page: MarketPage): PageListings {
  const { nodes, errors } = extractJsonLd(page.html);
  const index = indexJsonLd(nodes, page.url);
  const resolved = (value: JsonLdValue | undefined) => resolveJsonLd(value, index, page.url);
  const organisations = nodes.filter((node) => !isListing(node) && jsonLdTypes(node).length > 0);
  const candidates: { node: JsonLdNode; owner?: JsonLdNode }[] = nodes
    .filter(isListing)
    .map((node) => ({ node }));
  for (const owner of organisations) {
    for (const property of LISTINGS_OF) {
      for (const value of jsonLdValues(owner, property)) {
        const node = resolved(value);
        if (isJsonLdNode(node) && isListing(node)) candidates.push({ node, owner });
      }
    }
  }
  const records: Record<string, unknown>[] = [];
  const seen = new Set<string>();
  let withoutOrganisation = 0;
  candidates.forEach(({ node, owner }, position) => {
    const type = hasJsonLdType(node, 'Demand') ? 'Demand' : 'Offer';
    const id = idOf(node, page.url) ?? `${page.url}#${type.toLowerCase()}-${position + 1}`;
    if (seen.has(id)) return;
    seen.add(id);
    const party =
      PARTY.map((property) => resolved(jsonLdFirst(node, property))).find(isJsonLdNode) ??
      owner ??
      ownerOf(node, organisations, index, page.url);
    if (!party || !isOrganisation(party)) {
      withoutOrganisation++;
      return;
    }
    records.push({
      id,
      page: page.url,
      type,
      ...(page.language ? { language: page.language } : {}),
      ...(page.lastmod ? { lastmod: page.lastmod } : {}),
      node: withoutPersons(
        omit(resolveJsonLdDeep(node, index, page.url, RESOLVE_DEPTH) as JsonLdNode, PARTY),
      ),
      organisation: withoutPersons(
        omit(resolveJsonLdDeep(party, index, page.url, RESOLVE_DEPTH) as JsonLdNode, LISTINGS_OF),
      ),
    });
  });
  return { records, withoutOrganisation, unreadableBlocks: errors.length };
}

function isListing(node: JsonLdNode): boolean {
  return hasJsonLdType(node, 'Offer', 'Demand');
}

/** An organisation rather than a person: typed, not a Person, with a name. */
function isOrganisation(node: JsonLdNode): boolean {
  const types = jsonLdTypes(node);
  if (types.length === 0 || types.includes('Person')) return false;
  return jsonLdString(node, 'name') !== undefined || jsonLdString(node, 'legalName') !== undefined;
}

/** The organisation of the page whose `makesOffer` or `seeks` points at the listing by its `@id`. */
function ownerOf(
  node: JsonLdNode,
  organisations: readonly JsonLdNode[],
  index: ReadonlyMap<string, JsonLdNode>,
  base: string,
): JsonLdNode | undefined {
  const id = idOf(node, base);
  if (!id) return undefined;
  return organisations.find((owner) =>
    LISTINGS_OF.some((property) =>
      jsonLdValues(owner, property).some((value) => idOf(resolveJsonLd(value, index, base), base) === id),
    ),
  );
}

function idOf(value: JsonLdValue | undefined, base: string): string | undefined {
  const id = isJsonLdNode(value) ? value['@id'] : undefined;
  if (typeof id !== 'string' || !id.trim()) return undefined;
  try {
    return new URL(id.trim(), base).toString();
  } catch {
    return undefined;
  }
}

function omit(node: JsonLdNode, properties: readonly string[]): JsonLdNode {
  return Object.fromEntries(
    Object.entries(node).filter(([key]) => !properties.includes(schemaTerm(key))),
  ) as JsonLdNode;
}

/** The node without person nodes at any depth, without person-holding properties, and without private e-mail addresses. */
function withoutPersons(node: JsonLdNode): JsonLdNode {
  const prune = (value: unknown): unknown => {
    if (Array.isArray(value))
      return value.filter((item) => !(isJsonLdNode(item) && hasJsonLdType(item, 'Person'))).map(prune);
    if (!isJsonLdNode(value)) return value;
    return Object.fromEntries(
      Object.entries(value)
        .filter(
          ([key, child]) =>
            !PERSON_FIELDS.includes(schemaTerm(key)) &&
            !(isJsonLdNode(child) && hasJsonLdType(child, 'Person')),
        )
        .map(([key, child]) => [key, prune(child)]),
    );
  };
  return stripPersonalData(prune(node), { fields: [] }) as JsonLdNode;
}
