import {
  extractJsonLd,
  hasJsonLdType,
  indexJsonLd,
  isJsonLdNode,
  type JsonLdNode,
  type JsonLdValue,
  resolveJsonLd,
  jsonLdText,
  publicEmail,
  schemaTerm,
  withoutPersonalEmails,
} from '../sdk/index.ts';
import { isOrganisation, nameSlug, nodeKind } from './node-kinds.ts';
import type { NodeKind } from './raw.ts';

/** How deep references are followed: an event's organizer, and that organizer's address. */
const RESOLVE_DEPTH = 3;

/** A page as the crawler read it. */
export interface CrawledPage {
  /** Where the page was fetched. */
  readonly url: string;
  /** The public origin of the site, when it was crawled through another address. */
  readonly publicOrigin?: string;
  readonly html: string;
  readonly language?: string;
  readonly lastmod?: string;
}

/** A harvestable node of a page as the raw record the crawler yields (validated as `JsonLdRecord`). */
export interface PageRecord {
  readonly id: string;
  readonly page: string;
  readonly kind: NodeKind;
  readonly language?: string;
  readonly lastmod?: string;
  readonly node: JsonLdNode;
  readonly publisher?: JsonLdNode;
}

/** What a page yields: its harvestable nodes as raw records, and how many JSON-LD blocks were unreadable. */
export interface PageRecords {
  readonly records: PageRecord[];
  readonly unreadableBlocks: number;
}

/**
 * The raw records of a page: every top-level JSON-LD node (after `@graph` flattening) that is an organisation,
 * a project, an event or a volunteer job, with references (`{ "@id": "#org" }`) resolved from the page's
 * other nodes, and the page's first organisation as the publisher of the others. Nodes without `@id` get an
 * id from the page and their name; organisations from their name on the site, so that a site's own
 * organisation on every page is one record.
 */
export function pageRecords(page: CrawledPage): PageRecords {
  const { nodes, errors } = extractJsonLd(page.html);
  const index = indexJsonLd(nodes, page.url);
  const resolve = (value: JsonLdValue | undefined, depth: number): JsonLdValue | undefined => {
    if (Array.isArray(value))
      return (value as readonly JsonLdValue[]).map((item) => resolve(item, depth) as JsonLdValue);
    const node = resolveJsonLd(value, index, page.url);
    if (!isJsonLdNode(node) || depth === 0) return node;
    return Object.fromEntries(
      Object.entries(node).map(([key, child]) => [
        key,
        key.startsWith('@') ? child : resolve(child, depth - 1),
      ]),
    ) as JsonLdNode;
  };
  const harvested = nodes.flatMap((raw) => {
    const node = withoutPersons(resolve(raw, RESOLVE_DEPTH)) as JsonLdNode;
    const kind = nodeKind(node);
    return kind ? [{ node, kind }] : [];
  });
  const publisher = harvested.find((entry) => isOrganisation(entry.node))?.node;
  const origin = new URL(page.url).origin;
  const rebase = (url: string) =>
    page.publicOrigin && url.startsWith(origin) ? `${page.publicOrigin}${url.slice(origin.length)}` : url;
  const records = harvested.map(({ node, kind }) => ({
    id: rebase(
      idOf(
        node,
        kind === 'organization'
          ? `${origin}/#org-${nameSlug(node)}`
          : `${page.url}#${kind}-${nameSlug(node)}`,
        page.url,
      ),
    ),
    page: rebase(page.url),
    kind,
    language: page.language,
    lastmod: page.lastmod,
    node,
    publisher: publisher === node ? undefined : publisher,
  }));
  return { records, unreadableBlocks: errors.length };
}

function idOf(node: JsonLdNode, fallback: string, page: string): string {
  const id = node['@id'];
  if (typeof id !== 'string' || !id.trim()) return fallback;
  try {
    return new URL(id.trim(), page).toString();
  } catch {
    return fallback;
  }
}

/**
 * Personal data out of a node before anything stores it: a `Person` (an event's organiser, a job's contact)
 * keeps only its type, an `email` stays only when it is an organisation's mailbox (`mailto:` removed), and
 * private persons' addresses are cut out of texts.
 */
function withoutPersons(value: JsonLdValue | undefined): JsonLdValue | undefined {
  if (typeof value === 'string') return withoutPersonalEmails(value);
  if (Array.isArray(value))
    return (value as readonly JsonLdValue[]).map((item) => withoutPersons(item) as JsonLdValue);
  if (!isJsonLdNode(value)) return value;
  if (hasJsonLdType(value, 'Person')) return { '@type': 'Person' };
  const clean: Record<string, JsonLdValue> = {};
  for (const [key, child] of Object.entries(value)) {
    if (child === undefined) continue;
    if (schemaTerm(key) !== 'email') clean[key] = withoutPersons(child) as JsonLdValue;
    else {
      const mailbox = publicEmail(jsonLdText(child)?.replace(/^mailto:/i, ''));
      if (mailbox) clean[key] = mailbox;
    }
  }
  return clean;
}
