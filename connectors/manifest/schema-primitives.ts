import { z } from 'zod';
import { jsonPathProblem } from './json-path.ts';

/** Template values every manifest string may name besides its options. */
export const BUILT_INS = ['baseUrl', 'source'] as const;

/** A JSON path such as `$.features[*]` or `$.attributes.NAAM`, checked for syntax when the manifest loads. */
export const JsonPathString = z
  .string()
  .min(1)
  .superRefine((path, context) => {
    const problem = jsonPathProblem(path);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  })
  .describe('JSON path, e.g. $.features[*] or $.attributes.NAAM');

/**
 * A field of a raw record written with dots for nesting (`attributes.OBJECTID`), as primary keys, cursor
 * fields and required raw fields are; names may hold spaces, as CSV columns in CKAN often do.
 */
export const FieldName = z
  .string()
  .min(1)
  .regex(/^[^.\s](?:[^.]*[^.\s])?(?:\.[^.\s](?:[^.]*[^.\s])?)*$/, 'field names are separated by single dots')
  .describe('raw field, dots for nesting, e.g. attributes.OBJECTID');

/** The name of an option, used as `{name}` in templates. */
export const OptionName = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'letters, digits and "_", starting with a letter')
  .refine((name) => !BUILT_INS.includes(name as (typeof BUILT_INS)[number]), {
    message: 'is a built-in template value; choose another name',
  });

/** The name of an environment variable. */
export const EnvName = z.string().regex(/^[A-Z_][A-Z0-9_]*$/, 'capitals, digits and "_", e.g. CKAN_API_KEY');

/** A request parameter or header name. */
export const ParamName = z.string().min(1).max(200);

/** A value a secret comes from: an option marked `secret: true`, or an environment variable directly. */
export const SecretRef = z.union([z.strictObject({ option: OptionName }), z.strictObject({ env: EnvName })]);
export type SecretRef = z.infer<typeof SecretRef>;

/** Where a paging or cursor parameter goes: the query string, or the GraphQL variables of the body. */
export const ParamLocation = z.enum(['query', 'variables']).default('query');
