import { z } from 'zod';
import { EnvName, OptionName, ParamName, SecretRef } from './schema-primitives.ts';

/**
 * An option the operator sets per source under `options:` in the configuration. A secret option must come
 * from the environment: written as `${VAR}` in the configuration, or read from `env` when not set there.
 */
export const OptionSpec = z
  .strictObject({
    name: OptionName,
    type: z.enum(['string', 'number', 'boolean']),
    description: z.string().min(1).optional(),
    default: z.union([z.string(), z.number(), z.boolean()]).optional(),
    required: z.boolean().default(false).describe('a source must set it (ignored when there is a default)'),
    secret: z.boolean().default(false),
    env: EnvName.optional().describe(
      'secret options only: the environment variable read when not configured',
    ),
  })
  .superRefine((option, context) => {
    if (option.default !== undefined && typeof option.default !== option.type) {
      context.addIssue({ code: 'custom', path: ['default'], message: `must be a ${option.type}` });
    }
    if (option.secret && option.default !== undefined) {
      context.addIssue({
        code: 'custom',
        path: ['default'],
        message: 'a secret has no default in a manifest',
      });
    }
    if (option.env && !option.secret) {
      context.addIssue({ code: 'custom', path: ['env'], message: 'only secret options are read from env' });
    }
  });
export type OptionSpec = z.infer<typeof OptionSpec>;

/** Sends no credentials and an optional secret: when not configured, nothing is sent instead of failing. */
const optional = z.boolean().default(false).describe('send nothing when the secret is not set');

/** How requests authenticate; every credential comes from a secret option or an environment variable. */
export const AuthSpec = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('none') }),
  z.strictObject({ type: z.literal('bearer'), token: SecretRef, optional }),
  z.strictObject({
    type: z.literal('header'),
    name: ParamName.describe('e.g. X-API-Key or Authorization'),
    value: SecretRef,
    prefix: z.string().optional().describe('written before the value, e.g. "Token "'),
    optional,
  }),
  z.strictObject({ type: z.literal('query'), param: ParamName, value: SecretRef, optional }),
  z.strictObject({
    type: z.literal('basic'),
    username: z.union([z.string().min(1), SecretRef]),
    password: SecretRef,
    optional,
  }),
]);
export type AuthSpec = z.infer<typeof AuthSpec>;

/** Default request limits of the platform, with where the numbers come from. */
export const LimitsSpec = z.strictObject({
  concurrency: z.number().int().min(1).max(64),
  requestsPerMinute: z.number().positive().max(100_000).optional(),
  comment: z.string().min(1).describe("where the numbers come from: the platform's terms, docs or headers"),
});
export type LimitsSpec = z.infer<typeof LimitsSpec>;
