/** Test support for resolution: record builders. Internal; only tests import it. */
export { type RecordSpec, sourceRecord } from './records.ts';
