import { readFileSync } from 'node:fs';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/** SDL of the value types every subgraph shares (Money, Area, Location, PageInfo, SafeInt). */
export const COMMON_SDL = readFileSync(new URL('./common.graphql', import.meta.url), 'utf8');

function toSafeInt(value: unknown): number {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  throw new GraphQLError(`SafeInt must be an integer within ±2^53, got ${JSON.stringify(value)}`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/** The SafeInt scalar: 53-bit integers, because GraphQL's Int (32 bits) cannot hold large sums in cents. */
export const SafeInt = new GraphQLScalarType({
  name: 'SafeInt',
  description: "An integer that fits JavaScript's safe range (53 bits).",
  serialize: toSafeInt,
  parseValue: toSafeInt,
  parseLiteral(ast) {
    if (ast.kind !== Kind.INT) throw new GraphQLError('SafeInt must be an integer literal');
    return toSafeInt(Number(ast.value));
  },
});

/** Resolvers of the shared value types: arrays default to empty so clients never see null lists. */
export const commonResolvers = {
  SafeInt,
  Location: { derived: (location: { derived?: string[] }) => location.derived ?? [] },
};
