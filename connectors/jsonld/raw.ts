import { z } from 'zod';
import { jsonLdString, type JsonLdNode } from '../sdk/index.ts';

/** What a structured-data node describes, as the connector harvests it. */
export const NODE_KINDS = ['organization', 'project', 'event', 'volunteer-job'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

const Node = z.record(z.string(), z.unknown()).transform((node) => node as JsonLdNode);

/**
 * One harvested node of a page: an organisation, a project, an event or a volunteer job posting, with the
 * nodes it references resolved, and the page's own organisation (its publisher) for nodes that do not name
 * who runs them. A node needs a name (a job posting its title); unknown properties are kept, since schema.org
 * pages use many.
 */
export const JsonLdRecord = z
  .object({
    /** The node's `@id`, or an id made from the page and the node's position. */
    id: z.string().min(1),
    /** The page the node was found on. */
    page: z.url({ protocol: /^https?$/ }),
    kind: z.enum(NODE_KINDS),
    /** `<html lang>` of the page. */
    language: z.string().optional(),
    /** The page's `lastmod` in the sitemap, when it has one. */
    lastmod: z.string().optional(),
    node: Node,
    publisher: Node.optional(),
  })
  .superRefine((record, context) => {
    const property = record.kind === 'volunteer-job' ? 'title' : 'name';
    const fallback = record.kind === 'volunteer-job' ? 'name' : 'legalName';
    if (!jsonLdString(record.node, property) && !jsonLdString(record.node, fallback)) {
      context.addIssue({
        code: 'custom',
        path: ['node', property],
        message: `a ${record.kind} needs a ${property}`,
      });
    }
  });
export type JsonLdRecord = z.infer<typeof JsonLdRecord>;
