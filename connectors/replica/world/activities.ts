import { type Archetype, fill } from './archetype.ts';
import type { Rng } from './rng.ts';
import type { PlatformId, WorldCampaign, WorldLanguage, WorldOpportunity, WorldPlace } from './types.ts';

const DAY_MS = 86_400_000;

/** What campaigns and opportunities are generated for. */
export interface ActivityInput {
  readonly id: string;
  readonly name: string;
  readonly archetype: Archetype;
  readonly place: WorldPlace;
  /** The reference date in epoch ms; every generated date lies before it. */
  readonly now: number;
  /** The founding date in epoch ms; every generated date lies after it. */
  readonly founded: number;
}

/** Whole days between founding and the reference date, capped: activities never predate the initiative. */
function daysSinceFounding(input: ActivityInput, cap: number): number {
  return Math.max(21, Math.min(cap, Math.floor((input.now - input.founded) / DAY_MS) - 1));
}

const CAMPAIGN_TEXT: Readonly<Record<WorldLanguage, readonly ((name: string, place: string) => string)[]>> = {
  nl: [
    (n, p) => `${n} zamelt geld in voor dit project in ${p}.`,
    () => 'Met jouw bijdrage maken we dit mogelijk.',
    () => 'Elke euro telt!',
  ],
  de: [
    (n, p) => `${n} sammelt Spenden für dieses Projekt in ${p}.`,
    () => 'Mit Ihrer Spende machen Sie das möglich.',
    () => 'Jeder Euro hilft!',
  ],
  en: [
    (n, p) => `${n} is raising money for this project in ${p}.`,
    () => 'Your donation makes it happen.',
    () => 'Every pound, dollar and euro counts!',
  ],
};

/** Campaigns on the given crowdfunding platforms: goals 500-50,000 EUR, raised 0-120 %, donors consistent with amounts. */
export function generateCampaigns(
  rng: Rng,
  input: ActivityInput,
  platforms: readonly PlatformId[],
): WorldCampaign[] {
  if (platforms.length === 0) return [];
  const count = rng.weighted([
    [1, 50],
    [2, 35],
    [3, 15],
  ] as const);
  const campaigns: WorldCampaign[] = [];
  const language = input.archetype.language;
  for (let n = 1; n <= count; n++) {
    const created =
      input.now - rng.int(20, daysSinceFounding(input, 3 * 365)) * DAY_MS - rng.int(0, DAY_MS - 1);
    const activated = created + rng.int(0, 10) * DAY_MS + rng.int(0, 3_600_000);
    const goalMinor = roundGoal(Math.exp(rng.float(Math.log(500), Math.log(50_000)))) * 100;
    const ratio = rng.chance(0.1) ? 0 : rng.chance(0.3) ? rng.float(1, 1.2) : rng.float(0.02, 0.99);
    const raisedMinor = Math.round(goalMinor * ratio);
    const averageDonationMinor = rng.int(15, 80) * 100;
    const donors = raisedMinor === 0 ? 0 : Math.max(1, Math.round(raisedMinor / averageDonationMinor));
    const donations = donors + Math.floor(donors * rng.float(0, 0.15));
    let updated = activated + Math.floor((input.now - activated) * rng.float(0.1, 1));
    let completedAt: number | undefined;
    let closedAt: number | undefined;
    if (raisedMinor >= goalMinor) {
      completedAt = activated + Math.floor((updated - activated) * rng.float(0.3, 1));
    } else if (input.now - activated > 365 * DAY_MS && rng.chance(0.35)) {
      closedAt = activated + Math.floor((input.now - activated) * rng.float(0.5, 0.95));
      updated = Math.max(updated, closedAt);
    }
    const year = new Date(activated).getUTCFullYear();
    const placeName = input.place.area ?? input.place.locality;
    const texts = CAMPAIGN_TEXT[language];
    campaigns.push({
      id: `${input.id}-c${n}`,
      platform: rng.pick(platforms),
      title: fill(rng.pick(input.archetype.campaigns), input.place, year),
      description: texts
        .filter((_, i) => i === 0 || rng.chance(0.6))
        .map((text) => text(input.name, placeName))
        .join(' '),
      goalMinor,
      raisedMinor,
      currency: 'EUR',
      donors,
      donations,
      createdAt: isoSeconds(created),
      activatedAt: isoSeconds(activated),
      updatedAt: isoSeconds(updated),
      completedAt: completedAt === undefined ? undefined : isoSeconds(completedAt),
      closedAt: closedAt === undefined ? undefined : isoSeconds(closedAt),
    });
  }
  return campaigns;
}

const OPPORTUNITY_TEXT: Readonly<
  Record<WorldLanguage, (name: string, title: string, hours: number) => string>
> = {
  nl: (n, t, h) => `${n} zoekt een vrijwilliger: ${t.toLowerCase()}, ongeveer ${h} uur per week.`,
  de: (n, t, h) => `${n} sucht Verstärkung: ${t}, etwa ${h} Stunden pro Woche.`,
  en: (n, t, h) => `${n} is looking for a ${t.toLowerCase()} for about ${h} hours a week.`,
};

/** Volunteer opportunities on the given volunteering platforms. */
export function generateOpportunities(
  rng: Rng,
  input: ActivityInput,
  platforms: readonly PlatformId[],
): WorldOpportunity[] {
  if (platforms.length === 0) return [];
  const templates = rng.sample(input.archetype.opportunities, rng.int(1, 3));
  return templates.map((template, i) => {
    const created = input.now - rng.int(5, daysSinceFounding(input, 2 * 365)) * DAY_MS;
    const hours = rng.pick([1, 2, 2, 3, 4, 4, 6, 8]);
    const age = input.now - created;
    const status =
      age > 365 * DAY_MS ? rng.pick(['filled', 'closed'] as const) : rng.chance(0.8) ? 'open' : 'filled';
    return {
      id: `${input.id}-o${i + 1}`,
      platform: rng.pick(platforms),
      title: template.title,
      description: OPPORTUNITY_TEXT[input.archetype.language](input.name, template.title, hours),
      skills: template.skills,
      hoursPerWeek: hours,
      remote: rng.chance(0.1),
      spots: rng.int(1, 5),
      startsOn: isoSeconds(created + rng.int(7, 30) * DAY_MS).slice(0, 10),
      createdAt: isoSeconds(created),
      updatedAt: isoSeconds(created + Math.floor(age * rng.float(0, 1))),
      status,
    };
  });
}

/** Rounds a goal in euros the way people set them: to 50 below 2,000, to 500 above. */
function roundGoal(euros: number): number {
  const step = euros < 2000 ? 50 : 500;
  return Math.max(500, Math.min(50_000, Math.round(euros / step) * step));
}

/** An ISO date-time in whole seconds, `2026-03-01T10:00:00Z`. */
export function isoSeconds(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}
