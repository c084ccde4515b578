import { z } from 'zod';
import { NEED_TYPE_CODES } from '../taxonomy/index.ts';
import { Money, Text } from './primitives.ts';

/** What an initiative asks for (`needs`) or gives (`offers`); both share this shape. */
export const Need = z
  .object({
    type: z.enum(NEED_TYPE_CODES),
    description: Text.optional(),
    amount: Money.optional(),
    quantity: z.number().nonnegative().optional(),
    skills: z.array(Text).optional(),
  })
  .describe('Need or offer of an initiative');
export type Need = z.infer<typeof Need>;

/** An offer has the same shape as a need. */
export const Offer = Need;
export type Offer = Need;

/**
 * A reported outcome. Qualitative stories go into `narrative` and are never forced into numbers.
 */
export const Impact = z
  .object({
    indicator: Text.describe('what was measured, e.g. "care-cost saving"'),
    value: z.number().optional(),
    unit: Text.optional().describe('e.g. "%", "EUR", "people"'),
    period: Text.optional().describe('e.g. "1.5 years" or "2023-01-01/2024-06-30"'),
    baseline: Text.optional().describe('what it was compared against'),
    method: Text.optional().describe('monitoring, cost-benefit analysis, university evaluation ...'),
    reportedBy: Text.optional(),
    narrative: Text.optional(),
  })
  .describe('Impact report');
export type Impact = z.infer<typeof Impact>;
