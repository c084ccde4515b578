import { defineConnector, NO_BASE_URL } from '../sdk/index.ts';
import { TabularConfig } from './config.ts';
import { rowsStream } from './rows-stream.ts';

/**
 * The CSV and XLSX import: how networks and municipalities hand over their lists of initiatives. A file
 * from a URL or the harvester's disk, its delimiter and encoding detected or configured, each row mapped to
 * a record through a column mapping in the source's options, with the transforms declarative manifests
 * offer.
 *
 * @example
 * # knooppunt.config.yaml
 * sources:
 *   utrecht-initiatieven:
 *     connector: tabular
 *     options:
 *       url: https://data.utrecht.nl/initiatieven.csv
 *       idColumn: Registratienummer
 *       columns:
 *         Naam initiatief: initiative.name
 *         Postcode: initiative.location.postcode
 *       constants: { initiative.location.country: NL }
 */
export const tabular = defineConnector<TabularConfig>({
  id: 'tabular',
  title: 'CSV and XLSX files',
  kind: 'generic',
  description:
    "Lists of initiatives as CSV or XLSX files (networks', municipalities'), mapped column by column.",
  documentationUrl: 'https://www.rfc-editor.org/rfc/rfc4180',
  // A file import has no endpoint of its own; a relative `url` needs the source's baseUrl.
  defaultBaseUrl: NO_BASE_URL,
  // Weekly, Mondays at 06:07: lists are updated by hand, a few times a year; an unchanged file costs one 304.
  defaultSchedule: '7 6 * * 1',
  // One file per run: no rate to keep beyond one request at a time.
  defaultLimits: { concurrency: 1, requestsPerMinute: 60 },
  config: TabularConfig,
  streams: [rowsStream],
});
