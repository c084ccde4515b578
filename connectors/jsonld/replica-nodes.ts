import { foldLabel, THEMES } from '../../schema/index.ts';
import {
  createRng,
  nameVariant,
  type Rng,
  type WorldInitiative,
  type WorldLanguage,
} from '../replica/index.ts';

const DAY_MS = 86_400_000;

/** How an initiative's page writes its JSON-LD, as CMSs and hand-written pages do. */
export type MarkupStyle = 'graph' | 'blocks' | 'array';

/** What one initiative's page holds: its JSON-LD nodes, how they are written, and who organises its event. */
export interface InitiativePage {
  readonly initiative: WorldInitiative;
  readonly path: string;
  readonly style: MarkupStyle;
  /** The page's nodes: the organisation first, then its volunteer jobs, event and project. */
  readonly nodes: readonly Record<string, unknown>[];
  /** The name of a private person who organises the page's event, when one does (personal data). */
  readonly personOrganiser?: string;
}

const WORDS: Readonly<
  Record<WorldLanguage, { volunteer: string; hours: (h: number) => string; open: string; donate: string }>
> = {
  nl: {
    volunteer: 'Vrijwilliger gezocht',
    hours: (h) => `${h} uur per week`,
    open: 'Open inloop',
    donate: 'Steun ons',
  },
  de: {
    volunteer: 'Ehrenamtliche gesucht',
    hours: (h) => `${h} Stunden pro Woche`,
    open: 'Offener Treff',
    donate: 'Jetzt spenden',
  },
  en: {
    volunteer: 'Volunteer wanted',
    hours: (h) => `${h} hours per week`,
    open: 'Open day',
    donate: 'Donate',
  },
};
const PEOPLE = ['Jan de Vries', 'Fatima el Amrani', 'Sanne Bakker', 'Klaus Becker', 'Emma Hughes'];

/** The path of an initiative's page on the replica site. */
export function pagePath(initiative: WorldInitiative): string {
  return `/initiatieven/${initiative.id}-${foldLabel(initiative.baseName).replace(/ /g, '-').slice(0, 50)}`;
}

/**
 * The JSON-LD an initiative publishes on its own page: an NGO or Organization with its address, website,
 * profiles, KvK number, founding date and needs; a volunteer JobPosting for each volunteer need; an Event
 * for some; a Project with a DonateAction for some money needs. Deterministic per initiative.
 */
export function initiativePage(
  initiative: WorldInitiative,
  site: string,
  referenceDate: string,
): InitiativePage {
  const rng = createRng(`${initiative.id}:jsonld`);
  const path = pagePath(initiative);
  const page = `${site}${path}`;
  const orgId = `${page}#organisatie`;
  const language = initiative.language;
  const words = WORDS[language];
  const organisation = organisationNode(initiative, rng, orgId);
  const reference = Date.parse(referenceDate);
  const jobs = initiative.needs
    .filter((need) => need.type === 'volunteers')
    .map((need, n) => {
      const hours = rng.pick([2, 3, 4, 6]);
      return {
        '@type': 'JobPosting',
        '@id': `${page}#vacature-${n + 1}`,
        title: `${words.volunteer}: ${need.description}`,
        description: `<p>${initiative.summary}</p>`,
        employmentType: rng.chance(0.8) ? 'VOLUNTEER' : ['VOLUNTEER', 'PART_TIME'],
        datePosted: isoDate(reference - rng.int(10, 120) * DAY_MS),
        validThrough: isoDate(reference + rng.int(-20, 120) * DAY_MS),
        workHours: words.hours(hours),
        hiringOrganization: { '@id': orgId },
        jobLocation: { '@type': 'Place', address: addressNode(initiative) },
        ...(rng.chance(0.5)
          ? { skills: rng.sample(['koken', 'plannen', 'klussen', 'teamwork', 'driving'], 2).join(', ') }
          : {}),
      };
    });
  const withEvent = initiative.kind === 'repair-cafe' || rng.chance(0.3);
  const personOrganiser = withEvent && rng.chance(0.25) ? rng.pick(PEOPLE) : undefined;
  const start = reference + rng.int(3, 40) * DAY_MS;
  const event = withEvent
    ? {
        '@type': rng.chance(0.5) ? 'SocialEvent' : 'Event',
        name: `${words.open} ${initiative.baseName}`,
        startDate: `${isoDate(start)}T14:00:00+01:00`,
        endDate: `${isoDate(start)}T17:00:00+01:00`,
        eventStatus: 'https://schema.org/EventScheduled',
        eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
        location: { '@type': 'Place', name: initiative.baseName, address: addressNode(initiative) },
        organizer: personOrganiser ? { '@type': 'Person', name: personOrganiser } : { '@id': orgId },
      }
    : undefined;
  const money = initiative.needs.find((need) => need.type === 'money');
  const project =
    money && rng.chance(0.6)
      ? {
          '@type': 'Project',
          '@id': `${page}#project`,
          name: money.description.charAt(0).toUpperCase() + money.description.slice(1),
          description: initiative.summary,
          parentOrganization: { '@id': orgId },
          potentialAction: {
            '@type': 'DonateAction',
            name: words.donate,
            recipient: { '@id': orgId },
            price: rng.int(10, 200) * 50,
            priceCurrency: initiative.place.country === 'GB' ? 'GBP' : 'EUR',
          },
        }
      : undefined;
  const nodes = [organisation, ...jobs, ...(event ? [event] : []), ...(project ? [project] : [])];
  return { initiative, path, style: rng.pick(['graph', 'blocks', 'array'] as const), nodes, personOrganiser };
}

function organisationNode(initiative: WorldInitiative, rng: Rng, id: string): Record<string, unknown> {
  const themeLabels = initiative.themes.map((code) => {
    const theme = THEMES.find((term) => term.code === code);
    return initiative.language === 'nl' ? theme?.nl : theme?.en;
  });
  const domain = initiative.website ? new URL(initiative.website).hostname.replace(/^www\./, '') : undefined;
  const place = initiative.place;
  return {
    '@type': rng.chance(0.6) ? 'NGO' : 'Organization',
    '@id': id,
    name: nameVariant(initiative, 'jsonld', createRng(`${initiative.id}:jsonld:name`)),
    ...(initiative.legalName ? { legalName: initiative.legalName } : {}),
    description: rng.chance(0.4) ? `<p>${initiative.description}</p>` : initiative.description,
    ...(initiative.website ? { url: initiative.website } : {}),
    ...(rng.chance(0.4)
      ? { sameAs: [`https://www.facebook.com/${foldLabel(initiative.baseName).replace(/ /g, '')}`] }
      : {}),
    ...(domain && rng.chance(0.5) ? { logo: `https://${domain}/logo.png` } : {}),
    address: addressNode(initiative),
    geo: { '@type': 'GeoCoordinates', latitude: place.lat, longitude: place.lon },
    foundingDate: rng.chance(0.3) ? initiative.foundedOn.slice(0, 4) : initiative.foundedOn,
    ...(initiative.kvk
      ? { identifier: { '@type': 'PropertyValue', propertyID: 'KvK', value: initiative.kvk } }
      : {}),
    ...(initiative.legalForm === 'stichting' && place.country === 'NL' && rng.chance(0.5)
      ? { nonprofitStatus: 'https://schema.org/NonprofitANBI' }
      : {}),
    ...(domain
      ? {
          email: rng.chance(0.8)
            ? `mailto:info@${domain}`
            : `${foldLabel(rng.pick(PEOPLE)).replace(/ /g, '.')}@gmail.com`,
        }
      : {}),
    keywords: themeLabels.filter(Boolean).join(', '),
    seeks: initiative.needs.map((need) => ({ '@type': 'Demand', name: need.description })),
  };
}

function addressNode(initiative: WorldInitiative): Record<string, unknown> {
  const place = initiative.place;
  return {
    '@type': 'PostalAddress',
    ...(place.address ? { streetAddress: place.address } : {}),
    ...(place.postcode ? { postalCode: place.postcode.replace(' ', '') } : {}),
    addressLocality: place.locality,
    addressCountry: place.country,
  };
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
