import { z } from 'zod';
import { JsonPathString } from './schema-primitives.ts';
import { Transform } from './transform-schema.ts';

/**
 * One field of the mapping onto the canonical model: where the value comes from (a JSON path into the raw
 * record, a constant, or a template), the transforms it goes through, and the model path it lands on.
 *
 * @example
 * { target: 'initiative.themes', path: '$.attributes.THEMA', transforms: [{ type: 'split', delimiter: ';' }, 'themes'] }
 */
export const FieldMapping = z
  .strictObject({
    target: z
      .string()
      .min(1)
      .describe('model path, e.g. initiative.name, initiative.location.postcode, initiative.needs[].type'),
    path: JsonPathString.optional().describe('JSON path into the raw record; arrays it matches are spread'),
    const: z.json().optional().describe('a constant value'),
    template: z.string().min(1).optional().describe('text with {option} and {$.path} placeholders'),
    default: z.json().optional().describe('used when the source and transforms give no value'),
    transforms: z.array(Transform).default([]),
    list: z
      .boolean()
      .default(false)
      .describe('keep every value as a list; otherwise the first value is kept'),
  })
  .superRefine((field, context) => {
    const sources = (['path', 'const', 'template'] as const).filter((key) => field[key] !== undefined);
    if (sources.length !== 1) {
      context.addIssue({
        code: 'custom',
        path: ['target'],
        message:
          sources.length === 0
            ? `${field.target}: give one of path, const or template`
            : `${field.target}: give only one of ${sources.join(', ')}`,
      });
    }
  });
export type FieldMapping = z.infer<typeof FieldMapping>;
