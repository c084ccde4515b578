import { organisationContact, stripPersonalData, withoutPhoneNumbers } from '../sdk/index.ts';

/**
 * Fields that hold a private person's data: the deed's contact person (`contact_id`, `contact`), the welcome
 * message they send applicants, and the picture file, whose name carries the contact's user id.
 */
const PERSONAL_FIELDS = ['contact_id', 'contact', 'initial_message', 'image', 'members', 'participants'];

/** Free-text fields where coordinators leave their phone numbers. */
const TEXT_FIELDS = ['title', 'title_en', 'summary', 'summary_en', 'about_html', 'about_html_en'];

/**
 * Whether a deed was posted peer to peer by a member rather than by an organisation: a resident asking for
 * help with their garden or their care. Such deeds describe a private person's needs and are never harvested.
 */
export function isPeerToPeer(deed: unknown): boolean {
  const fields = deed as { p2p?: unknown } | null;
  return fields?.p2p === true || fields?.p2p === 'true';
}

/**
 * Removes personal data from a raw deed before validation, so that it reaches neither the store nor the
 * quarantine: the contact person and their message go, e-mail addresses of persons and every phone number
 * are cut out of the texts, and the organisation's contact fields keep only what `organisationContact`
 * accepts as the organisation's own.
 */
export function withoutPersonalData(deed: unknown): unknown {
  // The contact is judged on the organisation's fields as sent: stripping removes a personal address first.
  const contact = organisationContactOf(deed);
  const clean = stripPersonalData(deed, { fields: PERSONAL_FIELDS });
  if (typeof clean !== 'object' || clean === null) return clean;
  const record = clean as Record<string, unknown>;
  for (const field of TEXT_FIELDS) {
    if (typeof record[field] === 'string') record[field] = withoutPhoneNumbers(record[field]);
  }
  if (isObject(record.organization)) {
    const org = record.organization;
    if (typeof org.about_html === 'string') org.about_html = withoutPhoneNumbers(org.about_html);
    org.email = contact?.email ?? null;
    org.phone = contact?.phone ?? null;
  }
  return record;
}

function organisationContactOf(deed: unknown) {
  const org = isObject(deed) ? deed.organization : undefined;
  if (!isObject(org)) return undefined;
  return organisationContact({
    email: typeof org.email === 'string' ? org.email : undefined,
    phone: typeof org.phone === 'string' ? org.phone : undefined,
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
