import { type ReplicaHandler, type ReplicaRequest, type World, withEtag } from '../replica/index.ts';
import { listRows } from './replica-data.ts';
import { csv, windows1252, workbook } from './replica-files.ts';

/** Variants and data faults of the municipality's export; transport faults come from `withFaults`. */
export interface TabularReplicaOptions {
  /** Put the export behind HTTP Basic authentication with these credentials. */
  readonly basicAuth?: { readonly username: string; readonly password: string };
  /** Positions of rows whose name is left empty (rows to quarantine). */
  readonly malformed?: readonly number[];
}

/** The column mapping of the replica's export, as an operator would configure it. */
export const REPLICA_COLUMNS = {
  'Naam initiatief': 'initiative.name',
  Organisatie: [
    { target: 'initiative.alternateNames', list: true },
    { target: 'initiative.legalForm', transforms: ['legal-form'] },
  ],
  'KvK-nummer': { target: 'initiative.identifiers', transforms: ['kvk'], list: true },
  Straat: 'initiative.location.address',
  Postcode: { target: 'initiative.location.postcode', transforms: [{ type: 'postcode', country: 'NL' }] },
  Plaats: 'initiative.location.locality',
  Website: { target: 'initiative.website', transforms: ['url'] },
  'E-mailadres': { target: 'initiative.contact.email', transforms: ['public-email'] },
  "Thema's": {
    target: 'initiative.themes',
    transforms: [{ type: 'split', delimiter: ';' }, 'themes'],
    list: true,
  },
  Omschrijving: 'initiative.description',
  Opgericht: { target: 'initiative.foundedOn', transforms: ['date'] },
  'Laatst gewijzigd': { target: 'sourceUpdatedAt', transforms: ['date-time'] },
};

/** Source options under which `knooppunt demo` imports the replica's CSV export. */
export const DEMO_SOURCE_OPTIONS = {
  url: '/export/initiatieven.csv',
  idColumn: 'Registratienummer',
  columns: REPLICA_COLUMNS,
  constants: { 'initiative.location.country': 'NL', 'initiative.language': 'nl' },
};

/**
 * A replica of a municipality's export of its list of initiatives (the world's initiatives present on
 * `csv`): `/export/initiatieven.csv` as Excel on Windows saves it (Windows-1252, semicolons, CRLF, dates
 * day first) and `/export/initiatieven.xlsx` (a title row above the header, dates as dates, KvK numbers as
 * numbers), both with ETag and Last-Modified. Each row names a contact person and a mobile number, which an
 * import must leave out.
 *
 * @example
 * const server = await startReplicaServer(createTabularReplica(generateWorld({ seed: 1, size: 500 })));
 */
export function createTabularReplica(world: World, options: TabularReplicaOptions = {}): ReplicaHandler {
  const malformed = new Set(options.malformed ?? []);
  const rows = listRows(world).map((row, position) =>
    malformed.has(position) ? { ...row, values: { ...row.values, 'Naam initiatief': null } } : row,
  );
  const modified = new Date(
    Math.max(0, ...rows.map((row) => Date.parse(row.initiative.updatedAt))),
  ).toUTCString();
  let xlsx: Promise<Buffer> | undefined;

  return async (request) => {
    if (options.basicAuth && !authorised(request, options.basicAuth)) {
      return {
        status: 401,
        headers: {
          'www-authenticate': 'Basic realm="Gemeente - open data export"',
          'content-type': 'text/html',
        },
        body: '<html><head><title>401 Authorization Required</title></head><body><h1>Authorization Required</h1></body></html>',
      };
    }
    if (request.path === '/export/initiatieven.csv') {
      return withEtag(request, {
        status: 200,
        headers: { 'content-type': 'text/csv; charset=windows-1252', 'last-modified': modified },
        body: windows1252(csv(rows)),
      });
    }
    if (request.path === '/export/initiatieven.xlsx') {
      xlsx ??= workbook(rows);
      return withEtag(request, {
        status: 200,
        headers: {
          'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'last-modified': modified,
        },
        body: await xlsx,
      });
    }
    return { status: 404, headers: { 'content-type': 'text/html' }, body: '<h1>Bestand niet gevonden</h1>' };
  };
}

function authorised(request: ReplicaRequest, credentials: { username: string; password: string }): boolean {
  const expected = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
  return request.headers.authorization === expected;
}
