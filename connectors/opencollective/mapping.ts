import type { Campaign, Money, Need, UnhashedSourceRecord } from '../../schema/index.ts';
import {
  currencyExponent,
  htmlToText,
  type MapContext,
  money,
  toIsoDate,
  toIsoDateTime,
} from '../sdk/index.ts';
import type { OpenCollectiveConfig } from './config.ts';
import { accountProfile, WEB } from './profile.ts';
import type { OpenCollectiveAccount, OpenCollectiveAmount, OpenCollectiveGoal } from './raw.ts';
import { cleanTags } from './tags.ts';

/**
 * Maps one Open Collective account. Collectives and funds are the organisations: an `initiative` record each,
 * with their largest goal as a money need. Projects and events raise money for their parent collective: a
 * `campaign` record each, with the parent as the initiative. Incognito accounts and projects of private
 * persons (a parent of type `INDIVIDUAL`) give nothing.
 */
export function mapAccount(
  raw: OpenCollectiveAccount,
  context: MapContext<OpenCollectiveConfig>,
): UnhashedSourceRecord[] {
  if (raw.isIncognito || raw.parent?.type === 'INDIVIDUAL') return [];
  const base = {
    key: `${context.source}:${raw.id}`,
    source: context.source,
    sourceId: raw.id,
    url: pageOf(raw),
    harvestedAt: context.harvestedAt,
    sourceUpdatedAt: toIsoDateTime(raw.updatedAt),
  };
  switch (raw.type) {
    case 'COLLECTIVE':
    case 'FUND': {
      const goal = goalOf(raw);
      const needs: Need[] | undefined = goal
        ? [{ type: 'money', amount: goal.amount, description: goal.title }]
        : undefined;
      return [{ ...base, kind: 'initiative', initiative: accountProfile(raw, needs) }];
    }
    case 'PROJECT':
    case 'EVENT':
      return [
        {
          ...base,
          kind: 'campaign',
          initiative: accountProfile(raw.parent ?? raw),
          campaign: campaignOf(raw, context.harvestedAt),
        },
      ];
    default:
      return [];
  }
}

function campaignOf(raw: OpenCollectiveAccount, harvestedAt: string): Campaign {
  const raised = moneyOf(raw.stats?.totalAmountReceived);
  const goal = goalOf(raw)?.amount;
  const event = raw.type === 'EVENT';
  const tags = cleanTags(raw.tags);
  const ended = event && Boolean(raw.endsAt) && Date.parse(raw.endsAt!) < Date.parse(harvestedAt);
  return {
    title: raw.name.trim(),
    description: htmlToText(raw.longDescription) ?? htmlToText(raw.description),
    goal,
    raised,
    backers: raw.stats?.contributorsCount ?? undefined,
    startsOn: toIsoDate(event ? (raw.startsAt ?? raw.createdAt) : raw.createdAt),
    endsOn: event ? toIsoDate(raw.endsAt) : undefined,
    status:
      raw.isArchived || ended
        ? 'closed'
        : goal && raised && raised.currency === goal.currency && raised.minor >= goal.minor
          ? 'funded'
          : 'open',
    tags: tags.length > 0 ? tags : undefined,
  };
}

/** The account's page: projects and events live under their parent's slug. */
function pageOf(raw: OpenCollectiveAccount): string {
  if (raw.parent && raw.type === 'PROJECT') return `${WEB}/${raw.parent.slug}/projects/${raw.slug}`;
  if (raw.parent && raw.type === 'EVENT') return `${WEB}/${raw.parent.slug}/events/${raw.slug}`;
  return `${WEB}/${raw.slug}`;
}

/**
 * An amount in minor units. `valueInCents` is exact but always the value times 100, also for currencies
 * without cents (JPY), so it is scaled by the currency's exponent; `value` is the fallback.
 */
export function moneyOf(amount: OpenCollectiveAmount | null | undefined): Money | undefined {
  const currency = amount?.currency?.toUpperCase();
  if (!amount || !currency || !/^[A-Z]{3}$/.test(currency)) return undefined;
  if (amount.valueInCents !== null && amount.valueInCents !== undefined && amount.valueInCents >= 0) {
    return { minor: Math.round(amount.valueInCents * 10 ** (currencyExponent(currency) - 2)), currency };
  }
  return money(amount.value, currency);
}

/** The largest goal the account set (`settings.goals`), in its own currency. */
function goalOf(raw: OpenCollectiveAccount): { amount: Money; title?: string } | undefined {
  const currency = raw.currency?.toUpperCase();
  if (!currency || !/^[A-Z]{3}$/.test(currency)) return undefined;
  let largest: OpenCollectiveGoal | undefined;
  for (const goal of raw.settings?.goals ?? []) {
    if (goal && goal.amount > 0 && (!largest || goal.amount > largest.amount)) largest = goal;
  }
  if (!largest) return undefined;
  return {
    amount: moneyOf({ valueInCents: largest.amount, currency })!,
    title: largest.title?.trim() || undefined,
  };
}
