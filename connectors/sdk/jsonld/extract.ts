import { type JsonLdNode, jsonLdNodes } from './nodes.ts';
import { parseJsonLd } from './parse.ts';
import { jsonLdScripts } from './scripts.ts';

/** A JSON-LD block of a page that could not be read, with its position among the page's blocks. */
export interface JsonLdBlockError {
  /** 0-based index of the block among the page's JSON-LD scripts. */
  readonly block: number;
  readonly message: string;
}

/** What a page's JSON-LD holds: its top-level nodes, and the blocks that could not be parsed. */
export interface ExtractedJsonLd {
  /** Top-level nodes of every block in document order, `@graph`s and arrays flattened. */
  readonly nodes: JsonLdNode[];
  readonly errors: JsonLdBlockError[];
  /** How many blocks were repaired before they parsed (see `parseJsonLd`). */
  readonly repaired: number;
}

/**
 * Reads every JSON-LD block of an HTML page into nodes. One broken block never costs the others: it is
 * reported in `errors` with what is wrong, and the remaining blocks are read.
 *
 * @example
 * const { nodes, errors } = extractJsonLd(await response.text());
 * const demands = walkJsonLd(nodes).filter((node) => hasJsonLdType(node, 'Demand'));
 */
export function extractJsonLd(html: string): ExtractedJsonLd {
  const nodes: JsonLdNode[] = [];
  const errors: JsonLdBlockError[] = [];
  let repaired = 0;
  jsonLdScripts(html).forEach((text, block) => {
    const parsed = parseJsonLd(text);
    if (!parsed.ok) {
      errors.push({ block, message: parsed.error });
      return;
    }
    if (parsed.repaired) repaired++;
    nodes.push(...jsonLdNodes(parsed.value));
  });
  return { nodes, errors, repaired };
}
