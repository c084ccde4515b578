import type { LegalForm } from '../../../schema/index.ts';
import { type Archetype, fill } from './archetype.ts';
import type { Rng } from './rng.ts';
import type { WorldLanguage, WorldNeed, WorldPlace } from './types.ts';
import { NEED_PHRASES, TARGET_GROUP_PHRASES, THEME_PHRASES } from './vocabulary.ts';

/** What the description builder needs to know about an initiative. */
export interface DescriptionInput {
  readonly name: string;
  readonly archetype: Archetype;
  readonly legalForm: LegalForm;
  readonly place: WorldPlace;
  readonly foundedYear: number;
  readonly needs: readonly WorldNeed[];
}

const SUBJECT: Readonly<Record<WorldLanguage, Partial<Record<LegalForm, string>> & { default: string }>> = {
  nl: {
    stichting: 'De stichting',
    vereniging: 'De vereniging',
    cooperatie: 'De coöperatie',
    default: 'Het initiatief',
  },
  de: {
    stichting: 'Die Stiftung',
    vereniging: 'Der Verein',
    cooperatie: 'Die Genossenschaft',
    default: 'Die Initiative',
  },
  en: { stichting: 'The charity', cooperatie: 'The co-operative', default: 'The group' },
};

const INTRO: Readonly<
  Record<WorldLanguage, readonly ((n: string, p: string, y: number, t: string) => string)[]>
> = {
  nl: [
    (n, p) => `${n} is een initiatief van bewoners uit ${p}.`,
    (n, p, y) => `${n} werd in ${y} opgericht door bewoners van ${p}.`,
    (n, _p, y, t) => `Sinds ${y} zet ${n} zich in voor ${t}.`,
  ],
  de: [
    (n, p) => `${n} ist eine Initiative von Menschen aus ${p}.`,
    (n, p, y) => `${n} wurde ${y} von Engagierten aus ${p} gegründet.`,
    (n, _p, y, t) => `Seit ${y} setzt sich ${n} für ${t} ein.`,
  ],
  en: [
    (n, p) => `${n} is a community group based in ${p}.`,
    (n, p, y) => `${n} was founded in ${y} by residents of ${p}.`,
    (n, _p, y, t) => `Since ${y}, ${n} has been working for ${t}.`,
  ],
};

const AUDIENCE: Readonly<Record<WorldLanguage, readonly ((g: string) => string)[]>> = {
  nl: [(g) => `We richten ons vooral op ${g}.`, (g) => `Iedereen is welkom, in het bijzonder ${g}.`],
  de: [
    (g) => `Unser Angebot richtet sich vor allem an ${g}.`,
    (g) => `Alle sind willkommen, besonders ${g}.`,
  ],
  en: [(g) => `We focus on ${g}.`, (g) => `Everyone is welcome, especially ${g}.`],
};

const ASK: Readonly<Record<WorldLanguage, readonly ((need: string) => string)[]>> = {
  nl: [(x) => `We zoeken nog ${x}.`, (x) => `Om verder te groeien hebben we ${x} nodig.`],
  de: [(x) => `Wir suchen noch ${x}.`, (x) => `Um weiterzumachen, brauchen wir ${x}.`],
  en: [(x) => `We are looking for ${x}.`, (x) => `To keep going we need ${x}.`],
};

const CLOSING: Readonly<Record<WorldLanguage, readonly string[]>> = {
  nl: ['Doe je mee?', 'Kom gerust eens langs!', 'Samen maken we de buurt sterker.'],
  de: ['Machen Sie mit!', 'Schauen Sie gerne vorbei!', 'Gemeinsam machen wir den Kiez stärker.'],
  en: ['Come and join us!', 'Everyone is welcome to drop by.'],
};

const SUMMARY: Readonly<Record<WorldLanguage, readonly ((t: string, p: string) => string)[]>> = {
  nl: [(t, p) => `Samen werken aan ${t} in ${p}.`, (t, p) => `Bewoners van ${p} zetten zich in voor ${t}.`],
  de: [(t, p) => `Gemeinsam für ${t} in ${p}.`, (t, p) => `Engagement für ${t} in ${p}.`],
  en: [(t, p) => `Working together for ${t} in ${p}.`, (t, p) => `Neighbours in ${p} working for ${t}.`],
};

/** A need with a description in the initiative's language. */
export function describeNeed(rng: Rng, language: WorldLanguage, type: WorldNeed['type']): WorldNeed {
  const phrases = NEED_PHRASES[language][type];
  return { type, description: phrases ? rng.pick(phrases) : type };
}

/** A one-line summary in the initiative's language. */
export function summarise(rng: Rng, input: DescriptionInput): string {
  const language = input.archetype.language;
  const theme = THEME_PHRASES[language][input.archetype.themes[0] ?? 'social-cohesion'];
  return rng.pick(SUMMARY[language])(theme, input.place.area ?? input.place.locality);
}

/** Three to six sentences about the initiative, from templates with variation, as plain text. */
export function describe(rng: Rng, input: DescriptionInput): string {
  const { archetype, place } = input;
  const language = archetype.language;
  const theme = THEME_PHRASES[language][rng.pick(archetype.themes)];
  const sentences = [
    rng.pick(INTRO[language])(input.name, place.area ?? place.locality, input.foundedYear, theme),
  ];
  const subject = SUBJECT[language][input.legalForm] ?? SUBJECT[language].default;
  for (const activity of rng.sample(archetype.activities, rng.int(1, 2))) {
    sentences.push(`${subject} ${fill(activity, place)}.`);
  }
  const group = rng.pick(archetype.targetGroups);
  if (group !== 'everyone' || rng.chance(0.3)) {
    sentences.push(rng.pick(AUDIENCE[language])(TARGET_GROUP_PHRASES[language][group]));
  }
  const need = input.needs[0];
  if (need) sentences.push(rng.pick(ASK[language])(need.description));
  if (rng.chance(0.5)) sentences.push(rng.pick(CLOSING[language]));
  return sentences.join(' ');
}
