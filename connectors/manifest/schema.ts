import cron from 'node-cron';
import { z } from 'zod';
import { SOURCE_RECORD_KINDS } from '../../schema/index.ts';
import { PLATFORM_KINDS } from '../sdk/index.ts';
import { AuthSpec, LimitsSpec, OptionSpec } from './auth-schema.ts';
import { checkManifest } from './check-manifest.ts';
import { FieldMapping } from './mapping-schema.ts';
import { IncrementalSpec, PaginatorSpec, RequestSpec } from './request-schema.ts';
import { FieldName, JsonPathString } from './schema-primitives.ts';

/** Types a required raw field can be checked for; `id` is a string or a number, as primary keys come. */
export const RAW_TYPES = ['string', 'number', 'integer', 'boolean', 'id', 'object', 'array', 'any'] as const;

/** One stream of a declarative connector: how to read its pages and map each record. */
export const StreamSpec = z.strictObject({
  name: z.string().regex(/^[a-z][a-z0-9_-]*$/, 'lower-case letters, digits, "-" and "_"'),
  kind: z.enum(SOURCE_RECORD_KINDS).describe('the kind of source record each raw record becomes'),
  primaryKey: FieldName.describe("raw field with the record's id on the platform; it becomes sourceId"),
  request: RequestSpec,
  records: JsonPathString.describe('JSON path selecting the records of a response, e.g. $.features[*]'),
  paginator: PaginatorSpec.default({ type: 'none' }),
  incremental: IncrementalSpec.optional(),
  raw: z
    .record(FieldName, z.enum(RAW_TYPES))
    .default({})
    .describe('required raw fields and their types; a record without them is quarantined'),
  fields: z.array(FieldMapping).min(1).describe('the mapping onto the canonical model'),
});
export type StreamSpec = z.infer<typeof StreamSpec>;

/**
 * A declarative connector: a platform described in YAML or JSON instead of code. Validated once when it is
 * loaded, including the checks zod cannot express field by field (placeholders name declared options, targets
 * exist in the canonical model, secrets come from the environment).
 *
 * @example
 * Manifest.parse(YAML.parse(readFileSync('connectors/manifest/examples/ckan-datastore.yaml', 'utf8')));
 */
export const Manifest = z
  .strictObject({
    version: z.literal(1).describe('manifest format version'),
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and "-"'),
    title: z.string().min(1),
    kind: z.enum(PLATFORM_KINDS),
    description: z.string().min(1).describe('one sentence: what it harvests'),
    documentationUrl: z.url({ protocol: /^https?$/ }),
    defaultBaseUrl: z.url({ protocol: /^https?$/ }).describe('the real endpoint; a source may override it'),
    defaultSchedule: z.string().refine((value) => cron.validate(value), {
      message: 'is not a valid cron expression (e.g. "17 3 * * *" for daily at 03:17)',
    }),
    limits: LimitsSpec.optional(),
    options: z.array(OptionSpec).default([]),
    auth: AuthSpec.default({ type: 'none' }),
    streams: z.array(StreamSpec).min(1),
  })
  .superRefine(checkManifest);
export type Manifest = z.infer<typeof Manifest>;
