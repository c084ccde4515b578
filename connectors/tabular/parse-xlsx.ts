import { InvalidInputError, readSheet, SheetNotFoundError } from 'read-excel-file/node';
import { ConnectorError } from '../sdk/index.ts';
import type { TabularConfig } from './config.ts';

/** A cell as a spreadsheet holds it, dates already turned into ISO text. */
export type Cell = string | number | boolean | null;

/**
 * Reads one sheet of an XLSX file into rows of cells with read-excel-file. Dates become ISO dates
 * (`2013-05-01`), or date-times when they carry a time; numbers stay numbers (so a KvK number stored as a
 * number loses its leading zero, which the `kvk` transform puts back). A missing sheet, or a file that is
 * not XLSX (an old `.xls`), is a configuration error that says what to do.
 */
export async function parseXlsx(bytes: Uint8Array, sheet: TabularConfig['sheet']): Promise<Cell[][]> {
  try {
    const rows = await readSheet(Buffer.from(bytes), sheet ?? 1);
    return rows.map((row) => row.map((value) => cell(value as unknown)));
  } catch (error) {
    if (error instanceof SheetNotFoundError) {
      throw new ConnectorError(
        'config',
        `the XLSX file has no sheet ${JSON.stringify(sheet)}; check the sheet option`,
        {
          cause: error,
        },
      );
    }
    if (error instanceof InvalidInputError) {
      throw new ConnectorError(
        'config',
        `the file is not an XLSX workbook (${error.code}); an old .xls file must be saved as .xlsx or CSV first`,
        { cause: error },
      );
    }
    throw new ConnectorError('config', `the XLSX file cannot be read: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

function cell(value: unknown): Cell {
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : `${iso.slice(0, 19)}Z`;
  }
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return null;
}
