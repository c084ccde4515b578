import type { Opportunity, UnhashedSourceRecord } from '../../schema/index.ts';
import { htmlToText, type MapContext, normalizeUrl, toIsoDate, toIsoDateTime } from '../sdk/index.ts';
import type { IdealistConfig } from './config.ts';
import { labelOf, labelsOf } from './labels.ts';
import { idealistLocation, organisationProfile } from './organisation.ts';
import type { IdealistVolop } from './raw.ts';

/**
 * Maps one volunteer opportunity to a source record of kind `opportunity`, with the organisation that
 * posted it as the initiative. An unpublished listing becomes `closed`, as does a one-time listing past its
 * end date; Idealist has no "filled" state.
 */
export function mapVolop(raw: IdealistVolop, context: MapContext<IdealistConfig>): UnhashedSourceRecord[] {
  const page = normalizeUrl(raw.url?.[context.config.locale] ?? raw.url?.en);
  const onsite = raw.locationType !== 'REMOTE';
  const opportunity: Opportunity = {
    title: htmlToText(raw.name) ?? raw.name,
    description: htmlToText(raw.description),
    skills: labelsOf(raw.functions),
    schedule: scheduleOf(raw),
    startsOn: toIsoDate(raw.startDate),
    endsOn: toIsoDate(raw.endDate),
    remote: raw.locationType === 'REMOTE' || raw.locationType === 'HYBRID',
    location: onsite ? idealistLocation(raw.address) : undefined,
    spots: raw.numVolunteersNeeded ?? undefined,
    applyUrl: normalizeUrl(raw.applyUrl) ?? page,
    status: statusOf(raw, context.harvestedAt),
  };
  return [
    {
      key: `${context.source}:${raw.id}`,
      source: context.source,
      sourceId: raw.id,
      kind: 'opportunity',
      url: page,
      harvestedAt: context.harvestedAt,
      sourceUpdatedAt: toIsoDateTime(raw.updated),
      initiative: {
        ...organisationProfile(raw.org, raw.areasOfFocus ?? []),
        needs: [{ type: 'volunteers', description: opportunity.title, quantity: opportunity.spots }],
      },
      opportunity,
    },
  ];
}

/**
 * Open while published, unless it is a one-time listing whose end date has passed. Idealist unpublishes
 * listings when they expire, so `isPublished` decides; `expires` itself is not read, since listings are
 * extended past it.
 */
function statusOf(raw: IdealistVolop, harvestedAt: string): Opportunity['status'] {
  if (!raw.isPublished) return 'closed';
  const ends = Date.parse(raw.endDate ? `${toIsoDate(raw.endDate)}T23:59:59Z` : '');
  return !Number.isNaN(ends) && ends < Date.parse(harvestedAt) ? 'closed' : 'open';
}

/** "Recurring; weekdays evenings, weekends daytime; 18:00-20:00 (America/New_York); a few hours a week". */
function scheduleOf(raw: IdealistVolop): string | undefined {
  const parts = [
    raw.isRecurring === true ? 'Recurring' : raw.isRecurring === false ? 'One-time' : undefined,
    labelsOf(raw.timesOfDay)
      .map((label) => label.toLowerCase())
      .join(', ') || undefined,
    raw.startTime && raw.endTime
      ? `${raw.startTime.slice(0, 5)}-${raw.endTime.slice(0, 5)}${raw.timezone ? ` (${raw.timezone})` : ''}`
      : undefined,
    raw.expectedTime ? labelOf(raw.expectedTime).toLowerCase() : undefined,
  ].filter((part): part is string => part !== undefined);
  return parts.length > 0 ? parts.join('; ') : undefined;
}
