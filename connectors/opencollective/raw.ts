import { z } from 'zod';
import { numeric } from '../sdk/index.ts';

/**
 * The raw format of Open Collective's `accounts` query as zod, shaped by the query in query.ts. Lenient
 * where the schema allows null (most fields) and where `settings` and `location.structured` are free JSON;
 * strict where a record is unusable without the field: the id, the slug, the type and the name. Unknown
 * fields are dropped on parsing, `settings` keeps only its `goals`.
 */

const Text = z.string().nullish();

/** An amount: `{ value, currency, valueInCents }`; `valueInCents` is the value times 100 in every currency. */
export const OpenCollectiveAmount = z.object({
  value: numeric.nullish(),
  currency: z.string().trim().nullish(),
  valueInCents: numeric.nullish(),
});
export type OpenCollectiveAmount = z.infer<typeof OpenCollectiveAmount>;

/** A link the account lists, typed (`WEBSITE`, `GITHUB`, `FACEBOOK`, ...). */
export const OpenCollectiveSocialLink = z.object({ type: z.string(), url: z.string() });

/** A location; `structured` is free JSON, usually `{ address1, address2, city, zone, postalCode }`. */
export const OpenCollectiveLocation = z.object({
  name: Text,
  address: Text,
  country: Text,
  lat: numeric.nullish(),
  long: numeric.nullish(),
  structured: z
    .object({
      address1: Text,
      address2: Text,
      city: Text,
      zone: Text,
      postalCode: z.union([z.string(), z.number().transform(String)]).nullish(),
    })
    .nullish()
    .catch(null),
});
export type OpenCollectiveLocation = z.infer<typeof OpenCollectiveLocation>;

/**
 * A goal the account set for itself (`settings.goals[]`, the progress bar on its page): an amount in cents of
 * the account's currency toward its balance or yearly budget. A malformed goal is ignored, not the account.
 */
export const OpenCollectiveGoal = z.object({
  type: Text,
  amount: numeric.pipe(z.number().nonnegative()),
  title: Text,
});
export type OpenCollectiveGoal = z.infer<typeof OpenCollectiveGoal>;

/** The fields the query asks of every account, its parent included. */
const profileFields = {
  id: z.string().trim().min(1, 'an account needs an id'),
  slug: z.string().trim().min(1, 'an account needs a slug'),
  type: z.string().trim().min(1),
  name: z.string().trim().min(1, 'an account needs a name'),
  legalName: Text,
  description: Text,
  tags: z.array(z.string().nullable()).nullish(),
  imageUrl: Text,
  socialLinks: z.array(OpenCollectiveSocialLink).nullish(),
  location: OpenCollectiveLocation.nullish(),
};

/** The parent collective (or organisation) of a project or event. */
export const OpenCollectiveParent = z.object(profileFields);
export type OpenCollectiveParent = z.infer<typeof OpenCollectiveParent>;

/** One account of the `accounts` query: a collective, fund, project or event. */
export const OpenCollectiveAccount = z.object({
  ...profileFields,
  longDescription: Text,
  currency: Text,
  createdAt: Text,
  updatedAt: Text,
  isArchived: z.boolean().nullish(),
  isActive: z.boolean().nullish(),
  isIncognito: z.boolean().nullish(),
  settings: z
    .object({ goals: z.array(OpenCollectiveGoal.nullable().catch(null)).nullish().catch(null) })
    .nullish()
    .catch(null),
  stats: z
    .object({
      totalAmountReceived: OpenCollectiveAmount.nullish(),
      balance: OpenCollectiveAmount.nullish(),
      contributorsCount: numeric.pipe(z.number().int().nonnegative()).nullish(),
      contributionsCount: numeric.pipe(z.number().int().nonnegative()).nullish(),
    })
    .nullish(),
  parent: OpenCollectiveParent.nullish(),
  startsAt: Text,
  endsAt: Text,
  timezone: Text,
});
export type OpenCollectiveAccount = z.infer<typeof OpenCollectiveAccount>;

/** The `data` of an answer: `{ accounts: { offset, limit, totalCount, nodes } }`; nodes are validated one by one. */
export const OpenCollectiveAccounts = z.object({
  accounts: z.object({
    offset: numeric.nullish(),
    limit: numeric.nullish(),
    totalCount: numeric.nullish(),
    nodes: z
      .array(z.unknown())
      .nullish()
      .transform((nodes) => nodes ?? []),
  }),
});
export type OpenCollectiveAccounts = z.infer<typeof OpenCollectiveAccounts>;
