import type { UnhashedSourceRecord } from '../../schema/index.ts';
import type { MapContext } from '../sdk/index.ts';
import type { JsonLdConfig } from './config.ts';
import { organisationProfile } from './profile.ts';
import type { JsonLdRecord } from './raw.ts';
import { recordBase } from './record-base.ts';

/** An organisation node (NGO, Organization, or any node with a nonprofit status) as an initiative record. */
export function mapOrganization(
  raw: JsonLdRecord,
  context: MapContext<JsonLdConfig>,
): UnhashedSourceRecord[] {
  const { fields, profile } = recordBase(raw, context);
  return [{ ...fields, kind: 'initiative', initiative: organisationProfile(raw.node, profile) }];
}
