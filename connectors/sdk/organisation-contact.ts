import type { Contact } from '../../schema/index.ts';
import { normalizeUrl, publicEmail, publicPhone } from './normalize/index.ts';

/** What a platform gives as an organisation's contact details. */
export interface ContactInput {
  readonly email?: string | null;
  readonly phone?: string | null;
  readonly url?: string | null;
}

/** Numbers platforms put in required phone fields when they have none ("0123456789", "0000000000"). */
function placeholder(digits: string): boolean {
  return /^(\d)\1+$/.test(digits) || '01234567890'.includes(digits) || digits.length < 9;
}

/**
 * The public contact of an organisation from the contact fields a platform keeps on the organisation: the
 * e-mail address only when it is a role mailbox (`info@`, `volunteers@`), and the phone number only when the
 * e-mail next to it is not a private person's. Volunteer platforms fill an organisation's contact fields with
 * whoever registered it: a personal address marks the slot as a person's, and the number beside it (often a
 * mobile) is then that person's too. Placeholder numbers are dropped. Undefined when nothing public is left.
 *
 * @example
 * organisationContact({ email: 'volunteers@rspb.org.uk', phone: '+441767680551' });
 * // { email: 'volunteers@rspb.org.uk', phone: '+441767680551' }
 * organisationContact({ email: 'jan.jansen@gmail.com', phone: '06-12345678' }); // undefined
 */
export function organisationContact(input: ContactInput): Contact | undefined {
  const email = publicEmail(input.email);
  const personal = Boolean(input.email?.trim()) && email === undefined;
  // North American numbers start with the area code in brackets, which `publicPhone` reads as no number.
  const phone = publicPhone(input.phone?.replace(/[()]/g, ''), { organisational: !personal })
    ? input.phone?.trim().replace(/\s+/g, ' ')
    : undefined;
  const contact: Contact = {};
  if (email) contact.email = email;
  if (phone && !placeholder(phone.replace(/\D/g, ''))) contact.phone = phone;
  const url = normalizeUrl(input.url);
  if (url) contact.url = url;
  return Object.keys(contact).length > 0 ? contact : undefined;
}
