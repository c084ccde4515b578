import { z } from 'zod';
import { Location } from './location.ts';
import { HttpUrl, Identifier, IsoDate, Money, Text } from './primitives.ts';

/** A crowdfunding or donation project (kind = campaign). */
export const Campaign = z
  .object({
    title: Text,
    description: Text.optional(),
    goal: Money.optional(),
    raised: Money.optional(),
    backers: z.number().int().nonnegative().optional(),
    startsOn: IsoDate.optional(),
    endsOn: IsoDate.optional(),
    status: z.enum(['open', 'funded', 'closed', 'failed']),
    tags: z.array(Text).optional(),
  })
  .describe('Campaign');
export type Campaign = z.infer<typeof Campaign>;

/** A volunteer vacancy (kind = opportunity). */
export const Opportunity = z
  .object({
    title: Text,
    description: Text.optional(),
    skills: z.array(Text),
    hoursPerWeek: z.number().nonnegative().optional(),
    schedule: Text.optional(),
    startsOn: IsoDate.optional(),
    endsOn: IsoDate.optional(),
    remote: z.boolean(),
    location: Location.optional(),
    spots: z.number().int().nonnegative().optional(),
    applyUrl: HttpUrl.optional(),
    status: z.enum(['open', 'filled', 'closed']),
  })
  .describe('Opportunity');
export type Opportunity = z.infer<typeof Opportunity>;

/** A marketplace offer or request, including loan requests (kind = listing). */
export const Listing = z
  .object({
    type: z.enum(['offer', 'request']),
    category: z.enum(['money', 'goods', 'services', 'space', 'knowledge', 'volunteers', 'loan']),
    title: Text,
    description: Text.optional(),
    amount: Money.optional(),
    quantity: z.number().nonnegative().optional(),
    validUntil: IsoDate.optional(),
    location: Location.optional(),
    status: z.enum(['open', 'matched', 'closed']),
  })
  .describe('Listing');
export type Listing = z.infer<typeof Listing>;

/** The organisation that awarded a grant. */
export const Funder = z.object({ name: Text, identifiers: z.array(Identifier) });
export type Funder = z.infer<typeof Funder>;

/** A fund's award (kind = grant); the recipient organisation is the record's initiative. */
export const Grant = z
  .object({
    title: Text,
    description: Text.optional(),
    amount: Money,
    awardedOn: IsoDate,
    funder: Funder,
    programme: Text.optional(),
    beneficiaryLocation: Location.optional(),
  })
  .describe('Grant');
export type Grant = z.infer<typeof Grant>;
