import type { UnhashedSourceRecord } from '../../schema/index.ts';
import type { MapContext } from '../sdk/index.ts';
import type { HsdsConfig } from './config.ts';
import { firstLocation } from './location.ts';
import { organisationProfile } from './profile.ts';
import type { HsdsOrganization } from './raw.ts';
import { serviceLabels } from './service-labels.ts';

/**
 * Maps one HSDS organisation to a source record of kind `initiative` (`org-<id>`): the directory's profile
 * of the organisation, with its services (when the feed nests them) as offers and their classifications as
 * the organisation's themes.
 */
export function mapOrganization(
  raw: HsdsOrganization,
  context: MapContext<HsdsConfig>,
): UnhashedSourceRecord[] {
  const services = raw.services ?? [];
  const labels = services.flatMap((service) => serviceLabels(service));
  const sourceId = `org-${raw.id}`;
  return [
    {
      key: `${context.source}:${sourceId}`,
      source: context.source,
      sourceId,
      kind: 'initiative',
      harvestedAt: context.harvestedAt,
      initiative: organisationProfile(raw, {
        labels: labels.map((label) => label.text),
        audiences: labels.filter((label) => label.audience).map((label) => label.text),
        services,
        location: firstLocation(raw.locations ?? [], context.config.country),
        phones: raw.phones,
        now: context.harvestedAt,
      }),
    },
  ];
}
