import { publicEmail, withoutPersonalEmails } from '../sdk/index.ts';

/** Fields that hold a person's name or address wherever they occur: reviewers, editors, addressees. */
const PERSONAL_FIELDS = new Set(['assurer_email', 'assured_by', 'updated_by', 'attention', 'contactName']);

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
export function withoutPersonalData(value: unknown): unknown {
  if (typeof value === 'string') return withoutPersonalEmails(value);
  if (Array.isArray(value)) return value.map(withoutPersonalData);
  if (typeof value !== 'object' || value === null) return value;
  const clean: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (PERSONAL_FIELDS.has(key)) continue;
    if (key === 'email') {
      const mailbox = typeof child === 'string' ? publicEmail(child) : undefined;
      if (mailbox) clean.email = mailbox;
      continue;
    }
    if (key === 'contacts' && Array.isArray(child)) {
      clean.contacts = child.filter((contact) => !isPerson(contact)).map(withoutPersonalData);
      continue;
    }
    clean[key] = withoutPersonalData(child);
  }
  return clean;
}

/** A contact that names someone (or their job title) is a person, not an organisation's desk. */
function isPerson(contact: unknown): boolean {
  if (typeof contact !== 'object' || contact === null) return false;
  const { name, title } = contact as { name?: unknown; title?: unknown };
  return (
    (typeof name === 'string' && name.trim() !== '') || (typeof title === 'string' && title.trim() !== '')
  );
}
