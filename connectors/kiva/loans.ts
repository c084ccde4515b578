import type { StreamDefinition } from '../sdk/index.ts';
import type { KivaConfig } from './config.ts';
import { mapLoan } from './mapping.ts';
import { KivaLoan } from './raw.ts';
import { readLoans } from './read-loans.ts';

/**
 * The `loans` stream: Kiva loan requests as listings of the organisations behind them.
 * Primary key `id`; cursor `fundraisingDate` (read newest first, see read-loans.ts).
 */
export const loansStream: StreamDefinition<KivaConfig, KivaLoan> = {
  name: 'loans',
  primaryKey: 'id',
  cursorField: 'fundraisingDate',
  raw: KivaLoan,
  read: readLoans,
  map: mapLoan,
};
