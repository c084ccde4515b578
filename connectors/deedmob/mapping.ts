import type { Opportunity, UnhashedSourceRecord } from '../../schema/index.ts';
import { htmlToText, type MapContext, toIsoDate, toIsoDateTime } from '../sdk/index.ts';
import type { DeedmobConfig } from './config.ts';
import { organisationProfile, sitePage } from './organisation.ts';
import { deedmobLocation } from './place.ts';
import type { DeedmobDeed } from './raw.ts';

/** How Deedmob's commitment and availability values read in each language. */
const SCHEDULE_WORDS: Readonly<Record<'nl' | 'en', Readonly<Record<string, string>>>> = {
  nl: {
    long: 'langdurig',
    short: 'eenmalig',
    mornings: 'ochtenden',
    afternoons: 'middagen',
    evenings: 'avonden',
    weekends: 'weekenden',
    any: 'flexibel',
  },
  en: {
    long: 'ongoing',
    short: 'one-off',
    mornings: 'mornings',
    afternoons: 'afternoons',
    evenings: 'evenings',
    weekends: 'weekends',
    any: 'flexible',
  },
};

/**
 * Maps one deed to a source record of kind `opportunity`, with its organisation as the initiative. A deed
 * without an organisation (the list left it out and its details could not give it) gives no record: whoever
 * posted it is unknown, and it may be a person.
 */
export function mapDeed(raw: DeedmobDeed, context: MapContext<DeedmobConfig>): UnhashedSourceRecord[] {
  if (!raw.organization) return [];
  const english = context.config.language === 'en';
  const location = deedmobLocation(raw);
  const title = htmlToText(english ? (raw.title_en ?? raw.title) : raw.title) ?? raw.title;
  const opportunity: Opportunity = {
    title,
    description:
      htmlToText(english ? (raw.about_html_en ?? raw.about_html) : raw.about_html) ??
      htmlToText(english ? (raw.summary_en ?? raw.summary) : raw.summary),
    skills: [],
    hoursPerWeek: raw.commitment === 'long' ? (raw.hours_max ?? raw.hours_min ?? undefined) : undefined,
    schedule: scheduleOf(raw, context.config.language),
    startsOn: toIsoDate(raw.date_starting),
    endsOn: toIsoDate(raw.date_ending) ?? toIsoDate(raw.expires_at),
    remote: raw.remote === true,
    location,
    spots: raw.capacity ?? undefined,
    applyUrl: sitePage(context, `deeds/${raw.id}`),
    status: statusOf(raw, context.harvestedAt),
  };
  const initiative = organisationProfile(raw.organization, location, context);
  return [
    {
      key: `${context.source}:${raw.id}`,
      source: context.source,
      sourceId: String(raw.id),
      kind: 'opportunity',
      url: sitePage(context, `deeds/${raw.id}`),
      harvestedAt: context.harvestedAt,
      sourceUpdatedAt: toIsoDateTime(raw.updated_at),
      initiative: {
        ...initiative,
        needs: [{ type: 'volunteers', description: title, quantity: raw.capacity ?? undefined }],
      },
      opportunity,
    },
  ];
}

/**
 * Open while the deed is published, not filled and not past its expiry; `filled` once enough volunteers
 * signed up; otherwise closed. Sites keep `status: "open"` on deeds whose `expires_at` has passed until a
 * nightly job catches up, so the date wins.
 */
function statusOf(raw: DeedmobDeed, harvestedAt: string): Opportunity['status'] {
  if (raw.published === false) return 'closed';
  if (raw.filled === true || raw.detailedStatus === 'filled') return 'filled';
  const expires = Date.parse(raw.expires_at ?? '');
  if (raw.expired === true || (!Number.isNaN(expires) && expires < Date.parse(harvestedAt))) return 'closed';
  return raw.status === 'open' ? 'open' : 'closed';
}

/** "langdurig, ochtenden": the commitment and the availability asked for, in the configured language. */
function scheduleOf(raw: DeedmobDeed, language: 'nl' | 'en'): string | undefined {
  const words = SCHEDULE_WORDS[language];
  const parts = [raw.commitment, raw.required_availability]
    .map((value) => (value ? words[value] : undefined))
    .filter((word): word is string => word !== undefined);
  return parts.length > 0 ? parts.join(', ') : undefined;
}
