import cron from 'node-cron';
import { z } from 'zod';
import { ServerConfig } from '../gateway/config.ts';
import { SourceId } from '../schema/index.ts';
import { StoreConfig } from '../store/config.ts';

/** A cron expression node-cron accepts (5 fields, or 6 with seconds). */
const CronExpression = z.string().refine((value) => cron.validate(value), {
  message: 'is not a valid cron expression (e.g. "17 3 * * *" for daily at 03:17)',
});

/** Per-host request limits of a source, overriding the connector's defaults. */
const Limits = z.strictObject({
  concurrency: z.number().int().min(1).max(64).optional(),
  requestsPerMinute: z.number().positive().max(100_000).optional(),
});

/** One configured source: a connector pointed at one platform (or one instance of platform software). */
export const SourceConfig = z.strictObject({
  connector: z
    .string()
    .min(1)
    .describe('connector id (see `knooppunt connectors list`) or an npm package name'),
  enabled: z.boolean().default(true),
  schedule: CronExpression.optional().describe("cron expression; the connector's default when absent"),
  baseUrl: z
    .url({ protocol: /^https?$/ })
    .optional()
    .describe("the platform's base URL; the real endpoint by default"),
  priority: z
    .number()
    .int()
    .min(0)
    .max(100)
    .default(50)
    .describe('higher wins when merged profile fields conflict'),
  limits: Limits.optional(),
  options: z
    .record(z.string(), z.unknown())
    .default({})
    .describe("connector options, validated by the connector's schema"),
});
export type SourceConfig = z.infer<typeof SourceConfig>;

/** The whole configuration file (`knooppunt.config.yaml` or `.json`). */
export const KnooppuntConfig = z.strictObject({
  store: StoreConfig,
  // The gateway owns its section: listening, API keys, CORS, limits, rate limits (gateway/config.ts).
  server: ServerConfig.prefault({}),
  harvest: z
    .strictObject({
      contactUrl: z
        .url({ protocol: /^https?$/ })
        .default('https://github.com/knooppunt/knooppunt')
        .describe('named in the User-Agent so platform operators can reach the hub'),
      jitterSeconds: z.number().int().min(0).max(3600).default(60),
      runAtStartWhenEmpty: z.boolean().default(true),
      leaseSeconds: z
        .number()
        .int()
        .min(1)
        .max(3600)
        .default(60)
        .describe('how long a harvester holds a source before another may take it over after a crash'),
    })
    .prefault({}),
  sources: z.record(SourceId, SourceConfig).default({}),
});
export type KnooppuntConfig = z.infer<typeof KnooppuntConfig>;
