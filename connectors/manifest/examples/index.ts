/**
 * The manifests that ship with Knooppunt and their replicas: generic formats in which Dutch municipalities
 * and networks publish initiative data (an ArcGIS FeatureServer layer, a CKAN DataStore resource). The demo
 * and tests serve the shared replica world through these replicas. Exports here are public API.
 */
export { type ArcgisFeature, arcgisLayer } from './arcgis-featureserver.layer.ts';
export { type ArcgisReplicaOptions, createArcgisReplica } from './arcgis-featureserver.replica.ts';
export { type SubsidyRow, subsidyRegister } from './ckan-datastore.register.ts';
export { type CkanReplicaOptions, createCkanReplica } from './ckan-datastore.replica.ts';
export {
  type HarvestReplicaOptions,
  harvestReplica,
  type RecordingSink,
  recordingSink,
} from './harvest-replica.ts';
