/** An OpenStad site the replica serves: one per municipality whose initiatives the world puts on OpenStad. */
export interface ReplicaSite {
  readonly siteId: number;
  readonly municipality: string;
  readonly webUrl: string;
  /** Area labels of the site by the world's neighbourhood names; others become "Wijk <name>". */
  readonly areas: Readonly<Record<string, string>>;
  /** The label for initiatives that serve the whole city. */
  readonly cityWide: string;
}

/** Amsterdam's neighbourhoods in the world, by the stadsdeel Wij Amsterdam files them under. */
const AMSTERDAM_DISTRICTS: Readonly<Record<string, string>> = {
  'De Pijp': 'Stadsdeel Zuid',
  Rivierenbuurt: 'Stadsdeel Zuid',
  Jordaan: 'Stadsdeel Centrum',
  Bijlmer: 'Stadsdeel Zuidoost',
  Oosterparkbuurt: 'Stadsdeel Oost',
  'Indische Buurt': 'Stadsdeel Oost',
  Watergraafsmeer: 'Stadsdeel Oost',
  Dapperbuurt: 'Stadsdeel Oost',
  Slotervaart: 'Stadsdeel Nieuw-West',
  Osdorp: 'Stadsdeel Nieuw-West',
  Geuzenveld: 'Stadsdeel Nieuw-West',
  Spaarndammerbuurt: 'Stadsdeel West',
  Kolenkit: 'Stadsdeel West',
  Vogelbuurt: 'Stadsdeel Noord',
  'Tuindorp Oostzaan': 'Stadsdeel Noord',
};

/** The sites of the replica: Wij Amsterdam (the real site id 197) and two invented ones. */
export const REPLICA_SITES: readonly ReplicaSite[] = [
  {
    siteId: 197,
    municipality: 'GM0363',
    webUrl: 'https://wijamsterdam.nl',
    areas: AMSTERDAM_DISTRICTS,
    cityWide: 'Amsterdam Algemeen',
  },
  {
    siteId: 241,
    municipality: 'GM0518',
    webUrl: 'https://samen.denhaag.example',
    areas: {},
    cityWide: 'Heel Den Haag',
  },
  {
    siteId: 268,
    municipality: 'GM0344',
    webUrl: 'https://initiatieven.utrecht.example',
    areas: {},
    cityWide: 'Utrecht Algemeen',
  },
];

/** The replica site of a site id. */
export function replicaSite(siteId: number): ReplicaSite | undefined {
  return REPLICA_SITES.find((site) => site.siteId === siteId);
}
