import {
  countryCode,
  detectLegalForm,
  mapNeedType,
  mapThemes,
  normalizePostcode,
} from '../../schema/index.ts';
import { htmlToText } from '../sdk/index.ts';
import {
  kvk,
  money,
  moneyFromMinor,
  normalizeUrl,
  parseOrgId,
  publicEmail,
  toIsoDate,
  toIsoDateTime,
} from '../sdk/index.ts';
import { queryFirst } from './json-path.ts';
import type { Transform } from './transform-schema.ts';

/** What a transform may read besides the value: the whole raw record, for a currency stored beside an amount. */
export interface TransformContext {
  readonly record: unknown;
  /** Writes extra values to another target, e.g. the labels a `themes` transform maps. */
  readonly also: (target: string, values: readonly unknown[]) => void;
}

const TRUE = new Set(['true', '1', 'yes', 'y', 'ja', 'j', 'waar', 'wahr', 'x']);
const FALSE = new Set(['false', '0', 'no', 'n', 'nee', 'nein', 'onwaar', 'falsch', '']);

const text = (value: unknown): string | undefined =>
  typeof value === 'string'
    ? value
    : typeof value === 'number' && Number.isFinite(value)
      ? String(value)
      : undefined;

const dateInput = (value: unknown): string | number | undefined =>
  typeof value === 'number' ? value : text(value);

/** Reads a number written as a number or as text with a decimal comma or point ("12,5", " 40 "). */
function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const written = text(value)?.trim().replace(/\s/g, '');
  if (!written || !/^[-+]?(\d+([.,]\d*)?|[.,]\d+)$/.test(written)) return undefined;
  return Number(written.replace(',', '.'));
}

function toBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  const written = text(value)?.trim().toLowerCase();
  if (written === undefined) return undefined;
  if (TRUE.has(written)) return true;
  return FALSE.has(written) ? false : undefined;
}

function lookupTable(values: Readonly<Record<string, unknown>>): (value: unknown) => unknown {
  const folded = new Map(Object.entries(values).map(([key, mapped]) => [key.trim().toLowerCase(), mapped]));
  return (value) => {
    const key = text(value) ?? (typeof value === 'boolean' ? String(value) : undefined);
    if (key === undefined) return undefined;
    return values[key] ?? folded.get(key.trim().toLowerCase());
  };
}

/** One value in, any number of values out: most transforms give one or none, `split` and `themes` several. */
function step(transform: Transform, value: unknown, context: TransformContext): unknown[] {
  const one = (result: unknown) => (result === undefined || result === null ? [] : [result]);
  switch (transform.type) {
    case 'html-to-text':
      return one(htmlToText(text(value)));
    case 'trim':
      return one(text(value)?.replace(/\s+/g, ' ').trim() || undefined);
    case 'lowercase':
      return one(text(value)?.toLowerCase());
    case 'date':
      return one(toIsoDate(dateInput(value)));
    case 'date-time':
      return one(toIsoDateTime(dateInput(value)));
    case 'number':
      return one(toNumber(value));
    case 'integer': {
      const number = toNumber(value);
      return one(number === undefined ? undefined : Math.round(number));
    }
    case 'boolean':
      return one(toBoolean(value));
    case 'url':
      return one(normalizeUrl(text(value)));
    case 'kvk':
      return one(kvk(text(value)));
    case 'org-id':
      return one(parseOrgId(text(value)));
    case 'country':
      return one(countryCode(text(value)));
    case 'postcode':
      return one(normalizePostcode(transform.country, text(value)));
    case 'public-email':
      return one(publicEmail(text(value)));
    case 'legal-form':
      return one(detectLegalForm(text(value) ?? ''));
    // One type per label, so that `needs[].type` and `needs[].description` stay aligned.
    case 'need-type':
      return text(value) ? mapNeedType(text(value) as string).slice(0, 1) : [];
    case 'themes':
      return text(value) ? mapThemes([text(value) as string]) : [];
    case 'split':
      return (text(value) ?? '')
        .split(transform.delimiter)
        .map((part) => part.trim())
        .filter(Boolean);
    case 'map':
      return one(lookupTable(transform.values)(value) ?? transform.default);
    case 'money':
    case 'minor-money': {
      const currency = transform.currency ?? text(queryFirst(transform.currencyPath ?? '$', context.record));
      if (!currency) return [];
      const amount = typeof value === 'number' ? value : text(value);
      return one(transform.type === 'money' ? money(amount, currency) : moneyFromMinor(amount, currency));
    }
  }
}

/**
 * Runs a field's transforms over its values in order. A `themes` step also hands its input labels to
 * `keepLabels` (by default `initiative.categories`), so the platform's own words are never lost. Values stay
 * in order and are not de-duplicated here: `needs[].type` targets align values by position, and list
 * targets drop repeats when they are written.
 *
 * @example
 * applyTransforms(['Zorg; Groen'], [{ type: 'split', delimiter: ';' }, { type: 'themes', keepLabels: false }], ctx);
 * // ['care-welfare', 'green-nature']
 */
export function applyTransforms(
  values: readonly unknown[],
  transforms: readonly Transform[],
  context: TransformContext,
): unknown[] {
  let current: unknown[] = [...values];
  for (const transform of transforms) {
    if (transform.type === 'themes' && transform.keepLabels !== false) {
      context.also(transform.keepLabels, current.map(text).filter(Boolean));
    }
    current = current.flatMap((value) => step(transform, value, context));
  }
  return current;
}
