import type { Entity } from './entities.ts';
import type { Random } from './random.ts';
import { PHRASES } from './vocabulary.ts';

/** How often a platform writes a name one way or another; each is a probability. */
export interface NameStyle {
  readonly legalForm: number;
  readonly acronym: number;
  readonly reorder: number;
  readonly dropType: number;
  readonly addTown: number;
  readonly lower: number;
  readonly upper: number;
  readonly plain: number;
  readonly typo: number;
}

const LEGAL_WORDS: Record<string, Record<string, readonly string[]>> = {
  nl: {
    stichting: ['Stichting {n}', 'St. {n}', 'Stg. {n}', '{n} Stichting', 'Stichting {n}'],
    vereniging: ['Vereniging {n}', '{n} vereniging', 'Vereniging {n}'],
    cooperatie: ['Coöperatie {n} U.A.', '{n} U.A.', 'Coöperatieve Vereniging {n}', '{n} coöperatie'],
    none: ['{n}'],
  },
  de: {
    stichting: ['Stiftung {n}', '{n} Stiftung'],
    vereniging: ['{n} e.V.', '{n} e. V.', '{n} eV'],
    cooperatie: ['{n} eG'],
    none: ['{n}'],
  },
  en: {
    stichting: ['{n} Foundation', '{n} Trust', 'The {n} Trust', '{n} CIC'],
    vereniging: ['{n} Association', '{n} Society'],
    cooperatie: ['{n} Co-op', '{n} Cooperative Ltd'],
    none: ['{n}'],
  },
};

const KEYBOARD = 'qwertyuiopasdfghjklzxcvbnm';

/** One typing error in a word of five letters or more: a letter dropped, doubled, swapped or mistyped. */
export function typo(random: Random, text: string): string {
  const words = text.split(' ');
  const long = words.map((word, i) => [word, i] as const).filter(([word]) => word.length >= 5);
  if (long.length === 0) return text;
  const [word, index] = random.pick(long);
  const at = random.int(1, word.length - 2);
  const kind = random.int(0, 3);
  let changed: string;
  if (kind === 0) changed = word.slice(0, at) + word.slice(at + 1);
  else if (kind === 1) changed = word.slice(0, at) + word[at] + word.slice(at);
  else if (kind === 2) changed = word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  else changed = word.slice(0, at) + random.pick([...KEYBOARD]) + word.slice(at + 1);
  words[index] = changed;
  return words.join(' ');
}

/** Diacritics dropped as a platform without them would store the name ("Coöperatie" -> "Cooperatie"). */
export function plain(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '');
}

/** Writes an entity's name as one platform would, with the variations real listings show. */
export function renderName(random: Random, entity: Entity, style: NameStyle): string {
  if (entity.acronym !== undefined && random.chance(style.acronym)) return entity.acronym;
  let name = entity.name;
  const hasType =
    name.includes(entity.type.word) && entity.distinct !== entity.town.name && entity.network === undefined;
  if (hasType && random.chance(style.dropType)) name = entity.distinct;
  else if (hasType && random.chance(style.reorder)) {
    name = `${name.replace(entity.type.word, '').trim()} ${entity.type.word.toLowerCase()}`;
  }
  if (!name.includes(entity.town.name) && random.chance(style.addTown)) {
    name = random.pick([
      `${name} ${entity.town.name}`,
      `${name} (${entity.town.name})`,
      `${name} - ${entity.town.name}`,
    ]);
  }
  if (random.chance(style.legalForm)) {
    const forms = LEGAL_WORDS[entity.language]![entity.legalForm] ?? ['{n}'];
    name = random.pick(forms).replace('{n}', name);
  }
  if (random.chance(style.plain)) name = plain(name);
  if (random.chance(style.typo)) name = typo(random, name);
  if (random.chance(style.lower)) name = name.toLowerCase();
  else if (random.chance(style.upper)) name = name.toUpperCase();
  return name.replace(/\s+/g, ' ').trim();
}

/**
 * Writes a description from an entity's facts: a few of them, in a shuffled order, with synonyms
 * swapped in and now and then cut short, the way two platforms describe one initiative differently.
 */
export function renderDescription(
  random: Random,
  entity: Entity,
  name: string,
  sentences: readonly [number, number],
): string {
  const phrases = PHRASES[entity.language];
  const count = random.int(sentences[0], sentences[1]);
  const [first, ...rest] = entity.network === undefined ? random.shuffle(entity.facts) : entity.facts;
  const chosen = [first!, ...random.sample(rest, count - 1)];
  let text = chosen
    .join(' ')
    .replace(/\{name\}/g, name)
    .replace(/\{type\}/g, entity.type.word.toLowerCase())
    .replace(/\{place\}/g, entity.town.name);
  for (const [from, to] of phrases.synonyms) {
    if (random.chance(0.35)) text = text.replace(new RegExp(`\\b${from}\\b`, 'g'), to);
  }
  if (random.chance(0.15) && text.length > 160) text = `${text.slice(0, 150).trimEnd()}…`;
  return text;
}
