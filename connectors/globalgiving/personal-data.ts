/**
 * Removes the project's contact person before anything else sees the record, so that it reaches neither the
 * store nor the quarantine: `contactName` and `contactTitle` name a private person (a project leader), and the
 * other `contact*` fields (address, phone, e-mail, URL) are that person's details, often a home address.
 * The organisation's own address and website are kept; they live in `organization`.
 */
export function withoutContactPerson(record: unknown): unknown {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return record;
  return Object.fromEntries(Object.entries(record).filter(([key]) => !key.startsWith('contact')));
}
