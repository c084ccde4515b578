import {
  detectInitiativeKind,
  detectLegalForm,
  foldLabel,
  type InitiativeProfile,
  type Location,
  normalizeLocation,
  type UnhashedSourceRecord,
} from '../../schema/index.ts';
import {
  guessLanguage,
  htmlToText,
  type MapContext,
  moneyFromMinor,
  normalizeUrl,
  toIsoDate,
  toIsoDateTime,
} from '../sdk/index.ts';
import type { BetterplaceConfig } from './config.ts';
import { type BetterplacePicture, type BetterplaceProject, linkOf } from './raw.ts';

/**
 * Maps one betterplace project to a source record of kind `campaign`, with the carrier organisation as
 * the initiative. Projects without an organisation as carrier (a private person) give no record. The
 * project's contact person is never read: the raw schema does not even carry it.
 */
export function mapProject(
  raw: BetterplaceProject,
  context: MapContext<BetterplaceConfig>,
): UnhashedSourceRecord[] {
  if (!raw.carrier) return [];
  const url = normalizeUrl(linkOf(raw.links, 'platform'));
  const campaignDescription = htmlToText(raw.description) ?? htmlToText(raw.summary);
  const campaign = {
    // Every string betterplace sends is sanitised HTML, titles included ("Koffie &amp; ontmoeting").
    title: htmlToText(raw.title) ?? raw.title,
    description: campaignDescription,
    goal: goalOf(raw),
    raised: moneyFromMinor(raw.donated_amount_in_cents, 'EUR'),
    backers: raw.donor_count ?? raw.donations_count ?? undefined,
    startsOn: toIsoDate(raw.activated_at),
    endsOn: raw.closed_at ? toIsoDate(raw.closed_at) : undefined,
    status: raw.completed_at ? ('funded' as const) : raw.closed_at ? ('closed' as const) : ('open' as const),
  };
  return [
    {
      key: `${context.source}:${raw.id}`,
      source: context.source,
      sourceId: String(raw.id),
      kind: 'campaign',
      url,
      harvestedAt: context.harvestedAt,
      sourceUpdatedAt: toIsoDateTime(raw.updated_at),
      initiative: profileOf(raw, context, campaignDescription),
      campaign,
    },
  ];
}

/** The carrier as an initiative profile, enriched with its organisation details when they were fetched. */
function profileOf(
  raw: BetterplaceProject,
  context: MapContext<BetterplaceConfig>,
  campaignDescription: string | undefined,
): InitiativeProfile {
  const carrier = raw.carrier!;
  const organisation = raw.organisation;
  const name = htmlToText(carrier.name) ?? carrier.name;
  const description = htmlToText(organisation?.description);
  const kind = detectInitiativeKind(name);
  const platformPage = normalizeUrl(linkOf(organisation?.links, 'platform'));
  const registeredName = htmlToText(organisation?.name);
  return {
    name,
    alternateNames:
      registeredName && foldLabel(registeredName) !== foldLabel(name) ? [registeredName] : undefined,
    description,
    website: normalizeUrl(linkOf(organisation?.links, 'website')),
    links: platformPage ? [platformPage] : undefined,
    legalForm: detectLegalForm(name),
    kind,
    location: locationOf(raw),
    imageUrl: pictureOf(carrier.picture) ?? pictureOf(organisation?.picture),
    language: guessLanguage(description ?? campaignDescription, context.config.locale),
    derived: kind ? ['kind'] : undefined,
  };
}

/**
 * Where the organisation is: its own address when its details were fetched; otherwise the carrier's town
 * and country, with the project's street, postcode and coordinates when the project is in that town.
 */
function locationOf(raw: BetterplaceProject): Location | undefined {
  const carrier = raw.carrier!;
  const organisation = raw.organisation;
  if (organisation && (organisation.city || organisation.zip || organisation.latitude)) {
    return normalizeLocation({
      address: organisation.street,
      postcode: organisation.zip,
      locality: organisation.city ?? carrier.city,
      country: organisation.country ?? carrier.country,
      lat: organisation.latitude,
      lon: organisation.longitude,
    });
  }
  const sameTown = !carrier.city || !raw.city || foldLabel(carrier.city) === foldLabel(raw.city);
  return normalizeLocation({
    locality: carrier.city ?? raw.city,
    country: carrier.country ?? raw.country,
    ...(sameTown ? { address: raw.street, postcode: raw.zip, lat: raw.latitude, lon: raw.longitude } : {}),
  });
}

/** The goal is what was donated plus what is still open; unknown when the open amount is. */
function goalOf(raw: BetterplaceProject) {
  if (raw.open_amount_in_cents === null || raw.open_amount_in_cents === undefined) return undefined;
  const total = raw.open_amount_in_cents + (raw.donated_amount_in_cents ?? 0);
  return total > 0 ? moneyFromMinor(total, 'EUR') : undefined;
}

/**
 * The original size of an uploaded picture. The platform's placeholders live under `/assets/default/`;
 * the `fallback` flag cannot tell them apart, as betterplace sets it on uploaded pictures too.
 */
function pictureOf(picture: BetterplacePicture | null | undefined): string | undefined {
  const href = linkOf(picture?.links, 'original');
  if (!href || /\/assets\/default\//.test(href)) return undefined;
  return normalizeUrl(href);
}
