import { foldLabel } from '../../schema/index.ts';
import { ConnectorError, withoutPersonalEmails } from '../sdk/index.ts';
import { type TabularConfig, targetsOf } from './config.ts';
import type { TabularRow } from './raw.ts';
import type { Table } from './table.ts';

/**
 * The table's rows as raw records: each with its row number, its id, and the cells of the mapped columns
 * only, private persons' e-mail addresses cut out, so that neither the store nor the quarantine holds them.
 * A mapped column the file does not have is a configuration error that lists the columns it has.
 */
export function rawRows(table: Table, config: TabularConfig): TabularRow[] {
  const wanted = [
    ...new Set([...Object.keys(config.columns), ...(config.idColumn ? [config.idColumn] : [])]),
  ];
  const missing = wanted.filter((column) => !table.columns.includes(column));
  if (missing.length > 0) {
    throw new ConnectorError(
      'config',
      `the file has no column ${missing.map((column) => JSON.stringify(column)).join(', ')}; its columns are ${table.columns.map((column) => JSON.stringify(column)).join(', ')}`,
    );
  }
  const index = new Map(table.columns.map((column, position) => [column, position]));
  const columnFor = (target: string) =>
    Object.entries(config.columns).find(([, spec]) => targetsOf(spec).some((t) => t.target === target))?.[0];
  const nameColumn = columnFor('initiative.name');
  const placeColumns = [columnFor('initiative.location.postcode'), columnFor('initiative.location.locality')];
  return table.rows.map(({ row, cells: values }) => {
    const cells = Object.fromEntries(
      wanted.map((column) => {
        const value = values[index.get(column) as number] ?? null;
        return [column, typeof value === 'string' ? withoutPersonalEmails(value) : value];
      }),
    );
    const text = (column: string | undefined) => (column ? String(cells[column] ?? '').trim() : '');
    const place = placeColumns.map(text).find(Boolean);
    const name = foldLabel(text(nameColumn)).replace(/ /g, '-');
    const id = config.idColumn
      ? text(config.idColumn)
      : name && (place ? `${name}--${foldLabel(place).replace(/ /g, '-')}` : name);
    return { id, row, cells };
  });
}
