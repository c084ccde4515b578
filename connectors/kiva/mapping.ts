import { countryCode, normalizeLocation, type UnhashedSourceRecord } from '../../schema/index.ts';
import { htmlToText, type MapContext, money, toIsoDate } from '../sdk/index.ts';
import type { KivaConfig } from './config.ts';
import { initiativeOf } from './initiative.ts';
import type { KivaLoan } from './raw.ts';

/** Loan statuses after which the request was met, and those after which it lapsed. */
const MATCHED = new Set(['funded', 'raised', 'payingback', 'ended', 'refunded', 'defaulted']);
const CLOSED = new Set(['expired', 'inactive', 'inactiveexpired', 'deleted', 'issue']);

/**
 * Maps one Kiva loan to a source record of kind `listing`: a `request` of category `loan`, with the amount
 * asked in US cents, open until its planned expiration. The initiative is the organisation behind the loan
 * (see initiative.ts), never the borrower; the title is made of the activity and the place rather than the
 * borrower's name.
 */
export function mapLoan(raw: KivaLoan, context: MapContext<KivaConfig>): UnhashedSourceRecord[] {
  const activity = raw.activity?.name ?? raw.sector?.name ?? 'Microloan';
  const place = [raw.geocode?.city, raw.geocode?.country?.name].filter(Boolean).join(', ');
  const status = raw.status?.toLowerCase().replace(/[^a-z]/g, '') ?? '';
  return [
    {
      key: `${context.source}:${raw.id}`,
      source: context.source,
      sourceId: String(raw.id),
      kind: 'listing',
      url: `https://www.kiva.org/lend/${raw.id}`,
      harvestedAt: context.harvestedAt,
      initiative: initiativeOf(raw),
      listing: {
        type: 'request',
        category: 'loan',
        title: place ? `${activity} loan in ${place}` : `${activity} loan`,
        description: loanUse(raw.use),
        amount: money(raw.loanAmount, 'USD'),
        validUntil: toIsoDate(raw.plannedExpirationDate),
        location: normalizeLocation({
          locality: raw.geocode?.city,
          region: raw.geocode?.state,
          country: countryCode(raw.geocode?.country?.isoCode ?? raw.geocode?.country?.name),
          lat: raw.geocode?.latitude,
          lon: raw.geocode?.longitude,
        }),
        status: MATCHED.has(status) ? 'matched' : CLOSED.has(status) ? 'closed' : 'open',
      },
    },
  ];
}

/**
 * What the loan is for, in Kiva's convention "to buy seeds and fertilizer". Written any other way the text
 * may open with the borrower's name ("Amina will use ..."), so it is dropped.
 */
function loanUse(use: string | null | undefined): string | undefined {
  const text = htmlToText(use);
  return text && /^(to|for|in order to)\s/i.test(text) ? text : undefined;
}
