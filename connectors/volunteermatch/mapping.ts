import {
  detectInitiativeKind,
  type InitiativeProfile,
  type Location,
  mapTargetGroups,
  normalizeLocation,
  type Opportunity,
  THEME_CODES,
  type Theme,
  type UnhashedSourceRecord,
} from '../../schema/index.ts';
import {
  htmlToText,
  type MapContext,
  normalizeUrl,
  organisationContact,
  splitWebsiteAndProfiles,
  toIsoDate,
} from '../sdk/index.ts';
import {
  CATEGORY_THEMES,
  labelOf,
  VOLUNTEERMATCH_CATEGORIES,
  type VolunteerMatchCategory,
} from './categories.ts';
import type { VolunteerMatchConfig } from './config.ts';
import type { VolunteerMatchLocation, VolunteerMatchOpportunity, VolunteerMatchOrg } from './raw.ts';

const WEB = 'https://www.volunteermatch.org';

/**
 * Maps one VolunteerMatch opportunity to a source record of kind `opportunity`, with its parent organisation
 * as the initiative. The search returns active opportunities only, so an opportunity is open unless its date
 * range has ended; ones that left the search are marked gone by the next full run.
 */
export function mapOpportunity(
  raw: VolunteerMatchOpportunity,
  context: MapContext<VolunteerMatchConfig>,
): UnhashedSourceRecord[] {
  const page = `${WEB}/search/opp${raw.id}.jsp`;
  const virtual = raw.location?.virtual === true;
  const opportunity: Opportunity = {
    title: htmlToText(raw.title) ?? raw.title,
    description: htmlToText(raw.plaintextDescription) ?? htmlToText(raw.description),
    skills: skillsOf(raw.skillsNeeded),
    schedule: scheduleOf(raw),
    startsOn: toIsoDate(raw.dateRange?.startDate),
    endsOn: toIsoDate(raw.dateRange?.endDate),
    remote: virtual,
    location: virtual ? undefined : locationOf(raw.location),
    spots: raw.volunteersNeeded ?? undefined,
    applyUrl: page,
    status: ended(raw, context.harvestedAt) ? 'closed' : 'open',
  };
  return [
    {
      key: `${context.source}:${raw.id}`,
      source: context.source,
      sourceId: String(raw.id),
      kind: 'opportunity',
      url: page,
      harvestedAt: context.harvestedAt,
      initiative: {
        ...organisationProfile(raw.parentOrg, raw),
        needs: [{ type: 'volunteers', description: opportunity.title, quantity: opportunity.spots }],
      },
      opportunity,
    },
  ];
}

/**
 * The parent organisation as an initiative profile: name, description (else its mission), mission as the
 * summary, own website (a social page counts as a profile), its VolunteerMatch page, address, logo and its
 * phone number as the organisation's contact. Themes and categories come from the opportunity's categories,
 * the only ones the search gives; target groups from `greatFor`. No legal form: VolunteerMatch lists
 * nonprofits, whose "Inc." says nothing about being a company.
 */
function organisationProfile(org: VolunteerMatchOrg, raw: VolunteerMatchOpportunity): InitiativeProfile {
  const name = org.name.trim();
  const mission = htmlToText(org.mission);
  const { website, links } = splitWebsiteAndProfiles([org.url]);
  const kind = detectInitiativeKind(name);
  const themes = themesOf(raw.categories);
  const targetGroups = mapTargetGroups(raw.greatFor.map(labelOf));
  return {
    name,
    description: htmlToText(org.description) ?? mission,
    summary: mission && mission.length <= 300 ? mission : undefined,
    website,
    links: [...(org.id ? [`${WEB}/search/org${org.id}.jsp`] : []), ...links],
    kind,
    themes: themes.length > 0 ? themes : undefined,
    categories: raw.categories.length > 0 ? raw.categories.map(labelOf) : undefined,
    targetGroups: targetGroups.length > 0 ? targetGroups : undefined,
    location: locationOf(org.location),
    imageUrl: normalizeUrl(org.imageUrl),
    contact: organisationContact({ phone: org.phoneNumber }),
    language: 'en',
    derived: kind ? ['kind'] : undefined,
  };
}

function locationOf(location: VolunteerMatchLocation | null | undefined): Location | undefined {
  if (!location) return undefined;
  return normalizeLocation({
    address: [location.street1, location.street2].filter(Boolean).join(', '),
    postcode: location.postalCode,
    locality: location.city,
    region: location.region,
    country: location.country ?? 'US',
    lat: location.geoLocation?.latitude,
    lon: location.geoLocation?.longitude,
  });
}

function themesOf(categories: readonly string[]): Theme[] {
  const found = new Set<Theme>();
  for (const category of categories) {
    if ((VOLUNTEERMATCH_CATEGORIES as readonly string[]).includes(category)) {
      for (const theme of CATEGORY_THEMES[category as VolunteerMatchCategory]) found.add(theme);
    }
  }
  return THEME_CODES.filter((code) => found.has(code));
}

/** Skills as VolunteerMatch writes them: one text ("Tutoring, Spanish") or a list. */
function skillsOf(skills: string | readonly string[] | null | undefined): string[] {
  const list = typeof skills === 'string' ? skills.split(/[,;\n]/) : (skills ?? []);
  return [...new Set(list.map((skill) => skill.trim()).filter(Boolean))];
}

/** "Ongoing" or "One day, 09:00-13:00". */
function scheduleOf(raw: VolunteerMatchOpportunity): string | undefined {
  const range = raw.dateRange;
  if (!range) return undefined;
  const times =
    range.startTime && range.endTime ? `${range.startTime.slice(0, 5)}-${range.endTime.slice(0, 5)}` : '';
  const kind = range.ongoing ? 'Ongoing' : range.singleDayOpps ? 'One day' : undefined;
  const parts = [kind, times].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : undefined;
}

function ended(raw: VolunteerMatchOpportunity, harvestedAt: string): boolean {
  if (raw.dateRange?.ongoing) return false;
  const end = toIsoDate(raw.dateRange?.endDate);
  return end !== undefined && Date.parse(`${end}T23:59:59Z`) < Date.parse(harvestedAt);
}
