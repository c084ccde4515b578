import { z } from 'zod';
import { numeric } from '../sdk/index.ts';

/**
 * The raw format of a loan in Kiva's GraphQL loan search, as the connector's query asks for it (see
 * query.ts), as zod. Lenient where Kiva is (amounts as decimal strings, geocode parts null, a partner
 * without themes), strict about the id, the type and the amount, without which a loan request is no use.
 */

const OptionalText = z.string().nullish();

/** An amount in US dollars as Kiva writes it: a decimal string ("475.00"), sometimes a number. */
const Amount = z.union([
  z
    .string()
    .trim()
    .regex(/^\d+(\.\d+)?$/, 'a decimal amount'),
  z.number().nonnegative(),
]);

/** A named thing with an id (sector, activity, partner). */
const Named = z.object({ id: numeric.nullish(), name: z.string() });

/** One loan: a field partner's loan (`LoanPartner`) or a direct loan (`LoanDirect`). */
export const KivaLoan = z.object({
  __typename: z.enum(['LoanPartner', 'LoanDirect']),
  id: numeric.pipe(z.number().int().positive()),
  status: OptionalText,
  use: OptionalText,
  loanAmount: Amount,
  plannedExpirationDate: OptionalText,
  fundraisingDate: OptionalText,
  loanFundraisingInfo: z.object({ fundedAmount: Amount.nullish() }).nullish(),
  geocode: z
    .object({
      city: OptionalText,
      state: OptionalText,
      latitude: numeric.nullish(),
      longitude: numeric.nullish(),
      country: z.object({ isoCode: OptionalText, name: OptionalText }).nullish(),
    })
    .nullish(),
  sector: Named.nullish(),
  activity: Named.nullish(),
  partnerName: OptionalText,
  themes: z.array(z.string()).nullish(),
  partner: Named.nullish(),
  trusteeName: OptionalText,
  businessName: OptionalText,
});
export type KivaLoan = z.infer<typeof KivaLoan>;

/** The `data` of a loan search response. */
export const KivaLoansData = z.object({
  lend: z.object({
    loans: z.object({ totalCount: numeric, values: z.array(z.unknown()) }),
  }),
});
export type KivaLoansData = z.infer<typeof KivaLoansData>;
