import { compareKeys } from '../shared/relay.ts';
import type { IndexedInitiative } from './initiative-facts.ts';

/** Orders of initiative lists (`InitiativeOrder` in the schema; RELEVANCE only where there is a query). */
export const INITIATIVE_ORDERS = [
  'NAME',
  'UPDATED_AT',
  'FOUNDED_ON',
  'FOUNDED_ON_DESC',
  'RELEVANCE',
] as const;
export type InitiativeOrder = (typeof INITIATIVE_ORDERS)[number];

const DAY_MS = 86_400_000;
/** Sorts initiatives without a founding date after every dated one, in both directions. */
const UNDATED = Number.MAX_SAFE_INTEGER;

function foundedDays(doc: IndexedInitiative): number | undefined {
  return doc.foundedOn ? Math.round(Date.parse(doc.foundedOn) / DAY_MS) : undefined;
}

/**
 * The keyset sort key of an initiative in an order (ascending; descending orders negate numbers), ending in the
 * id so that every key is unique and cursors stay valid while the list changes.
 */
export function orderKey(
  order: Exclude<InitiativeOrder, 'RELEVANCE'>,
  doc: IndexedInitiative,
): (string | number)[] {
  switch (order) {
    case 'NAME':
      return [doc.sortName, doc.id];
    case 'UPDATED_AT':
      return [-doc.updatedAt, doc.id];
    case 'FOUNDED_ON':
      return [foundedDays(doc) ?? UNDATED, doc.id];
    case 'FOUNDED_ON_DESC': {
      const days = foundedDays(doc);
      return [days === undefined ? UNDATED : -days, doc.id];
    }
  }
}

/** A comparator for an order, for sorting the whole index once per change. */
export function orderComparator(
  order: Exclude<InitiativeOrder, 'RELEVANCE'>,
): (a: IndexedInitiative, b: IndexedInitiative) => number {
  return (a, b) => compareKeys(orderKey(order, a), orderKey(order, b));
}
