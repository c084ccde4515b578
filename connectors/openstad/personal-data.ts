import { publicEmail } from '../sdk/index.ts';
import { isOrganisationName } from './organiser.ts';

/** Top-level idea fields Knooppunt keeps; everything else (user ids, moderation notes, poster images) goes. */
const KEPT_FIELDS = [
  'id',
  'siteId',
  'title',
  'summary',
  'description',
  'status',
  'startDate',
  'endDate',
  'createdAt',
  'updatedAt',
  'location',
  'position',
] as const;

/** `extraData` fields kept as they are; the organiser's name and e-mail are checked separately. */
const KEPT_EXTRA_FIELDS = [
  'theme',
  'area',
  'isOrganiserQuestion',
  'isOrganiserWebsite',
  'helpNeededQuestion',
  'helpNeededDescription',
  'images',
] as const;

/**
 * Keeps only the public, non-personal fields of an idea before anything else sees it, so that personal data
 * reaches neither the store nor the quarantine. An allow-list rather than a deny-list, because every
 * OpenStad site adds its own `extraData` fields: phone numbers, e-mail addresses, the "how to apply" text
 * with a contact person's name, the user id. The organiser's name stays only when it names an organisation
 * (see `isOrganisationName`), its e-mail only when it is a role address of one. `posterImageUrl` is dropped
 * too: it is a Street View URL carrying the site's Google API key.
 */
export function keepPublicFields(record: unknown): unknown {
  if (!isObject(record)) return record;
  const kept: Record<string, unknown> = {};
  for (const field of KEPT_FIELDS) if (field in record) kept[field] = record[field];
  const extra = record.extraData;
  if (isObject(extra)) {
    const keptExtra: Record<string, unknown> = {};
    for (const field of KEPT_EXTRA_FIELDS) if (field in extra) keptExtra[field] = extra[field];
    const name = typeof extra.isOrganiserName === 'string' ? extra.isOrganiserName : undefined;
    const website = typeof extra.isOrganiserWebsite === 'string' ? extra.isOrganiserWebsite : undefined;
    if (isOrganisationName(name, website)) {
      keptExtra.isOrganiserName = name;
      const email = publicEmail(
        typeof extra.isOrganiserEmail === 'string' ? extra.isOrganiserEmail : undefined,
      );
      if (email) keptExtra.isOrganiserEmail = email;
    }
    kept.extraData = keptExtra;
  } else if ('extraData' in record) kept.extraData = extra;
  return kept;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
