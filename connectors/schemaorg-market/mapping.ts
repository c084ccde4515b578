import {
  HttpUrl,
  mapNeedType,
  mapThemes,
  type Need,
  type NeedType,
  type UnhashedSourceRecord,
} from '../../schema/index.ts';
import {
  htmlToText,
  jsonLdFirst,
  jsonLdNode,
  jsonLdString,
  jsonLdUrl,
  type MapContext,
  toIsoDateTime,
} from '../sdk/index.ts';
import type { SchemaOrgMarketConfig } from './config.ts';
import {
  type ListingCategory,
  listingAmount,
  listingCategory,
  listingLabels,
  listingLocation,
  listingQuantity,
  listingStatus,
  listingValidUntil,
} from './listing-values.ts';
import { organisationProfile } from './organisation.ts';
import type { MarketListing } from './raw.ts';

const NEED_OF_CATEGORY: Readonly<Record<ListingCategory, NeedType>> = {
  money: 'money',
  loan: 'money',
  volunteers: 'volunteers',
  goods: 'materials',
  knowledge: 'knowledge',
  space: 'space',
  services: 'other',
};

/**
 * Maps one schema.org listing to a source record of kind `listing`: a `Demand` is a request, an `Offer`
 * an offer. The organisation behind it is the initiative, with the listing as its need (for a request) or
 * offer, and the listing's own category labels as its categories.
 */
export function mapListing(
  raw: MarketListing,
  context: MapContext<SchemaOrgMarketConfig>,
): UnhashedSourceRecord[] {
  const { node } = raw;
  const item = jsonLdNode(jsonLdFirst(node, 'itemOffered'));
  const description = htmlToText(jsonLdString(node, 'description') ?? jsonLdString(item, 'description'));
  const title =
    htmlToText(jsonLdString(node, 'name')) ??
    htmlToText(jsonLdString(item, 'name')) ??
    firstSentence(description!);
  const labels = listingLabels(node);
  const category = listingCategory(node, labels);
  const amount = listingAmount(node, context.config.currency);
  const type = raw.type === 'Demand' ? 'request' : 'offer';
  const location = listingLocation(node, context.config.country);
  const canonical = jsonLdUrl(jsonLdFirst(node, 'url'), raw.page);
  const profile = organisationProfile(raw.organisation, {
    page: raw.page,
    siteHosts: [raw.page, canonical].flatMap((url) => (url ? [new URL(url).hostname] : [])),
    country: context.config.country,
    language: raw.language ?? context.config.language,
  });
  const needTypes = mapNeedType(labels.join(' ')).filter((needType) => needType !== 'other');
  const help: Need[] = (needTypes.length > 0 ? needTypes : [NEED_OF_CATEGORY[category]]).map((needType) => ({
    type: needType,
    description: title,
    ...(amount && needType === 'money' ? { amount } : {}),
  }));
  const themes = mapThemes([...labels, title]);
  return [
    {
      key: `${context.source}:${sourceIdOf(raw)}`,
      source: context.source,
      sourceId: sourceIdOf(raw),
      kind: 'listing',
      url: publicUrl(canonical) ?? publicUrl(raw.page),
      harvestedAt: context.harvestedAt,
      sourceUpdatedAt: toIsoDateTime(jsonLdString(node, 'dateModified') ?? raw.lastmod),
      initiative: {
        ...profile,
        themes: themes.length > 0 ? themes : undefined,
        categories: labels.length > 0 ? labels : undefined,
        location: profile.location ?? location,
        needs: type === 'request' ? help : undefined,
        offers: type === 'offer' ? help : undefined,
      },
      listing: {
        type,
        category,
        title,
        description,
        amount,
        quantity: listingQuantity(node),
        validUntil: listingValidUntil(node),
        location,
        status: listingStatus(node),
      },
    },
  ];
}

/**
 * The listing's id within the source: the path of its `@id` (`/vraag/12#demand`), whatever host the id
 * names (sites write canonical URLs on `www.` or another host than they are crawled from), or the id as it
 * is when it is no URL.
 */
export function sourceIdOf(raw: Pick<MarketListing, 'id'>): string {
  try {
    const id = new URL(raw.id);
    return /^https?:$/.test(id.protocol) ? `${id.pathname}${id.search}${id.hash}` : raw.id;
  } catch {
    return raw.id;
  }
}

/** A URL the graph can serve as a public page: on a public domain (not a loopback address). */
function publicUrl(url: string | undefined): string | undefined {
  return HttpUrl.safeParse(url).success ? url : undefined;
}

function firstSentence(text: string): string {
  const sentence = /^.*?[.!?](\s|$)/.exec(text)?.[0] ?? text;
  return sentence.trim().slice(0, 160);
}
