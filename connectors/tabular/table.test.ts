import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TabularConfig } from './config.ts';
import { decodeCsv } from './decode.ts';
import { detectDelimiter } from './parse-csv.ts';
import { readTable } from './table.ts';

const bytes = (name: string) => new Uint8Array(readFileSync(new URL(`fixtures/${name}`, import.meta.url)));
const config = (options: Record<string, unknown> = {}) =>
  TabularConfig.parse({ path: 'x', columns: { naam: 'initiative.name' }, ...options });

describe('decoding CSV bytes', () => {
  it('reads Windows-1252 when the bytes are not UTF-8, and UTF-8 and UTF-16 by their byte-order marks', () => {
    expect(decodeCsv(bytes('initiatieven-windows1252.csv'), 'auto')).toContain('Repair Café Lombok');
    expect(decodeCsv(bytes('initiatieven-utf8-bom.csv'), 'auto').startsWith('id,name')).toBe(true);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('naam;plaats', 'utf16le')]);
    expect(decodeCsv(utf16, 'auto')).toBe('naam;plaats');
    expect(decodeCsv(Buffer.from('Caf\u00e9', 'utf8'), 'auto')).toBe('Café');
  });

  it('uses a configured encoding as it is', () => {
    expect(decodeCsv(Buffer.from([0x43, 0x61, 0x66, 0xe9]), 'windows-1252')).toBe('Café');
  });
});

describe('finding the delimiter', () => {
  it('takes the most frequent of ; , tab and | in the header, ignoring quoted parts', () => {
    expect(detectDelimiter('naam;plaats;"thema, of twee"\nA;B;C')).toBe(';');
    expect(detectDelimiter('\n\nid,name,city')).toBe(',');
    expect(detectDelimiter('id\tname')).toBe('\t');
  });
});

describe('reading a table', () => {
  it('reads a Windows-1252 semicolon CSV: quoted delimiters and line breaks, empty rows skipped, row numbers kept', async () => {
    const table = await readTable(bytes('initiatieven-windows1252.csv'), { name: 'lijst.csv' }, config());
    expect(table.columns.slice(0, 3)).toEqual(['Registratienummer', 'Naam initiatief', 'Organisatie']);
    expect(table.columns.at(-1)).toBe('O');
    expect(table.rows.map((row) => row.row)).toEqual([2, 3, 5]);
    expect(table.rows[0]?.cells[12]).toBe(
      'Elke eerste zaterdag repareren we "alles" wat kapot is;\r\nook fietsen.',
    );
  });

  it('reads an XLSX sheet below its title row, with dates as ISO text and numbers as numbers', async () => {
    const table = await readTable(bytes('initiatieven.xlsx'), { name: 'lijst' }, config({ headerRow: 2 }));
    expect(table.columns).toEqual([
      'Registratienummer',
      'Naam initiatief',
      'KvK-nummer',
      'Postcode',
      'Plaats',
      'Opgericht',
      'Laatst gewijzigd',
      'Contactpersoon',
    ]);
    expect(table.rows[0]).toEqual({
      row: 3,
      cells: [
        'INI-00031',
        'Buurtkamer Oost',
        41202535,
        '1091 GH',
        'Amsterdam',
        '2014-09-01',
        '2026-10-12T08:30:00Z',
        'Fatima el Amrani',
      ],
    });
  });

  it('numbers repeated column names', async () => {
    const table = await readTable(Buffer.from('naam;naam;\nA;B;C\n'), { name: 'x.csv' }, config());
    expect(table.columns).toEqual(['naam', 'naam (2)', 'C']);
  });

  it('refuses what it cannot read with a configuration error that says what to do', async () => {
    await expect(readTable(Buffer.from('a;b\n"open;x\n'), { name: 'x.csv' }, config())).rejects.toMatchObject(
      {
        type: 'config',
        message: /CSV file cannot be read/,
      },
    );
    await expect(
      readTable(bytes('initiatieven.xlsx'), { name: 'x.xlsx' }, config({ sheet: 'Blad2' })),
    ).rejects.toMatchObject({
      type: 'config',
      message: /no sheet "Blad2"/,
    });
    await expect(
      readTable(Buffer.from('PK\u0003\u0004garbage'), { name: 'x.xlsx' }, config()),
    ).rejects.toMatchObject({ type: 'config' });
    await expect(
      readTable(Buffer.from('a;b\n'), { name: 'x.csv' }, config({ headerRow: 4 })),
    ).rejects.toMatchObject({
      message: /row 4 cannot be its header/,
    });
  });
});
