/** Local parts that name a role or an organisation mailbox rather than a person. */
const ROLE_MAILBOX =
  /^(info|contact|hallo|hello|hoi|mail|post|office|kantoor|secretariaat|secretary|bestuur|board|admin|team|vrijwilligers|volunteers?|welkom|vragen|support|service|events?|pers|press|redactie|donaties|donations|fundraising|fondsenwerving|aanmelden|kontakt|buero|buro|verein|stiftung|ledenadministratie|penningmeester|treasurer|communicatie|media)([._-].*)?$/i;
/** Mail providers whose addresses usually belong to private persons. */
const PERSONAL_PROVIDERS =
  /@(gmail|googlemail|hotmail|outlook|live|msn|yahoo|icloud|me|ziggo|kpnmail|planet|home|xs4all|gmx|web|t-online|aol|protonmail)\./i;

/**
 * Keeps an e-mail address only when it is an organisation's public mailbox (a role address such as info@ or
 * secretariaat@ on a non-personal domain). Addresses of private persons are never harvested.
 */
export function publicEmail(raw: string | null | undefined): string | undefined {
  const email = raw?.trim().toLowerCase();
  if (!email || !/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/.test(email)) return undefined;
  if (PERSONAL_PROVIDERS.test(email)) return undefined;
  const local = email.slice(0, email.indexOf('@'));
  return ROLE_MAILBOX.test(local) ? email : undefined;
}

/**
 * Keeps a phone number only when the source marks it as the organisation's public number; a number next to a
 * person's name is personal data and is dropped.
 */
export function publicPhone(
  raw: string | null | undefined,
  options: { organisational: boolean },
): string | undefined {
  const phone = raw?.trim();
  if (!phone || !options.organisational) return undefined;
  return /^[+\d][\d\s().-]{5,}$/.test(phone) ? phone.replace(/\s+/g, ' ') : undefined;
}
