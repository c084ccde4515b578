import { createRng, nameVariant, type World, type WorldInitiative } from '../replica/index.ts';
import { COUNTRY_NAMES, DEFAULT_SECTOR, FIRST_NAMES, KIVA_THEMES, SECTORS } from './replica-vocabulary.ts';

const DAY_MS = 86_400_000;
/** A loan of the replica, with the keys it filters and sorts on. */
export interface ReplicaLoan {
  readonly id: number;
  readonly initiative: WorldInitiative;
  readonly status: 'fundraising' | 'funded' | 'expired';
  readonly country: string;
  readonly posted: number;
  readonly json: Record<string, unknown>;
  /** The borrower's first name and the story that names them: what the connector must never store. */
  readonly borrower: { readonly name: string; readonly story: string };
}

/** The id of the world initiative's field partner on the replica. */
export function partnerId(initiative: WorldInitiative): number {
  return 200 + initiative.index;
}

/** Kiva amounts: US dollars in steps of 25, as a decimal string, from a world amount in euro cents. */
function usd(euroMinor: number, max = 10_000): string {
  return `${Math.min(max, Math.max(25, Math.round(((euroMinor / 100) * 1.08) / 25) * 25))}.00`;
}

/**
 * The loans of the world's initiatives on Kiva: each Kiva campaign of an initiative is a loan through it
 * as field partner; besides, some initiatives endorse direct loans as trustee, and some direct loans have
 * no organisation behind them at all.
 */
export function replicaLoans(world: World): ReplicaLoan[] {
  const now = Date.parse(world.referenceDate);
  const loans: ReplicaLoan[] = [];
  for (const initiative of world.initiatives.filter((i) => i.presence.includes('kiva'))) {
    const rng = createRng(`${initiative.id}:kiva`);
    const variant = nameVariant(initiative, 'kiva', createRng(`${initiative.id}:kiva:name`));
    const [sectorId, sectorName, activityName, use] =
      SECTORS[initiative.themes[0] ?? 'food'] ?? DEFAULT_SECTOR;
    const themes = [...new Set(initiative.themes.flatMap((theme) => KIVA_THEMES[theme] ?? []))];
    const place = initiative.place;
    const country = {
      isoCode: place.country,
      name: COUNTRY_NAMES[place.country] ?? place.country,
      region: 'Africa',
    };
    const base = (n: number, posted: number, status: ReplicaLoan['status'], goal: number, raised: number) => {
      const borrower = rng.pick(FIRST_NAMES);
      const story = `${borrower} lives in ${place.area ?? place.locality} and has run a small business for ${rng.int(2, 15)} years.`;
      const expires =
        status === 'fundraising'
          ? Math.max(posted + 35 * DAY_MS, now + rng.int(3, 30) * DAY_MS)
          : posted + 35 * DAY_MS;
      const amount = usd(goal);
      const funded = status === 'funded' ? amount : usd(Math.min(raised, goal), Number(amount));
      return {
        borrower: { name: borrower, story },
        json: {
          id: 2_700_000 + initiative.index * 10 + n,
          name: borrower,
          status,
          use,
          description: story,
          whySpecial: 'It supports women entrepreneurs.',
          gender: rng.chance(0.7) ? 'female' : 'male',
          tags: rng.chance(0.5) ? ['#Woman-Owned Business', '#Parent'] : ['#Repeat Borrower'],
          loanAmount: amount,
          plannedExpirationDate: new Date(expires).toISOString(),
          fundraisingDate: new Date(posted).toISOString(),
          raisedDate: status === 'funded' ? new Date(posted + rng.int(2, 30) * DAY_MS).toISOString() : null,
          borrowerCount: 1,
          borrowers: [{ id: 9_000_000 + initiative.index * 10 + n, firstName: borrower, pictured: true }],
          image: {
            id: 4_000_000 + initiative.index * 10 + n,
            hash: rng.int(0x10000000, 0x7fffffff).toString(16),
          },
          geocode: {
            city: place.locality,
            state: null,
            postalCode: null,
            latitude: place.lat,
            longitude: place.lon,
            country,
          },
          sector: { id: sectorId, name: sectorName },
          activity: { id: sectorId * 10 + 1, name: activityName },
          loanFundraisingInfo: {
            fundedAmount: funded,
            reservedAmount: '0.00',
            isExpiringSoon: expires - now < 3 * DAY_MS,
          },
        } as Record<string, unknown>,
      };
    };
    initiative.campaigns
      .filter((campaign) => campaign.platform === 'kiva')
      .forEach((campaign, n) => {
        const posted = Date.parse(campaign.activatedAt);
        const status = campaign.completedAt ? 'funded' : campaign.closedAt ? 'expired' : 'fundraising';
        const loan = base(n, posted, status, campaign.goalMinor, campaign.raisedMinor);
        Object.assign(loan.json, {
          __typename: 'LoanPartner',
          partnerName: variant,
          themes,
          partner: {
            id: partnerId(initiative),
            name: initiative.legalName ?? initiative.name,
            countries: [country],
          },
        });
        loans.push({
          id: loan.json.id as number,
          initiative,
          status,
          country: place.country,
          posted,
          ...loan,
        });
      });
    for (let n = 5; n < 5 + rng.int(0, 2); n++) {
      const posted = now - rng.int(1, 25) * DAY_MS - rng.int(0, 86_399) * 1000;
      const goal = rng.int(8, 60) * 2500;
      const loan = base(n, posted, 'fundraising', goal, Math.floor(goal * rng.float(0, 0.9)));
      const endorsed = rng.chance(0.5);
      Object.assign(loan.json, {
        __typename: 'LoanDirect',
        trusteeName: endorsed ? variant : null,
        businessName: `${loan.borrower.name}'s ${activityName}`,
      });
      loans.push({
        id: loan.json.id as number,
        initiative,
        status: 'fundraising',
        country: place.country,
        posted,
        ...loan,
      });
    }
  }
  return loans;
}
