import { z } from 'zod';
import { SOURCE_RECORD_KINDS } from '../../schema/index.ts';
import { Transform, targetProblem, uncoveredRequired } from '../manifest/index.ts';

/** Where one column's values go: a model path, with the transforms of declarative manifests. */
export const ColumnTarget = z.union([
  z
    .string()
    .min(1)
    .transform((target) => ({ target, transforms: [], list: false })),
  z.strictObject({
    target: z.string().min(1).describe('model path, e.g. initiative.name or initiative.location.postcode'),
    transforms: z.array(Transform).default([]),
    list: z.boolean().default(false).describe('keep every value as a list (identifiers, themes)'),
  }),
]);
export type ColumnTarget = z.infer<typeof ColumnTarget>;

/**
 * Options of a CSV or XLSX source: where the file is, how to read it, and which column goes where in the
 * canonical model. Columns that are not mapped are never read into records, so a list with contact persons'
 * names and numbers can be imported without them.
 *
 * @example
 * { url: 'https://data.gemeente.nl/initiatieven.csv', idColumn: 'Registratienummer',
 *   columns: { 'Naam initiatief': 'initiative.name', "Thema's": { target: 'initiative.themes', list: true,
 *   transforms: [{ type: 'split', delimiter: ';' }, 'themes'] } }, constants: { 'initiative.location.country': 'NL' } }
 */
export const TabularConfig = z
  .object({
    /** The file's URL; a path is resolved against the source's base URL. */
    url: z.string().min(1).optional(),
    /** A file on the harvester's disk, instead of a URL. */
    path: z.string().min(1).optional(),
    /** `auto` tells CSV from XLSX by the file's name, its content type and its first bytes. */
    format: z.enum(['auto', 'csv', 'xlsx']).default('auto'),
    /** CSV field delimiter; `auto` takes the most frequent of `;` `,` tab `|` in the header line. */
    delimiter: z.enum(['auto', ',', ';', '\t', '|']).default('auto'),
    /** CSV encoding; `auto` reads a byte-order mark, else UTF-8 when the bytes are valid UTF-8, else Windows-1252. */
    encoding: z.enum(['auto', 'utf-8', 'utf-16le', 'windows-1252']).default('auto'),
    /** XLSX sheet, by name or 1-based position; the first by default. */
    sheet: z.union([z.string().min(1), z.number().int().min(1)]).optional(),
    /** Row with the column names (1-based): lists often start with a title row or two. */
    headerRow: z.number().int().min(1).default(1),
    /** The kind of record each row becomes. */
    kind: z.enum(SOURCE_RECORD_KINDS).default('initiative'),
    /**
     * Column with a stable id per row. Without one, a row's id is made from its name and postcode (or place),
     * so that a renamed initiative becomes a new record.
     */
    idColumn: z.string().min(1).optional(),
    /** Column name -> where its values go. */
    columns: z.record(z.string().min(1), z.union([ColumnTarget, z.array(ColumnTarget).min(1)])),
    /** Model path -> a value every record gets (`initiative.location.country: NL`). */
    constants: z.record(z.string().min(1), z.json()).default({}),
    /** Rows per checkpoint. */
    rowsPerPage: z.number().int().min(1).max(10_000).default(500),
    /** User name for an export behind HTTP Basic authentication. */
    username: z.string().min(1).optional(),
    /** Password for an export behind HTTP Basic authentication; only from the environment. */
    password: z.string().min(1).meta({ secret: true }).optional(),
  })
  .superRefine((config, context) => {
    if ((config.url === undefined) === (config.path === undefined)) {
      context.addIssue({ code: 'custom', path: ['url'], message: 'give either url or path, not both' });
    }
    const targets: string[] = [];
    for (const [column, spec] of Object.entries(config.columns)) {
      for (const { target } of Array.isArray(spec) ? spec : [spec]) {
        const problem = targetProblem(config.kind, target);
        if (problem) context.addIssue({ code: 'custom', path: ['columns', column], message: problem });
        targets.push(target);
      }
    }
    for (const target of Object.keys(config.constants)) {
      const problem = targetProblem(config.kind, target);
      if (problem) context.addIssue({ code: 'custom', path: ['constants', target], message: problem });
      targets.push(target);
    }
    const missing = uncoveredRequired(config.kind, targets);
    if (missing.length > 0) {
      context.addIssue({
        code: 'custom',
        path: ['columns'],
        message: `map a column (or a constant) to ${missing.join(', ')}: a ${config.kind} record needs it`,
      });
    }
  });
export type TabularConfig = z.infer<typeof TabularConfig>;

/** The targets of a column, as a list. */
export function targetsOf(spec: TabularConfig['columns'][string]): ColumnTarget[] {
  return Array.isArray(spec) ? spec : [spec];
}
