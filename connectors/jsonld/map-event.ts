import type { Opportunity, UnhashedSourceRecord } from '../../schema/index.ts';
import {
  hasJsonLdType,
  jsonLdFirst,
  jsonLdNode,
  jsonLdNumber,
  jsonLdString,
  jsonLdUrl,
  jsonLdValues,
  type MapContext,
  schemaTerm,
  toIsoDate,
} from '../sdk/index.ts';
import type { JsonLdConfig } from './config.ts';
import { placeLocation } from './location.ts';
import { organisationProfile, text } from './profile.ts';
import type { JsonLdRecord } from './raw.ts';
import { ownerOf, recordBase } from './record-base.ts';

/**
 * An event (a repair café, a clean-up day, a training) as an opportunity to take part, of the organisation
 * that organises it (else the page's organisation; an event only a person organises is not harvested).
 * Cancelled and past events are closed; online ones are remote.
 */
export function mapEvent(raw: JsonLdRecord, context: MapContext<JsonLdConfig>): UnhashedSourceRecord[] {
  const owner = ownerOf(raw, ['organizer']);
  if (!owner) return [];
  const { fields, profile } = recordBase(raw, context);
  const node = raw.node;
  const startsOn = toIsoDate(jsonLdString(node, 'startDate'));
  const endsOn = toIsoDate(jsonLdString(node, 'endDate'));
  const last = endsOn ?? startsOn;
  const status = schemaTerm(jsonLdString(node, 'eventStatus') ?? '');
  const mode = schemaTerm(jsonLdString(node, 'eventAttendanceMode') ?? '');
  const places = jsonLdValues(node, 'location');
  const physical = places.find((place) => !hasJsonLdType(place, 'VirtualLocation'));
  const capacity =
    jsonLdNumber(jsonLdFirst(node, 'remainingAttendeeCapacity')) ??
    jsonLdNumber(jsonLdFirst(node, 'maximumAttendeeCapacity'));
  const opportunity: Opportunity = {
    title: text(node, 'name', profile.language) ?? '',
    description: text(node, 'description', profile.language),
    skills: [],
    startsOn,
    endsOn,
    remote: mode === 'OnlineEventAttendanceMode' || (places.length > 0 && physical === undefined),
    location: placeLocation(physical, profile.country),
    spots: capacity !== undefined && Number.isInteger(capacity) && capacity >= 0 ? capacity : undefined,
    applyUrl:
      jsonLdUrl(jsonLdFirst(jsonLdNode(jsonLdFirst(node, 'offers')), 'url'), raw.page) ??
      jsonLdUrl(jsonLdFirst(node, 'url'), raw.page),
    status:
      status === 'EventCancelled' || (last !== undefined && last < fields.harvestedAt.slice(0, 10))
        ? 'closed'
        : 'open',
  };
  return [{ ...fields, kind: 'opportunity', initiative: organisationProfile(owner, profile), opportunity }];
}
