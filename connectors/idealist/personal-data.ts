import { stripPersonalData, withoutPhoneNumbers } from '../sdk/index.ts';

/**
 * Fields where a listing names a person: the apply e-mail address (often the coordinator's own), the apply
 * text (instructions such as "write to Sarah at ..."), and contact fields Idealist may add.
 */
const PERSONAL_FIELDS = ['applyEmail', 'applyText', 'contactName', 'contactEmail', 'contactPhone'];

/**
 * Removes personal data from a listing's details before validation, so that it reaches neither the store
 * nor the quarantine: the apply e-mail and text go, persons' e-mail addresses and every phone number are cut
 * out of the description.
 */
export function withoutPersonalData(volop: unknown): unknown {
  const clean = stripPersonalData(volop, { fields: PERSONAL_FIELDS });
  if (typeof clean !== 'object' || clean === null) return clean;
  const record = clean as Record<string, unknown>;
  if (typeof record.description === 'string') record.description = withoutPhoneNumbers(record.description);
  return record;
}
