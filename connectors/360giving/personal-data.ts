import { stripPersonalData } from '../sdk/index.ts';

/** Whether a raw grant went to an individual (`recipientIndividual`): personal data, never harvested. */
export function isGrantToIndividual(grant: unknown): boolean {
  return typeof grant === 'object' && grant !== null && 'recipientIndividual' in grant;
}

/**
 * Removes personal data from a raw grant before anything else sees it, so that it reaches neither the
 * store nor the quarantine: an organisation's contact name and telephone (a person's direct line) go, and
 * e-mail addresses stay only when they are organisation mailboxes, in `email` fields and inside text alike.
 */
export function withoutPersonalData(grant: unknown): unknown {
  return stripPersonalData(grant, { fields: ['contactName', 'telephone'] });
}
