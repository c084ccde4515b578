import { z } from 'zod';
import { jsonLdFirst, type JsonLdNode, jsonLdString } from '../sdk/index.ts';

const Node = z.record(z.string(), z.unknown()).transform((node) => node as JsonLdNode);

/**
 * One listing of a page: a schema.org `Offer` or `Demand` with the references it makes resolved, and the
 * organisation behind it (its `seller`, `offeredBy` or `provider`, or the organisation that `makesOffer` or
 * `seeks` it). The crawler yields only listings of organisations; persons never get this far. A listing
 * needs something to call it (a `name`, its item's name or a description) and its organisation a name.
 */
export const MarketListing = z
  .object({
    /** The listing's `@id`, or an id made from the page and the listing's position. */
    id: z.string().min(1),
    /** The page the listing was found on. */
    page: z.url({ protocol: /^https?$/ }),
    type: z.enum(['Offer', 'Demand']),
    /** `<html lang>` of the page. */
    language: z.string().optional(),
    /** The page's `lastmod` in the sitemap. */
    lastmod: z.string().optional(),
    node: Node,
    organisation: Node,
  })
  .superRefine((record, context) => {
    const item = jsonLdFirst(record.node, 'itemOffered');
    if (
      !jsonLdString(record.node, 'name') &&
      !jsonLdString(item, 'name') &&
      !jsonLdString(record.node, 'description')
    ) {
      context.addIssue({
        code: 'custom',
        path: ['node', 'name'],
        message: `a ${record.type} needs a name, an item with a name or a description`,
      });
    }
    if (!jsonLdString(record.organisation, 'name') && !jsonLdString(record.organisation, 'legalName')) {
      context.addIssue({
        code: 'custom',
        path: ['organisation', 'name'],
        message: 'the organisation behind a listing needs a name',
      });
    }
  });
export type MarketListing = z.infer<typeof MarketListing>;
