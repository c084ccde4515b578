import { stripPersonalData } from '../sdk/index.ts';

/**
 * The project leader's fields: `contactName` and `contactTitle` name a private person, and the other
 * `contact*` fields are that person's details, often a home address. The organisation's own address and
 * website are kept; they live in `organization`.
 */
export const CONTACT_FIELDS = [
  'contactName',
  'contactTitle',
  'contactAddress',
  'contactAddress2',
  'contactCity',
  'contactState',
  'contactPostal',
  'contactCountry',
  'contactPhone',
  'contactEmail',
  'contactUrl',
] as const;

/**
 * Removes the project's contact person before anything else sees the record, so that it reaches neither the
 * store nor the quarantine; private persons' e-mail addresses in texts go too (SDK `stripPersonalData`).
 */
export function withoutContactPerson(record: unknown): unknown {
  return stripPersonalData(record, { fields: CONTACT_FIELDS });
}
