/**
 * A phone number inside text: international (`+44 20 7790 8204`, `+31(0)30-1234567`), national with a trunk
 * zero (`020 7790 8204`, `06-12345678`, `0800 688 9984`) or North American (`(212) 555-0147`, `212-555-0147`).
 * Not preceded or followed by a letter or digit, so account numbers and ids are left alone.
 */
const PHONE =
  /(?<![\w+])(?:\+\d{1,3}[\s.-]?(?:\(0\)[\s.-]?)?\d{1,4}(?:[\s.-]?\d{2,4}){1,4}|0\d{1,4}(?:[\s./-]{0,3}\d{2,4}){1,4}|\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4})(?![\w])/g;

/** A date written day-month-year, which the national pattern could otherwise take for a number. */
const DATE = /^\d{1,2}[-./]\d{1,2}[-./]\d{2,4}/;

/**
 * Removes phone numbers from free text (a vacancy that says "call Lois on 07700 900123"). Volunteer
 * platforms put coordinators' numbers in descriptions, and a number in running text cannot be told apart
 * from an organisation's switchboard, so every number goes; organisation numbers the platform keeps in a
 * field of their own are kept by the mapping (`organisationContact`). Connectors run this over raw text
 * before validation, since descriptions reach the store and the quarantine verbatim.
 *
 * @example
 * withoutPhoneNumbers('Phone: 020 7790 8204, Tue-Thu'); // 'Phone: , Tue-Thu'
 */
export function withoutPhoneNumbers(text: string): string {
  return text.replace(PHONE, (match) => {
    const digits = match.replace(/\D/g, '').length;
    return digits >= 9 && digits <= 15 && !DATE.test(match) ? '' : match;
  });
}
