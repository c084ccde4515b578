import { stripPersonalData } from '../sdk/index.ts';

/**
 * Removes personal data from a raw HSDS record, at any depth, before anything else sees it, so that it
 * reaches neither the store nor the quarantine:
 * - reviewers and editors (`assurer_email`, `pc_metadata.assured_by`, `metadata[].updated_by`) and the
 *   addressee of an address (`attention`) go;
 * - a contact with a `name` or a `title` is a person and goes with all it holds; a contact without one is a
 *   desk of the organisation and keeps its phones;
 * - an e-mail address stays only when it is an organisation's mailbox (`info@`, `enquiries@`), in `email`
 *   fields and inside descriptions alike.
 */
export function withoutPersonalData(record: unknown): unknown {
  return stripPersonalData(record, {
    fields: ['assurer_email', 'assured_by', 'updated_by', 'attention'],
    contactLists: ['contacts'],
    isPerson,
  });
}

/** A contact that names someone (or their job title) is a person, not an organisation's desk. */
function isPerson(contact: unknown): boolean {
  if (typeof contact !== 'object' || contact === null) return false;
  const { name, title } = contact as { name?: unknown; title?: unknown };
  return (
    (typeof name === 'string' && name.trim() !== '') || (typeof title === 'string' && title.trim() !== '')
  );
}
