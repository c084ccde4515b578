import { jsonResponse, matchPath, type ReplicaHandler, type ReplicaResponse } from '../../replica/index.ts';
import { type ArcgisFeature, LAYER_FIELDS } from './arcgis-featureserver.layer.ts';

/** Options of the ArcGIS FeatureServer replica. */
export interface ArcgisReplicaOptions {
  /** The service name the layer is published under. */
  readonly service?: string;
  /** The layer's maxRecordCount: no answer holds more features, whatever resultRecordCount asks. */
  readonly maxRecordCount?: number;
  /** When set, the layer is secured: requests need `token=<this>` (499 without, 498 with another). */
  readonly token?: string;
  /** OBJECTIDs whose NAAM is served as null, as a half-filled feature on a real map is. */
  readonly malformed?: readonly number[];
}

/** ArcGIS's error answer: HTTP 200 with an `error` object, as ArcGIS Server sends it. */
function arcgisError(code: number, message: string, details: string[] = []): ReplicaResponse {
  return jsonResponse(200, { error: { code, message, details } });
}

const TIMESTAMP = /^(\w+)\s*(>=|>)\s*TIMESTAMP\s*'(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2})'$/i;

/** The features a `where` clause selects: `1=1`, or `<date field> >|>= TIMESTAMP 'YYYY-MM-DD HH:MM:SS'`. */
function filterOf(where: string): ((feature: ArcgisFeature) => boolean) | undefined {
  if (where.replace(/\s/g, '') === '1=1') return () => true;
  const match = TIMESTAMP.exec(where.trim());
  if (!match) return undefined;
  const [, field = '', operator, timestamp = ''] = match;
  const ms = Date.parse(`${timestamp.replace(' ', 'T')}Z`);
  return (feature) => {
    const value = Number(feature.attributes[field]);
    return operator === '>=' ? value >= ms : value > ms;
  };
}

/** Web Mercator (wkid 102100), what ArcGIS answers when `outSR` is not given for a layer stored that way. */
function webMercator({ x, y }: { x: number; y: number }): { x: number; y: number } {
  const r = 6378137;
  return { x: (r * x * Math.PI) / 180, y: r * Math.log(Math.tan(Math.PI / 4 + (y * Math.PI) / 360)) };
}

/**
 * A replica of an ArcGIS FeatureServer layer query endpoint
 * (`/arcgis/rest/services/<service>/FeatureServer/0/query`): `where` (`1=1` or a TIMESTAMP comparison on a
 * date field), `outFields=*`, `outSR` (4326, else Web Mercator), `orderByFields`, `resultOffset` and
 * `resultRecordCount` capped at `maxRecordCount`, `exceededTransferLimit` while more features follow, `f=json`
 * only, tokens for secured layers, and ArcGIS's 200-with-`error` answers for bad requests.
 *
 * @example
 * const server = await startReplicaServer(createArcgisReplica(arcgisLayer(world), { maxRecordCount: 25 }));
 */
export function createArcgisReplica(
  features: ArcgisFeature[],
  options: ArcgisReplicaOptions = {},
): ReplicaHandler {
  const service = options.service ?? 'Initiatievenkaart';
  const maxRecordCount = options.maxRecordCount ?? 1000;
  const malformed = new Set(options.malformed ?? []);
  return (request) => {
    const params = matchPath('/arcgis/rest/services/:service/FeatureServer/:layer/query', request.path);
    if (!params || params.service !== service || params.layer !== '0') {
      return arcgisError(400, 'Invalid URL', ['Service or layer not found']);
    }
    const query = request.query;
    if (options.token !== undefined) {
      const token = query.get('token');
      if (!token) return arcgisError(499, 'Token Required');
      if (token !== options.token) return arcgisError(498, 'Invalid Token');
    }
    if ((query.get('f') ?? 'html') !== 'json')
      return arcgisError(400, 'Unable to complete operation.', ["'f' must be json"]);
    const filter = filterOf(query.get('where') ?? '');
    if (!filter) return arcgisError(400, 'Unable to complete operation.', ["'where' parameter is invalid"]);
    const wgs84 = query.get('outSR') === '4326';
    const orderBy = (query.get('orderByFields') ?? 'OBJECTID ASC').split(/\s+/)[0] ?? 'OBJECTID';
    const selected = features
      .filter(filter)
      .sort((a, b) => Number(a.attributes[orderBy]) - Number(b.attributes[orderBy]));
    const offset = Number(query.get('resultOffset') ?? 0);
    const count = Math.min(Number(query.get('resultRecordCount') ?? maxRecordCount), maxRecordCount);
    const page = selected.slice(offset, offset + count).map((feature) => ({
      attributes: malformed.has(Number(feature.attributes.OBJECTID))
        ? { ...feature.attributes, NAAM: null }
        : feature.attributes,
      geometry: wgs84 ? feature.geometry : webMercator(feature.geometry),
    }));
    const wkid = wgs84 ? { wkid: 4326, latestWkid: 4326 } : { wkid: 102100, latestWkid: 3857 };
    return jsonResponse(200, {
      objectIdFieldName: 'OBJECTID',
      uniqueIdField: { name: 'OBJECTID', isSystemMaintained: true },
      globalIdFieldName: 'GlobalID',
      geometryType: 'esriGeometryPoint',
      spatialReference: wkid,
      ...(page.length > 0 ? { fields: LAYER_FIELDS } : {}),
      ...(offset + page.length < selected.length ? { exceededTransferLimit: true } : {}),
      features: page,
    });
  };
}
