import { THEMES } from '../../../schema/index.ts';
import { hashSeed, type World, type WorldInitiative } from '../../replica/index.ts';

/** One row of the replica's subsidy register, as CKAN's DataStore returns it (`records_format=objects`). */
export type SubsidyRow = Record<string, string | number | null>;

/** The register's columns as `datastore_search` lists them; CSV loaded by xloader keeps text columns. */
export const REGISTER_FIELDS = [
  { id: '_id', type: 'int' },
  { id: 'Ontvanger', type: 'text' },
  { id: 'KvK-nummer', type: 'text' },
  { id: 'Regeling', type: 'text' },
  { id: 'Project', type: 'text' },
  { id: 'Omschrijving', type: 'text' },
  { id: 'Beleidsterrein', type: 'text' },
  { id: 'Bedrag', type: 'numeric' },
  { id: 'Datum besluit', type: 'timestamp' },
  { id: 'Postcode', type: 'text' },
  { id: 'Plaats', type: 'text' },
] as const;

const DAY_MS = 86_400_000;
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The register row of one subsidy: amount and decision date are drawn from the initiative's id, so they are stable. */
function row(initiative: WorldInitiative, id: number, referenceMs: number): SubsidyRow & { worldId: string } {
  const draw = hashSeed(`subsidy:${initiative.id}`);
  const euros = (1 + (draw % 40)) * 250 + (draw % 7 === 0 ? 0.5 : 0);
  const decided = new Date(referenceMs - (10 + (draw % 300)) * DAY_MS).toISOString().slice(0, 10);
  const labels = initiative.themes.map((code) => THEMES.find((theme) => theme.code === code)?.nl ?? code);
  const need = initiative.needs[0]?.description;
  return {
    worldId: initiative.id,
    _id: id,
    Ontvanger: initiative.legalName ?? initiative.name,
    'KvK-nummer': initiative.kvk ?? '',
    Regeling:
      draw % 2 === 0 ? 'Initiatievenfonds' : `Subsidie ${capitalise(labels[0] ?? 'bewonersinitiatieven')}`,
    Project: need ? capitalise(need) : '',
    Omschrijving: initiative.summary,
    Beleidsterrein: labels.map(capitalise).join(', '),
    Bedrag: euros.toFixed(2),
    'Datum besluit': `${decided}T00:00:00`,
    Postcode: initiative.place.postcode ?? '',
    Plaats: initiative.place.locality,
  };
}

/**
 * The rows of the replica's subsidy register: one subsidy for every Dutch initiative of the world, in world
 * order. Each row keeps `worldId` for tests; the replica leaves it out of what it serves.
 */
export function subsidyRegister(world: World): (SubsidyRow & { worldId: string })[] {
  const referenceMs = Date.parse(world.referenceDate);
  return world.initiatives
    .filter((initiative) => initiative.place.country === 'NL')
    .map((initiative, index) => row(initiative, index + 1, referenceMs));
}
