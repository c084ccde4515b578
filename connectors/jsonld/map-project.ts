import type { Campaign, Money, UnhashedSourceRecord } from '../../schema/index.ts';
import {
  hasJsonLdType,
  jsonLdFirst,
  jsonLdNode,
  jsonLdNumber,
  jsonLdString,
  jsonLdValues,
  type JsonLdNode,
  type MapContext,
  money,
  toIsoDate,
} from '../sdk/index.ts';
import type { JsonLdConfig } from './config.ts';
import { organisationProfile, text } from './profile.ts';
import type { JsonLdRecord } from './raw.ts';
import { ownerOf, recordBase } from './record-base.ts';

/**
 * A project node. A project that asks for donations (a `DonateAction` among its `potentialAction`s) and has
 * an organisation behind it (`parentOrganization`, `sponsor`, else the page's organisation) is a
 * fundraising campaign of that organisation; any other project is an initiative of its own (schema.org's
 * `Project` is a kind of Organization).
 */
export function mapProject(raw: JsonLdRecord, context: MapContext<JsonLdConfig>): UnhashedSourceRecord[] {
  const { fields, profile } = recordBase(raw, context);
  const donate = jsonLdValues(raw.node, 'potentialAction')
    .map(jsonLdNode)
    .find((action) => hasJsonLdType(action, 'DonateAction'));
  const owner = donate ? ownerOf(raw, ['parentOrganization', 'sponsor']) : undefined;
  if (!donate || !owner)
    return [{ ...fields, kind: 'initiative', initiative: organisationProfile(raw.node, profile) }];
  const endsOn = toIsoDate(jsonLdString(raw.node, 'endDate'));
  const campaign: Campaign = {
    title: text(raw.node, 'name', profile.language) ?? '',
    description: text(raw.node, 'description', profile.language),
    goal: goalOf(donate),
    startsOn: toIsoDate(jsonLdString(raw.node, 'startDate') ?? jsonLdString(raw.node, 'foundingDate')),
    endsOn,
    status: endsOn && endsOn < fields.harvestedAt.slice(0, 10) ? 'closed' : 'open',
  };
  return [{ ...fields, kind: 'campaign', initiative: organisationProfile(owner, profile), campaign }];
}

/** The amount a donation action asks for: its `price`, or its price specification's (maximum) price. */
function goalOf(donate: JsonLdNode): Money | undefined {
  const specification = jsonLdNode(jsonLdFirst(donate, 'priceSpecification'));
  const amount =
    jsonLdNumber(jsonLdFirst(donate, 'price')) ??
    jsonLdNumber(jsonLdFirst(specification, 'price')) ??
    jsonLdNumber(jsonLdFirst(specification, 'maxPrice'));
  const currency = jsonLdString(donate, 'priceCurrency') ?? jsonLdString(specification, 'priceCurrency');
  return amount !== undefined && currency ? money(amount, currency) : undefined;
}
