import type { Listing, UnhashedSourceRecord } from '../../schema/index.ts';
import { htmlToText, type MapContext, money, normalizeUrl, toIsoDateTime } from '../sdk/index.ts';
import type { HsdsConfig } from './config.ts';
import { firstLocation } from './location.ts';
import { organisationProfile } from './profile.ts';
import type { HsdsCostOption, HsdsService } from './raw.ts';
import { serviceLabels } from './service-labels.ts';

/** HSDS service statuses that mean the service no longer runs. */
const CLOSED = new Set(['inactive', 'defunct', 'temporarily closed']);

/**
 * Maps one HSDS service to a source record of kind `listing` (`service-<id>`): an offer of services by the
 * organisation that provides it, which is the record's initiative. A service is what an organisation
 * offers the public, ongoing and at a place, so it is neither a volunteer opportunity nor a profile of its
 * own; as a listing it is queryable as the organisation's offers and can be matched with requests. A
 * service that names no organisation is taken to be offered by an organisation of the same name.
 */
export function mapService(raw: HsdsService, context: MapContext<HsdsConfig>): UnhashedSourceRecord[] {
  const title = htmlToText(raw.name) ?? raw.name.trim();
  const labels = serviceLabels(raw);
  const location = firstLocation(
    [...(raw.service_at_locations ?? []).map((at) => at.location), ...(raw.locations ?? [])],
    context.config.country,
  );
  const listing: Listing = {
    type: 'offer',
    category: 'services',
    title,
    description: htmlToText(raw.description),
    amount: amountOf(raw.cost_options ?? []),
    location,
    status: CLOSED.has((raw.status ?? '').trim().toLowerCase()) ? 'closed' : 'open',
  };
  const organisation = raw.organization ?? {
    name: raw.name,
    description: raw.description,
    email: raw.email,
    url: raw.url,
  };
  const sourceId = `service-${raw.id}`;
  const template = context.config.serviceUrlTemplate;
  return [
    {
      key: `${context.source}:${sourceId}`,
      source: context.source,
      sourceId,
      kind: 'listing',
      url: template
        ? normalizeUrl(template.replaceAll('{id}', encodeURIComponent(raw.id)))
        : normalizeUrl(raw.url),
      harvestedAt: context.harvestedAt,
      sourceUpdatedAt: toIsoDateTime(raw.last_modified) ?? toIsoDateTime(raw.pc_metadata?.date_modified),
      initiative: organisationProfile(organisation, {
        labels: labels.map((label) => label.text),
        audiences: labels.filter((label) => label.audience).map((label) => label.text),
        location: firstLocation(raw.organization?.locations ?? [], context.config.country),
        phones: raw.organization ? raw.organization.phones : raw.phones,
        now: context.harvestedAt,
      }),
      listing,
    },
  ];
}

/** The price of the service when it has exactly one amount in a known currency; free services have none. */
function amountOf(options: readonly HsdsCostOption[]) {
  const priced = options.filter((option) => option.amount !== null && option.amount !== undefined);
  const [only] = priced;
  if (priced.length !== 1 || !only?.currency) return undefined;
  return money(only.amount, only.currency);
}
