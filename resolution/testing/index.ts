/** Test support for resolution: record builders and graph readers. Internal; only tests import it. */
export { assignmentsIn } from './graph.ts';
export { type RecordSpec, sourceRecord } from './records.ts';
