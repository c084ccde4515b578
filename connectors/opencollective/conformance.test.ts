import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, type GraphQLSchema, graphql, parse, validate } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateWorld } from '../replica/index.ts';
import { ACCOUNTS_QUERY, accountsVariables } from './query.ts';
import { worldAccounts } from './replica-data.ts';
import { replicaSchema } from './replica-schema.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const schemaFile = path.resolve(repoRoot, '..', 'shared', 'platforms', 'opencollective', 'schemaV2.graphql');
const fixture = JSON.parse(readFileSync(new URL('fixtures/accounts-page.json', import.meta.url), 'utf8')) as {
  data: { accounts: { nodes: Record<string, unknown>[] } };
};
const TYPENAMES: Record<string, string> = {
  COLLECTIVE: 'Collective',
  FUND: 'Fund',
  PROJECT: 'Project',
  EVENT: 'Event',
  INDIVIDUAL: 'Individual',
  ORGANIZATION: 'Organization',
};
const variables = accountsVariables({
  offset: 0,
  limit: 500,
  types: ['COLLECTIVE', 'FUND', 'PROJECT', 'EVENT'],
  orderBy: { field: 'CREATED_AT', direction: 'ASC' },
  lastTransactionFrom: '2026-11-01T00:00:00.000Z',
});

/** Adds `__typename` by account type, so graphql-js can tell which type implements Account. */
function typed(node: unknown): unknown {
  if (!node || typeof node !== 'object') return node;
  const record = node as Record<string, unknown>;
  return { ...record, __typename: TYPENAMES[record.type as string], parent: typed(record.parent) };
}

describe.skipIf(!existsSync(schemaFile))(
  "Open Collective's published schema in ../shared/platforms/opencollective (skipped when that file is absent)",
  () => {
    // Collected even when skipped, so the file is read only once a test runs.
    let schema: GraphQLSchema;
    beforeAll(() => {
      schema = buildSchema(readFileSync(schemaFile, 'utf8'));
    });

    it('accepts the connector query: every field, argument and fragment exists with these types', () => {
      expect(validate(schema, parse(ACCOUNTS_QUERY)).map((error) => error.message)).toEqual([]);
    });

    it('gives the fixture page back unchanged when executed with it as data: the fixture follows the schema', async () => {
      const result = await graphql({
        schema,
        source: ACCOUNTS_QUERY,
        variableValues: variables,
        rootValue: {
          accounts: () => ({ ...fixture.data.accounts, nodes: fixture.data.accounts.nodes.map(typed) }),
        },
      });
      expect(result.errors).toBeUndefined();
      expect(JSON.parse(JSON.stringify(result.data))).toEqual(fixture.data);
    });

    it('gives the replica data back unchanged too, and the replica schema agrees with the real one', async () => {
      const nodes = worldAccounts(generateWorld({ seed: 4, size: 300 })).map((account) => account.node);
      const rootValue = { accounts: () => ({ offset: 0, limit: 1000, totalCount: nodes.length, nodes }) };
      const real = await graphql({ schema, source: ACCOUNTS_QUERY, variableValues: variables, rootValue });
      const replica = await graphql({
        schema: replicaSchema(),
        source: ACCOUNTS_QUERY,
        variableValues: variables,
        rootValue,
      });
      expect(real.errors).toBeUndefined();
      expect(replica.errors).toBeUndefined();
      expect(JSON.parse(JSON.stringify(replica.data))).toEqual(JSON.parse(JSON.stringify(real.data)));
    });
  },
);
