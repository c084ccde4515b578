import { type Location, mapNeedType, type Money, type NeedType } from '../../schema/index.ts';
import {
  hasJsonLdType,
  jsonLdFirst,
  jsonLdNode,
  type JsonLdNode,
  jsonLdNumber,
  jsonLdString,
  jsonLdText,
  jsonLdTypes,
  jsonLdValues,
  money,
  schemaOrgLocation,
  schemaTerm,
  toIsoDate,
} from '../sdk/index.ts';

/** The categories of a Listing (MODEL.md). */
export type ListingCategory = 'money' | 'goods' | 'services' | 'space' | 'knowledge' | 'volunteers' | 'loan';

/** Listing categories the item's schema.org type implies. */
const ITEM_TYPE_CATEGORY: readonly (readonly [readonly string[], ListingCategory])[] = [
  [['MonetaryAmount', 'MonetaryGrant', 'LoanOrCredit'], 'money'],
  [['Place', 'Accommodation', 'Room', 'Residence', 'CivicStructure'], 'space'],
  [['Course', 'EducationalOccupationalProgram', 'CreativeWork'], 'knowledge'],
  [['Product', 'IndividualProduct', 'ProductModel', 'Vehicle'], 'goods'],
];

const CATEGORY_OF_NEED: Readonly<Partial<Record<NeedType, ListingCategory>>> = {
  money: 'money',
  volunteers: 'volunteers',
  time: 'volunteers',
  materials: 'goods',
  knowledge: 'knowledge',
  space: 'space',
};

/** The labels a listing gives itself: its `category` values and its item's `category` and `@type`-less name. */
export function listingLabels(node: JsonLdNode): string[] {
  const item = jsonLdNode(jsonLdFirst(node, 'itemOffered'));
  const labels = [...jsonLdValues(node, 'category'), ...jsonLdValues(item, 'category')].flatMap(
    (value) => jsonLdText(value) ?? jsonLdString(value, 'name') ?? [],
  );
  return [...new Set(labels.map((label) => label.trim()).filter(Boolean))];
}

/**
 * The listing category: what the labels name (money, volunteers, materials, knowledge, space), else what
 * the item's type implies (a `MonetaryAmount` is money, a `Place` space, a `Product` goods), else services.
 */
export function listingCategory(node: JsonLdNode, labels: readonly string[]): ListingCategory {
  for (const label of labels) {
    for (const type of mapNeedType(label)) {
      const category = CATEGORY_OF_NEED[type];
      if (category) return category;
    }
  }
  const itemTypes = jsonLdTypes(jsonLdFirst(node, 'itemOffered'));
  return (
    ITEM_TYPE_CATEGORY.find(([types]) => types.some((type) => itemTypes.includes(type)))?.[1] ?? 'services'
  );
}

/**
 * The amount offered or asked: `price` with `priceCurrency`; a `priceSpecification` with one price (a
 * compound price of several parts has no single amount); an aggregate offer's `lowPrice`; or, for money
 * itself, the `MonetaryAmount` offered or asked (`value`, `currency`). `fallbackCurrency` fills prices that
 * name none.
 */
export function listingAmount(node: JsonLdNode, fallbackCurrency: string): Money | undefined {
  const currencyOf = (at: JsonLdNode | undefined) =>
    jsonLdString(at, 'priceCurrency') ?? jsonLdString(at, 'currency');
  const item = jsonLdNode(jsonLdFirst(node, 'itemOffered'));
  const candidates: (JsonLdNode | undefined)[] = [
    node,
    singlePrice(jsonLdNode(jsonLdFirst(node, 'priceSpecification'))),
  ];
  for (const at of candidates) {
    const price = jsonLdFirst(at, 'price') ?? jsonLdFirst(at, 'lowPrice');
    if (price === undefined) continue;
    const amount = money(jsonLdText(price), currencyOf(at) ?? currencyOf(node) ?? fallbackCurrency);
    if (amount) return amount;
  }
  if (item && hasJsonLdType(item, 'MonetaryAmount')) {
    const value = jsonLdNumber(jsonLdFirst(item, 'value')) ?? jsonLdNumber(jsonLdFirst(item, 'maxValue'));
    return value === undefined ? undefined : money(value, currencyOf(item) ?? fallbackCurrency);
  }
  return undefined;
}

/** A price specification with one price: itself, or a compound one with a single component. */
function singlePrice(specification: JsonLdNode | undefined): JsonLdNode | undefined {
  if (!specification || !hasJsonLdType(specification, 'CompoundPriceSpecification')) return specification;
  const components = jsonLdValues(specification, 'priceComponent');
  return components.length === 1 ? jsonLdNode(components[0]) : undefined;
}

/** How many: `eligibleQuantity` or `inventoryLevel` (a `QuantitativeValue`'s `value`, or a number). */
export function listingQuantity(node: JsonLdNode): number | undefined {
  for (const property of ['eligibleQuantity', 'inventoryLevel']) {
    const value = jsonLdFirst(node, property);
    const quantity = jsonLdNumber(jsonLdNode(value) ? jsonLdFirst(value, 'value') : value);
    if (quantity !== undefined && quantity >= 0) return quantity;
  }
  return undefined;
}

/** Until when the listing stands: `availabilityEnds`, else `validThrough`. */
export function listingValidUntil(node: JsonLdNode): string | undefined {
  return toIsoDate(jsonLdString(node, 'availabilityEnds') ?? jsonLdString(node, 'validThrough'));
}

/** `closed` when the listing says it is no longer available (sold out, discontinued), else `open`. */
export function listingStatus(node: JsonLdNode): 'open' | 'closed' {
  const availability = schemaTerm(jsonLdString(node, 'availability') ?? '');
  return ['SoldOut', 'OutOfStock', 'Discontinued'].includes(availability) ? 'closed' : 'open';
}

/** Where the listing applies: where it is available from, else the area it serves or its eligible region. */
export function listingLocation(node: JsonLdNode, country: string | undefined): Location | undefined {
  for (const property of ['availableAtOrFrom', 'areaServed', 'eligibleRegion', 'location']) {
    const location = schemaOrgLocation(jsonLdFirst(node, property), country);
    if (location) return location;
  }
  return undefined;
}
