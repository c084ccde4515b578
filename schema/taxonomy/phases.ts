import { codesOf, type Term } from './term.ts';

/** Life phase of an initiative (DOMAIN.md); platforms rarely state it, so it is usually derived from `foundedOn`. */
export const PHASES = [
  { code: 'idea', nl: 'idee', en: 'idea', keywords: ['idee', 'idea', 'plan'] },
  {
    code: 'startup',
    nl: 'opstart',
    en: 'start-up (0-2 years)',
    keywords: ['opstart', 'start', 'gründung', 'grundung'],
  },
  {
    code: 'growing',
    nl: 'groei en rijping',
    en: 'growing (2-5 years)',
    keywords: ['groei', 'rijping', 'growing', 'growth', 'wachstum'],
  },
  {
    code: 'continuing',
    nl: 'continuïteit',
    en: 'continuing (5-10 years)',
    keywords: ['continu', 'continuing'],
  },
  {
    code: 'established',
    nl: 'gevestigd',
    en: 'established (10+ years)',
    keywords: ['gevestigd', 'established', 'etabliert'],
  },
  {
    code: 'ended',
    nl: 'gestopt',
    en: 'ended',
    keywords: ['gestopt', 'ended', 'closed', 'beendet', 'opgeheven'],
  },
] as const satisfies readonly Term[];

/** A phase code, e.g. `growing`. */
export type Phase = (typeof PHASES)[number]['code'];

/** Every phase code, in life order. */
export const PHASE_CODES = codesOf<Phase>(PHASES);

/**
 * Derives the phase from a founding date: under 2 years `startup`, 2-5 `growing`, 5-10 `continuing`,
 * 10 and more `established`. Returns undefined for a date in the future or one that does not parse.
 * Callers record that the value was derived (`derived: ["phase"]`).
 */
export function derivePhase(foundedOn: string, now: Date = new Date()): Phase | undefined {
  const founded = Date.parse(foundedOn);
  if (Number.isNaN(founded) || founded > now.getTime()) return undefined;
  const years = (now.getTime() - founded) / (365.25 * 24 * 3600 * 1000);
  if (years < 2) return 'startup';
  if (years < 5) return 'growing';
  if (years < 10) return 'continuing';
  return 'established';
}
