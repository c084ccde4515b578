import { z } from 'zod';

/** The roles an API key can carry: `reader` reads the graph, `admin` also runs the curation mutations. */
export const Role = z.enum(['reader', 'admin']);
export type Role = z.infer<typeof Role>;

/** One API key: its role and the key itself, which must come from the environment (`${KNOOPPUNT_ADMIN_KEY}`). */
const ApiKey = z.strictObject({
  role: Role,
  // 24 characters leave a guessed key no chance even without rate limits.
  key: z.string().min(24, 'must be at least 24 characters (e.g. `openssl rand -hex 24`)'),
});

/** A token bucket: `burst` requests at once, refilled at `perMinute`. */
const Bucket = z.strictObject({
  // Sustained rate; 120 a minute lets a person click through GraphiQL and a script page through results.
  perMinute: z.number().positive().max(1_000_000),
  // Requests allowed back to back before the rate applies; a page of parallel widget queries fits in 30.
  burst: z.number().int().min(1).max(100_000),
});

/**
 * The edge of the gateway: listening address, API keys, CORS, query limits, rate limits and the subgraphs of
 * the distributed mode. Every number has a default that suits a public read-only graph.
 *
 * @example
 * ServerConfig.parse({ auth: { apiKeys: { ops: { role: 'admin', key: process.env.KNOOPPUNT_ADMIN_KEY } } } });
 */
export const ServerConfig = z.strictObject({
  // Loopback by default: exposing the hub is a decision (`0.0.0.0` in a container).
  host: z.string().min(1).default('127.0.0.1'),
  // 4000 is where GraphQL servers customarily listen; 0 takes a free port.
  port: z.number().int().min(0).max(65535).default(4000),
  subgraphHost: z.string().min(1).default('127.0.0.1'),
  // Embedded subgraphs are internal, so free ports do; `knooppunt subgraph` falls back to 4001 + position.
  subgraphBasePort: z.number().int().min(0).max(65535).default(0).describe('0 = free ports'),
  subgraphUrls: z
    .record(z.string(), z.url({ protocol: /^https?$/ }))
    .default({})
    .describe('distributed mode: where each subgraph answers, by name (`knooppunt gateway` needs every one)'),
  internalToken: z
    .string()
    .min(32, 'must be at least 32 characters (e.g. `openssl rand -hex 32`)')
    .optional()
    .describe('distributed mode: the secret gateway and subgraphs share; only from the environment'),
  trustProxy: z
    .boolean()
    .default(false)
    .describe('take the client address from X-Forwarded-For (only behind a proxy that sets it)'),
  auth: z
    .strictObject({
      publicRead: z.boolean().default(true).describe('reading needs no key'),
      apiKeys: z.record(z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/), ApiKey).default({}),
    })
    .prefault({}),
  cors: z
    .strictObject({
      origins: z
        .array(z.union([z.literal('*'), z.url({ protocol: /^https?$/ })]))
        .default(['*'])
        .describe('origins browsers may call from; `*` for any, [] for none'),
      credentials: z.boolean().default(false).describe('let browsers send cookies (keys go in headers)'),
      // Browsers cache a preflight answer this long, sparing one OPTIONS round trip per query.
      maxAgeSeconds: z.number().int().min(0).max(86_400).default(600),
    })
    .prefault({}),
  limits: z
    .strictObject({
      // The deepest real query (initiative > sources > record > provenance) nests 7 levels; 12 leaves room.
      maxDepth: z.number().int().min(1).max(100).default(12),
      // Aliases multiply work without adding depth; 15 covers a dashboard's side-by-side counts.
      maxAliases: z.number().int().min(0).max(1000).default(15),
      // Lexical tokens of the document; a large hand-written query has a few hundred.
      maxTokens: z.number().int().min(10).max(1_000_000).default(2000),
      // Estimated cost (objects x page sizes x depth); 100 initiatives with campaigns and sources cost ~15 000.
      maxCost: z.number().int().min(1).max(100_000_000).default(50_000),
      // Largest `first` of any connection; the subgraphs page by the same number.
      maxPageSize: z.number().int().min(1).max(10_000).default(100),
      // A query with variables is a few kilobytes; 100 kB refuses junk before it is parsed.
      maxBodyBytes: z.number().int().min(1024).max(100_000_000).default(100_000),
      // Whole execution, subgraph calls included; search answers in milliseconds, so 10 s means trouble.
      timeoutMs: z.number().int().min(100).max(600_000).default(10_000),
      // One subgraph call; past it the subgraph counts as unavailable and the others' results are returned.
      subgraphTimeoutMs: z.number().int().min(50).max(600_000).default(5_000),
    })
    .prefault({}),
  rateLimit: z
    .strictObject({
      enabled: z.boolean().default(true),
      anonymous: Bucket.default({ perMinute: 120, burst: 30 }).describe(
        'requests without a key, per address',
      ),
      // Keyed clients are known and can be asked to slow down, so they get five times more.
      reader: Bucket.default({ perMinute: 600, burst: 60 }).describe('per reader key'),
      admin: Bucket.default({ perMinute: 600, burst: 60 }).describe('per admin key'),
    })
    .prefault({}),
});
export type ServerConfig = z.infer<typeof ServerConfig>;
/** The server section as written in a config file, before defaults are applied. */
export type ServerConfigInput = z.input<typeof ServerConfig>;
