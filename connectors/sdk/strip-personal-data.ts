import { publicEmail } from './normalize/index.ts';
import { withoutPersonalEmails } from './personal-emails.ts';

/** What a connector knows about where its platform keeps personal data. */
export interface PersonalDataRules {
  /** Field names that hold a person's data wherever they occur (`contactName`, `assured_by`). */
  readonly fields: readonly string[];
  /** Lists under these field names hold contacts; the elements `isPerson` accepts are removed whole. */
  readonly contactLists?: readonly string[];
  /** Whether a contact is a person rather than an organisation's desk; contact lists keep the others. */
  readonly isPerson?: (contact: unknown) => boolean;
}

/**
 * Removes personal data from a raw record at any depth, before validation, so that it reaches neither the
 * store nor the quarantine: the named fields go, persons in contact lists go, `email` fields keep only an
 * organisation's mailbox, and private persons' e-mail addresses are cut out of every text.
 *
 * @example
 * stripPersonalData(grant, { fields: ['contactName', 'telephone'] });
 */
export function stripPersonalData(value: unknown, rules: PersonalDataRules): unknown {
  const fields = new Set(rules.fields);
  const contactLists = new Set(rules.contactLists ?? []);
  const strip = (current: unknown): unknown => {
    if (typeof current === 'string') return withoutPersonalEmails(current);
    if (Array.isArray(current)) return current.map(strip);
    if (typeof current !== 'object' || current === null) return current;
    const clean: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(current)) {
      if (fields.has(key)) continue;
      if (key === 'email') {
        const mailbox = typeof child === 'string' ? publicEmail(child) : undefined;
        if (mailbox) clean.email = mailbox;
      } else if (contactLists.has(key) && Array.isArray(child)) {
        clean[key] = child.filter((contact) => !rules.isPerson?.(contact)).map(strip);
      } else clean[key] = strip(child);
    }
    return clean;
  };
  return strip(value);
}
