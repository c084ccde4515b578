import { publicEmail } from './normalize/index.ts';

/** An e-mail address inside text, a `mailto:` link included. */
const EMAIL = /(?:mailto:)?[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

/**
 * Removes the e-mail addresses of private persons from free text (a description that says "contact Jan at
 * jan.jansen@gmail.com"), keeping organisations' mailboxes (`info@`, `secretariaat@`). Descriptions reach the
 * store and the quarantine verbatim, so connectors run this over raw text before validation.
 *
 * @example
 * withoutPersonalEmails('Mail jan.jansen@gmail.com or info@buurtkracht.nl'); // 'Mail  or info@buurtkracht.nl'
 */
export function withoutPersonalEmails(text: string): string {
  return text.replace(EMAIL, (match) => (publicEmail(match.replace(/^mailto:/, '')) ? match : ''));
}
