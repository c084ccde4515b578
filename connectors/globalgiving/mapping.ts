import type { Campaign, UnhashedSourceRecord } from '../../schema/index.ts';
import { htmlToText, type MapContext, money, normalizeUrl, toIsoDate, toIsoDateTime } from '../sdk/index.ts';
import type { GlobalGivingConfig } from './config.ts';
import { organisationProfile } from './organisation-profile.ts';
import type { GlobalGivingOrganization, GlobalGivingProject, GlobalGivingTheme } from './raw.ts';

/** GlobalGiving reports every amount in US dollars. */
const CURRENCY = 'USD';

/**
 * Maps one GlobalGiving project to a source record of kind `campaign` (`project-<id>`), with the organisation
 * that runs it as the initiative. The project's contact person never reaches this point (personal-data.ts).
 */
export function mapProject(
  raw: GlobalGivingProject,
  context: MapContext<GlobalGivingConfig>,
): UnhashedSourceRecord[] {
  const themes = projectThemes(raw);
  const sourceId = `project-${raw.id}`;
  return [
    {
      key: `${context.source}:${sourceId}`,
      source: context.source,
      sourceId,
      kind: 'campaign',
      url: normalizeUrl(raw.projectLink),
      harvestedAt: context.harvestedAt,
      sourceUpdatedAt: toIsoDateTime(raw.modifiedDate),
      initiative: organisationProfile(raw.organization, themes),
      campaign: campaignOf(raw, themes),
    },
  ];
}

/** Maps one organisation of the directory to a source record of kind `initiative` (`org-<id>`). */
export function mapOrganization(
  raw: GlobalGivingOrganization,
  context: MapContext<GlobalGivingConfig>,
): UnhashedSourceRecord[] {
  const sourceId = `org-${raw.id}`;
  return [
    {
      key: `${context.source}:${sourceId}`,
      source: context.source,
      sourceId,
      kind: 'initiative',
      harvestedAt: context.harvestedAt,
      initiative: organisationProfile(raw),
    },
  ];
}

function campaignOf(raw: GlobalGivingProject, themes: readonly GlobalGivingTheme[]): Campaign {
  const paragraphs = [raw.summary, raw.need, raw.activities, raw.longTermImpact]
    .map((text) => htmlToText(text))
    .filter((text): text is string => Boolean(text));
  return {
    title: htmlToText(raw.title) ?? raw.title,
    description: paragraphs.length > 0 ? [...new Set(paragraphs)].join('\n\n') : undefined,
    goal: positive(money(raw.goal, CURRENCY)),
    raised: money(raw.funding, CURRENCY),
    backers: raw.numberOfDonations ?? undefined,
    startsOn: toIsoDate(raw.approvedDate),
    status: statusOf(raw),
    tags: themes.length > 0 ? themes.map((theme) => theme.name) : undefined,
  };
}

/**
 * `active` projects take donations, `funded` ones reached their goal, `retired` ones stopped without it.
 * Older records and XML may lack `status`; then the `active` flag decides.
 */
function statusOf(raw: GlobalGivingProject): Campaign['status'] {
  switch (raw.status?.trim().toLowerCase()) {
    case 'active':
      return 'open';
    case 'funded':
      return 'funded';
    case 'retired':
      return 'closed';
    default:
      return raw.active ? 'open' : 'closed';
  }
}

/** The project's themes: the list newer answers carry, else the single `themeName` older ones have. */
function projectThemes(raw: GlobalGivingProject): GlobalGivingTheme[] {
  const listed = raw.themes?.theme ?? [];
  if (listed.length > 0 || !raw.themeName?.trim()) return listed;
  const name = raw.themeName.trim();
  return [{ id: name.toLowerCase(), name }];
}

function positive(amount: ReturnType<typeof money>) {
  return amount && amount.minor > 0 ? amount : undefined;
}
