import { z } from 'zod';
import { FieldName, JsonPathString, ParamLocation, ParamName } from './schema-primitives.ts';

const Scalar = z.union([z.string(), z.number(), z.boolean()]);

/** How one page is requested: path and query with `{option}` placeholders, headers, and a JSON or GraphQL body. */
export const RequestSpec = z
  .strictObject({
    path: z
      .string()
      .startsWith('/', 'starts with "/" and is appended to the base URL')
      .describe('e.g. /arcgis/rest/services/{service}/FeatureServer/{layer}/query'),
    method: z.enum(['GET', 'POST']).default('GET'),
    query: z.record(ParamName, Scalar).default({}).describe('query parameters; string values are templates'),
    headers: z.record(ParamName, z.string()).default({}),
    body: z.json().optional().describe('JSON body; string values are templates'),
    graphql: z
      .strictObject({
        query: z.string().min(1).describe('the GraphQL document, sent as written'),
        variables: z.record(z.string(), z.json()).default({}).describe('string values are templates'),
      })
      .optional()
      .describe('sends a GraphQL query; answers with `errors` fail the page'),
    errorPath: JsonPathString.optional().describe(
      'JSON path that holds an error in a 200 answer (ArcGIS: $.error); a value there fails the page',
    ),
  })
  .superRefine((request, context) => {
    if (request.body !== undefined && request.graphql) {
      context.addIssue({
        code: 'custom',
        path: ['graphql'],
        message: 'give either body or graphql, not both',
      });
    }
    if ((request.body !== undefined || request.graphql) && request.method !== 'POST') {
      context.addIssue({
        code: 'custom',
        path: ['method'],
        message: 'a request with a body needs method: POST',
      });
    }
  });
export type RequestSpec = z.infer<typeof RequestSpec>;

const maxPages = z.number().int().positive().optional().describe('safety net on pages per run');

/** How a stream pages through its records; each type maps onto one of the SDK's paginators. */
export const PaginatorSpec = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('none') }),
  z.strictObject({
    type: z.literal('page-number'),
    param: ParamName.describe('parameter carrying the page number'),
    in: ParamLocation,
    start: z.number().int().min(0).default(1),
    pageSize: z.number().int().positive().optional().describe('records per page; a shorter page is the last'),
    pageSizeParam: ParamName.optional().describe('parameter carrying pageSize'),
    totalPages: JsonPathString.optional().describe('JSON path to the total number of pages'),
    maxPages,
  }),
  z.strictObject({
    type: z.literal('offset-limit'),
    offsetParam: ParamName,
    limitParam: ParamName,
    in: ParamLocation,
    limit: z.number().int().positive().describe('records asked for per page'),
    total: JsonPathString.optional().describe(
      'JSON path to the total number of records; reading stops there',
    ),
    hasMore: JsonPathString.optional().describe(
      'JSON path to a "more pages" flag (ArcGIS exceededTransferLimit); when given, it alone decides',
    ),
    maxPages,
  }),
  z.strictObject({
    type: z.literal('cursor-token'),
    param: ParamName.describe('parameter carrying the token'),
    in: ParamLocation,
    next: JsonPathString.describe('JSON path to the next token; empty ends'),
    hasMore: JsonPathString.optional().describe('JSON path to a "more pages" flag'),
    maxPages,
  }),
  z.strictObject({
    type: z.literal('since'),
    param: ParamName.describe('parameter carrying the last update time seen'),
    in: ParamLocation,
    field: FieldName.describe("the record's update time; the last record's is the next value"),
    hasMore: JsonPathString.describe('JSON path to a "more records" flag'),
    maxPages,
  }),
  z.strictObject({ type: z.literal('link-header'), maxPages }),
]);
export type PaginatorSpec = z.infer<typeof PaginatorSpec>;

/** Cursor value types: how values compare, so the highest seen becomes the next run's cursor. */
export const CURSOR_TYPES = ['date-time', 'epoch-ms', 'epoch-s', 'number', 'string'] as const;

/** How a cursor is written into the request. */
export const CURSOR_FORMATS = ['raw', 'iso', 'date', 'sql-timestamp', 'epoch-ms', 'epoch-s'] as const;

/**
 * Incremental reads: the record field that grows with each change, and the request parameter that asks for
 * records past the last run's highest value.
 */
export const IncrementalSpec = z.strictObject({
  field: FieldName.describe('raw field, e.g. attributes.EditDate'),
  type: z.enum(CURSOR_TYPES).default('date-time'),
  param: ParamName.describe('parameter that carries the cursor; replaces a static value of the same name'),
  in: ParamLocation,
  value: z
    .string()
    .includes('{cursor}', { message: 'must contain {cursor}' })
    .default('{cursor}')
    .describe("template, e.g. EditDate > TIMESTAMP '{cursor}'"),
  format: z.enum(CURSOR_FORMATS).default('raw'),
});
export type IncrementalSpec = z.infer<typeof IncrementalSpec>;
