import { z } from 'zod';

/** A cell's value: text from CSV; text, a number or a boolean from XLSX; null when empty. */
const CellValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/**
 * One row of the file as the connector yields it: its row number, its id (from `idColumn`, else made from
 * the name and postcode or place), and the cells of the mapped columns only (unmapped columns, such as a
 * contact person's name, are never read into a record; private persons' e-mail addresses are cut out). A row without an id has no name either, and is
 * quarantined with its row number.
 */
export const TabularRow = z.object({
  id: z.string().min(1, 'an id: the row has no value in idColumn, or no name to make one from'),
  row: z.number().int().positive(),
  cells: z.record(z.string(), CellValue),
});
export type TabularRow = z.infer<typeof TabularRow>;
