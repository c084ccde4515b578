import { createRng, nameVariant, type World, type WorldInitiative } from '../replica/index.ts';
import { OPENSTAD_THEMES } from './labels.ts';
import type { ReplicaSite } from './replica-sites.ts';

const FIRST_NAMES = [
  'Martine',
  'Jesper',
  'Fatima',
  'Sanne',
  'Youssef',
  'Ingrid',
  'Daan',
  'Priya',
  'Kees',
  'Noor',
];
const LAST_NAMES = ['de Vente', 'Bakker', 'El Amrani', 'Visser', 'van Dijk', 'Jansen', 'Mulder', 'de Groot'];
const MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];
const DAY_MS = 86_400_000;

/** The id of a world initiative's idea on the replica. */
export function ideaId(initiative: WorldInitiative): number {
  return 15_000 + initiative.index;
}

/** The world's initiatives on OpenStad that belong to a site's municipality, in world order. */
export function siteInitiatives(world: World, site: ReplicaSite): WorldInitiative[] {
  return world.initiatives.filter(
    (initiative) =>
      initiative.presence.includes('openstad') && initiative.place.municipality?.code === site.municipality,
  );
}

/** A private person, as residents fill in the organiser field ("Martine de Vente"). */
export function organiserPerson(initiative: WorldInitiative): { name: string; email: string; phone: string } {
  const rng = createRng(`${initiative.id}:openstad:person`);
  const first = rng.pick(FIRST_NAMES);
  const last = rng.pick(LAST_NAMES);
  const local = `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, '');
  return {
    name: `${first} ${last}`,
    email: `${local}@gmail.com`,
    phone: `06-${rng.int(10_000_000, 99_999_999)}`,
  };
}

/** Whether the organiser field names the organisation (registered ones mostly do) or a resident. */
function organisedByOrganisation(initiative: WorldInitiative): boolean {
  return initiative.legalForm !== 'none' && createRng(`${initiative.id}:openstad:org`).chance(0.85);
}

/** The theme label the site files the initiative under: the first site theme sharing one of its themes. */
function themeLabel(initiative: WorldInitiative): string {
  const match = OPENSTAD_THEMES.find(([, themes]) =>
    themes.some((theme) => initiative.themes.includes(theme)),
  );
  return match?.[0] ?? 'In de buurt en burenhulp';
}

function areaLabel(initiative: WorldInitiative, site: ReplicaSite): string {
  const area = initiative.place.area;
  if (!area || createRng(`${initiative.id}:openstad:area`).chance(0.25)) return site.cityWide;
  return site.areas[area] ?? `Wijk ${area}`;
}

/** "24 maart 2020 15:29" in Amsterdam time, as OpenStad's `...Humanized` fields read. */
export function humanized(iso: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${Number(part('day'))} ${MONTHS[Number(part('month')) - 1]} ${part('year')} ${part('hour')}:${part('minute')}`;
}

/** An ISO time with milliseconds, as OpenStad (Sequelize on MySQL) writes them. */
function sequelizeTime(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString();
}

/** The HTML of a description as OpenStad's Trix editor stores it. */
function trixHtml(text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const [lead, ...rest] = escaped.split(/(?<=[.!?])\s+(?=\p{Lu})/u);
  return `<div><strong>${lead ?? ''}</strong><br /><br /></div><div>${rest.join(' ')}<br /></div>`;
}

/** The idea JSON of one world initiative on a site, in the field order and shape of the real API. */
export function ideaJson(initiative: WorldInitiative, site: ReplicaSite): Record<string, unknown> {
  const rng = createRng(`${initiative.id}:openstad`);
  const id = ideaId(initiative);
  const updated = Date.parse(initiative.updatedAt);
  const created = Math.max(
    Date.parse(`${initiative.foundedOn}T09:00:00Z`),
    updated - rng.int(1, 400) * DAY_MS,
  );
  const start = created;
  const end = start + 90 * DAY_MS;
  const byOrganisation = organisedByOrganisation(initiative);
  const person = organiserPerson(initiative);
  const name = nameVariant(initiative, 'openstad', createRng(`${initiative.id}:openstad:name`));
  const needs = initiative.needs.map((need) => need.description);
  const { lat, lon } = initiative.place;
  const website = initiative.website ?? '';
  const domain = website.replace(/^https?:\/\/(www\.)?/, '');
  return {
    startDateHumanized: humanized(sequelizeTime(start)),
    endDate: sequelizeTime(end),
    endDateHumanized: humanized(sequelizeTime(end)),
    duration: end - start,
    posterImageUrl: `https://maps.googleapis.com/maps/api/streetview?size=800x600&location=${lat},${lon}&heading=151.78&pitch=-0.76&key=AIzaReplicaKeyNotReal`,
    extraData: {
      theme: themeLabel(initiative),
      area: areaLabel(initiative, site),
      isOrganiserQuestion: byOrganisation ? 'isOrganiserFalse' : 'isOrganiserTrue',
      isOrganiserName: byOrganisation ? (initiative.legalName ?? initiative.name) : person.name,
      isOrganiserWebsite: byOrganisation ? website : '',
      helpNeededQuestion: needs.length > 0 ? 'helpNeededTrue' : 'helpNeededFalse',
      helpNeededDescription: needs.length > 0 ? `We zoeken ${needs.join(' en ')}.` : '',
      helpNeededApply: `Stuur een mail naar ${person.email} of bel ${person.phone} (${person.name}).`,
      isOrganiserPhone: byOrganisation ? '' : person.phone,
      isOrganiserEmail: byOrganisation ? (domain ? `info@${domain}` : '') : person.email,
      images: [
        `https://image-server2.openstadsdeel.nl/image/${rng.int(0x10000000, 0x7fffffff).toString(16)}`,
      ],
      phone: '',
    },
    position: { lat, lng: lon },
    createDateHumanized: humanized(sequelizeTime(created)),
    id,
    siteId: site.siteId,
    meetingId: null,
    userId: 80_000 + initiative.index,
    startDate: sequelizeTime(start),
    sort: 1,
    status: 'OPEN',
    title: rng.chance(0.5) ? name : `${name} - ${initiative.summary.replace(/\.$/, '')}`,
    summary: initiative.summary,
    description: trixHtml(initiative.description),
    budget: null,
    // OpenStad's quirk: [lat, lng] in a field shaped like GeoJSON, which would be [lng, lat].
    location: { type: 'Point', coordinates: [lat, lon] },
    modBreak: '',
    modBreakUserId: null,
    modBreakDate: null,
    createdAt: sequelizeTime(created),
    updatedAt: sequelizeTime(updated),
    deletedAt: null,
    config: null,
    site: null,
    can: {},
    user: { isAdmin: false },
    createdAtText: humanized(sequelizeTime(created)),
  };
}
