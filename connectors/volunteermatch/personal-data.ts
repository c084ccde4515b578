import { stripPersonalData, withoutPhoneNumbers } from '../sdk/index.ts';

/**
 * Fields that would hold a person's data. The query never asks for them; they are removed anyway, so that an
 * API that sends more than it was asked for still leaves no person in the store or the quarantine.
 */
const PERSONAL_FIELDS = ['contact', 'customFields', 'referralFields'];

/** Free-text fields where coordinators leave their phone numbers. */
const TEXT_FIELDS = ['description', 'plaintextDescription'];

/**
 * Removes personal data from a raw opportunity before validation: contact fields, persons' e-mail addresses
 * in any text, and phone numbers in the descriptions and the organisation's mission and description. The
 * organisation's own `phoneNumber` field stays: it is the organisation's public number.
 */
export function withoutPersonalData(opportunity: unknown): unknown {
  const clean = stripPersonalData(opportunity, { fields: PERSONAL_FIELDS });
  if (typeof clean !== 'object' || clean === null) return clean;
  const record = clean as Record<string, unknown>;
  withoutPhonesIn(record, TEXT_FIELDS);
  if (typeof record.parentOrg === 'object' && record.parentOrg !== null) {
    withoutPhonesIn(record.parentOrg as Record<string, unknown>, ['mission', 'description']);
  }
  return record;
}

function withoutPhonesIn(record: Record<string, unknown>, fields: readonly string[]): void {
  for (const field of fields) {
    if (typeof record[field] === 'string') record[field] = withoutPhoneNumbers(record[field]);
  }
}
