import writeXlsxFile from 'write-excel-file/node';
import { LIST_COLUMNS, type ListColumn, type ListRow } from './replica-data.ts';

/** The list as CSV the way Dutch Excel writes it: semicolons, quotes only where needed, CRLF, day-first dates. */
export function csv(rows: readonly ListRow[]): string {
  const field = (value: ListRow['values'][ListColumn]) => {
    const text = value instanceof Date ? dutchDate(value, value.getUTCHours() !== 0) : String(value ?? '');
    return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [
    LIST_COLUMNS.join(';'),
    ...rows.map((row) => LIST_COLUMNS.map((column) => field(row.values[column])).join(';')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/** The list as a workbook: a title row, then the header, then one row per initiative. */
export function workbook(rows: readonly ListRow[]): Promise<Buffer> {
  const title = [
    {
      value: 'Initiatievenlijst - export uit het subsidie- en initiatievenregister',
      fontWeight: 'bold' as const,
    },
  ];
  const header = LIST_COLUMNS.map((column) => ({ value: column, fontWeight: 'bold' as const }));
  const body = rows.map((row) =>
    LIST_COLUMNS.map((column) => {
      const value = row.values[column];
      if (value instanceof Date)
        return { value, type: Date, format: column === 'Opgericht' ? 'dd-mm-yyyy' : 'dd-mm-yyyy hh:mm' };
      if (column === 'KvK-nummer' && typeof value === 'string' && /^\d{8}$/.test(value))
        return { value: Number(value), type: Number };
      return value === null ? null : { value: String(value), type: String };
    }),
  );
  return writeXlsxFile([title, header, ...body] as never, { sheet: 'Initiatieven' }).toBuffer();
}

function dutchDate(date: Date, withTime: boolean): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${pad(date.getUTCDate())}-${pad(date.getUTCMonth() + 1)}-${date.getUTCFullYear()}`;
  return withTime
    ? `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`
    : day;
}

/** Text in Windows-1252, as Excel on Windows saves "CSV (semicolon delimited)". */
export function windows1252(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[i] = code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : (CP1252[code] ?? 0x3f);
  }
  return bytes;
}

/** Windows-1252's characters between 0x80 and 0x9F by Unicode code point. */
const CP1252: Readonly<Record<number, number>> = {
  0x20ac: 0x80,
  0x201a: 0x82,
  0x0192: 0x83,
  0x201e: 0x84,
  0x2026: 0x85,
  0x2020: 0x86,
  0x2021: 0x87,
  0x02c6: 0x88,
  0x2030: 0x89,
  0x0160: 0x8a,
  0x2039: 0x8b,
  0x0152: 0x8c,
  0x017d: 0x8e,
  0x2018: 0x91,
  0x2019: 0x92,
  0x201c: 0x93,
  0x201d: 0x94,
  0x2022: 0x95,
  0x2013: 0x96,
  0x2014: 0x97,
  0x02dc: 0x98,
  0x2122: 0x99,
  0x0161: 0x9a,
  0x203a: 0x9b,
  0x0153: 0x9c,
  0x017e: 0x9e,
  0x0178: 0x9f,
};
