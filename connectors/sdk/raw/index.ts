/** Zod building blocks for raw platform formats: lenient numbers, booleans and lists. Public API of the SDK. */
export { boolish, numeric, textOrNumber } from './numeric.ts';
export { oneOrMany } from './one-or-many.ts';
