import type { Theme } from '../../schema/index.ts';

/** First names of borrowers: personal data the connector must never store. */
export const FIRST_NAMES = [
  'Amina',
  'Grace',
  'Wanjiru',
  'Esther',
  'Joseph',
  'Fatuma',
  'Kwame',
  'Akosua',
  'Sita',
  'Ramesh',
];

/** Country names as Kiva writes them. */
export const COUNTRY_NAMES: Readonly<Record<string, string>> = {
  KE: 'Kenya',
  UG: 'Uganda',
  TZ: 'Tanzania',
  GH: 'Ghana',
  NP: 'Nepal',
};

/** Kiva's sector id and name, a typical activity, and the loan use it is written with, per world theme. */
export const SECTORS: Readonly<Partial<Record<Theme, readonly [number, string, string, string]>>> = {
  food: [1, 'Agriculture', 'Farming', 'to buy seeds and fertilizer for the coming season'],
  'green-nature': [1, 'Agriculture', 'Agriculture', 'to buy seedlings and a water tank'],
  'local-economy': [7, 'Retail', 'General Store', 'to buy more stock for the shop'],
  'work-participation': [4, 'Services', 'Tailoring', 'to buy a sewing machine and fabric'],
  'education-talent': [15, 'Education', 'Primary/secondary school costs', 'to pay school fees'],
  youth: [15, 'Education', 'Vocational training', 'to pay for a training course'],
  health: [9, 'Health', 'Health', 'to pay for medical supplies'],
  'care-welfare': [9, 'Health', 'Personal Medical Expenses', 'to pay for medical treatment'],
  energy: [6, 'Personal Use', 'Home Energy', 'to buy a solar lamp and a clean cookstove'],
  housing: [10, 'Housing', 'Home Improvement', 'to repair the roof of the house'],
  culture: [8, 'Arts', 'Crafts', 'to buy beads and materials for crafts'],
};
/** The sector of loans whose theme has none of its own. */
export const DEFAULT_SECTOR = [
  12,
  'Food',
  'Food Production/Sales',
  'to buy flour and oil for the food stall',
] as const;

/** Kiva's loan themes of field partners for world themes. */
export const KIVA_THEMES: Readonly<Partial<Record<Theme, string>>> = {
  youth: 'Youth',
  'education-talent': 'Education',
  'green-nature': 'Green',
  energy: 'Clean Energy',
  sustainability: 'Green',
  food: 'Agriculture',
  poverty: 'Underfunded Areas',
  'work-participation': 'Rural Exclusion',
  health: 'Health',
};
