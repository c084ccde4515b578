/**
 * Removes personal data from a raw project before anything else sees it, so that it reaches neither the
 * store nor the quarantine: the `contact` (the project manager, a private person) goes, and a carrier that
 * is not an organisation becomes null, because then its name is a person's name.
 */
export function withoutPersonalData(record: unknown): unknown {
  if (!isObject(record)) return record;
  const { contact: _contact, ...rest } = record;
  if ('carrier' in rest && organisationIdOf(rest.carrier) === undefined) rest.carrier = null;
  return rest;
}

/** Drops the contact person from organisation details. */
export function organisationWithoutPersonalData(organisation: unknown): unknown {
  if (!isObject(organisation)) return organisation;
  const { contact: _contact, ...rest } = organisation;
  return rest;
}

/**
 * The organisation id of an embedded carrier, or undefined when the carrier is not an organisation:
 * betterplace gives only organisations a `self` link (`/api_v4/organisations/{id}.json`).
 */
export function organisationIdOf(carrier: unknown): number | undefined {
  if (!isObject(carrier) || !Array.isArray(carrier.links)) return undefined;
  for (const link of carrier.links) {
    if (!isObject(link) || link.rel !== 'self' || typeof link.href !== 'string') continue;
    const match = /\/organisations\/(\d+)(?:\.json)?(?:[?#]|$)/.exec(link.href);
    if (match) return Number(match[1]);
  }
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
