/** A parsed point in time: the calendar date and the full date-time with offset. */
export interface ParsedDate {
  /** `YYYY-MM-DD` as the source wrote it (its own time zone). */
  readonly date: string;
  /** ISO 8601 with offset; `Z` when the source gave no zone. */
  readonly dateTime: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

function valid(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Parses the date formats platforms send: ISO 8601 (with or without time and zone), "2024-05-01 10:00:00",
 * Dutch "01-05-2024", German "01.05.2024", US "05/01/2024" only when unambiguous, and epoch seconds or
 * milliseconds. Returns undefined for anything else, never a wrong date.
 */
export function parseDate(value: string | number | null | undefined): ParsedDate | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (typeof value === 'number' || /^\d{9,13}$/.test(value)) {
    const number = Number(value);
    const ms = number < 1e11 ? number * 1000 : number;
    const date = new Date(ms);
    if (Number.isNaN(date.getTime())) return undefined;
    const iso = date.toISOString();
    return { date: iso.slice(0, 10), dateTime: `${iso.slice(0, 19)}Z` };
  }
  const text = value.trim();
  const iso =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(
      text,
    );
  if (iso) {
    const [, y, m, d, hh = '00', mm = '00', ss = '00', zone] = iso;
    if (!valid(Number(y), Number(m), Number(d)) || Number(hh) > 23 || Number(mm) > 59 || Number(ss) > 59)
      return undefined;
    const offset =
      !zone || zone.toUpperCase() === 'Z'
        ? 'Z'
        : zone.includes(':')
          ? zone
          : `${zone.slice(0, 3)}:${zone.slice(3)}`;
    return { date: `${y}-${m}-${d}`, dateTime: `${y}-${m}-${d}T${hh}:${mm}:${ss}${offset}` };
  }
  const dmy = /^(\d{1,2})[-.](\d{1,2})[-.](\d{4})$/.exec(text);
  if (dmy) return fromParts(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
  const slash = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (slash) {
    const first = Number(slash[1]);
    const second = Number(slash[2]);
    if (first > 12) return fromParts(Number(slash[3]), second, first);
    if (second > 12) return fromParts(Number(slash[3]), first, second);
    return undefined;
  }
  const parsed = Date.parse(text);
  if (!Number.isNaN(parsed) && /[a-z]{3}/i.test(text)) {
    const iso2 = new Date(parsed).toISOString();
    return { date: iso2.slice(0, 10), dateTime: `${iso2.slice(0, 19)}Z` };
  }
  return undefined;
}

function fromParts(year: number, month: number, day: number): ParsedDate | undefined {
  if (!valid(year, month, day)) return undefined;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  return { date, dateTime: `${date}T00:00:00Z` };
}

/** The calendar date of a value, or undefined. */
export function toIsoDate(value: string | number | null | undefined): string | undefined {
  return parseDate(value)?.date;
}

/** The ISO 8601 date-time with offset of a value, or undefined. */
export function toIsoDateTime(value: string | number | null | undefined): string | undefined {
  return parseDate(value)?.dateTime;
}
