import { ConnectorError } from '../sdk/index.ts';
import type { TabularConfig } from './config.ts';
import { decodeCsv } from './decode.ts';
import { parseCsv } from './parse-csv.ts';
import { type Cell, parseXlsx } from './parse-xlsx.ts';

/** A file's rows under their column names. */
export interface Table {
  readonly columns: readonly string[];
  /** Each data row with its 1-based row number in the file. */
  readonly rows: readonly { readonly row: number; readonly cells: readonly Cell[] }[];
}

/** What is known about a file besides its bytes, for telling its format. */
export interface FileFacts {
  /** URL or path, for its extension. */
  readonly name: string;
  readonly contentType?: string;
}

/**
 * Reads a CSV or XLSX file into a table: the format as configured or told from the name, the content type
 * and the first bytes (an XLSX file is a ZIP archive, `PK`); the header from `headerRow`; blank header cells
 * named by their column letter and repeated names numbered, so that every column has one name.
 */
export async function readTable(bytes: Uint8Array, facts: FileFacts, config: TabularConfig): Promise<Table> {
  const format = config.format === 'auto' ? detectFormat(bytes, facts) : config.format;
  const grid: Cell[][] =
    format === 'xlsx'
      ? await parseXlsx(bytes, config.sheet)
      : parseCsv(decodeCsv(bytes, config.encoding), config.delimiter);
  const header = grid[config.headerRow - 1];
  if (!header) {
    throw new ConnectorError(
      'config',
      `the file has ${grid.length} rows, so row ${config.headerRow} cannot be its header (headerRow)`,
    );
  }
  const seen = new Map<string, number>();
  const columns = header.map((value, index) => {
    const name = value === null || String(value).trim() === '' ? columnLetter(index) : String(value).trim();
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name} (${count})`;
  });
  const rows = grid
    .slice(config.headerRow)
    .map((cells, index) => ({ row: config.headerRow + index + 1, cells }))
    .filter(({ cells }) => cells.some((cell) => cell !== null && String(cell).trim() !== ''));
  return { columns, rows };
}

function detectFormat(bytes: Uint8Array, facts: FileFacts): 'csv' | 'xlsx' {
  const extension = /\.([a-z0-9]+)(?:[?#].*)?$/i.exec(facts.name)?.[1]?.toLowerCase();
  if (extension === 'xlsx') return 'xlsx';
  if (extension === 'csv' || extension === 'tsv' || extension === 'txt') return 'csv';
  if (/spreadsheetml/i.test(facts.contentType ?? '')) return 'xlsx';
  if (/csv|text\/plain/i.test(facts.contentType ?? '')) return 'csv';
  return bytes[0] === 0x50 && bytes[1] === 0x4b ? 'xlsx' : 'csv';
}

/** A spreadsheet's name for a column: A, B, ..., Z, AA, ... */
function columnLetter(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}
