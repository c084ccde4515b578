import type { StreamDefinition } from '../sdk/index.ts';
import type { OpenCollectiveConfig } from './config.ts';
import { mapAccount } from './mapping.ts';
import { OpenCollectiveAccount } from './raw.ts';
import { readAccounts } from './read-accounts.ts';

/**
 * The `accounts` stream: collectives and funds as initiatives, their projects and events as campaigns.
 * Primary key `id` (Open Collective's public id, stable across slug changes); no cursor field, since the API
 * filters on the last transaction only (see read-accounts.ts).
 */
export const accountsStream: StreamDefinition<OpenCollectiveConfig, OpenCollectiveAccount> = {
  name: 'accounts',
  primaryKey: 'id',
  raw: OpenCollectiveAccount,
  read: readAccounts,
  map: mapAccount,
};
