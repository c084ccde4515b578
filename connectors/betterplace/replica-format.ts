import { foldLabel } from '../../schema/index.ts';

/** How betterplace writes country names: in German, whatever the locale. */
const GERMAN_COUNTRY_NAMES: Readonly<Record<string, string>> = {
  DE: 'Deutschland',
  NL: 'Niederlande',
  BE: 'Belgien',
  AT: 'Österreich',
  CH: 'Schweiz',
  GB: 'Vereinigtes Königreich',
  US: 'Vereinigte Staaten',
  KE: 'Kenia',
  UG: 'Uganda',
  TZ: 'Tansania',
  GH: 'Ghana',
  NP: 'Nepal',
};

/** The German name of a country as betterplace sends it. */
export function germanCountryName(code: string): string {
  return GERMAN_COUNTRY_NAMES[code] ?? code;
}

/** The last Sunday of a month at 01:00 UTC, when EU summer time starts (March) or ends (October). */
function lastSundayAt1Utc(year: number, month: number): number {
  const day = new Date(Date.UTC(year, month + 1, 0, 1));
  day.setUTCDate(day.getUTCDate() - day.getUTCDay());
  return day.getTime();
}

/**
 * A UTC instant as betterplace writes it, in Berlin local time with its offset:
 * `2019-09-04T16:07:54+02:00` in summer, `+01:00` in winter.
 */
export function berlinTime(iso: string): string {
  const ms = Date.parse(iso);
  const year = new Date(ms).getUTCFullYear();
  const summer = ms >= lastSundayAt1Utc(year, 2) && ms < lastSundayAt1Utc(year, 9);
  const offset = summer ? 2 : 1;
  return `${new Date(ms + offset * 3_600_000).toISOString().slice(0, 19)}+0${offset}:00`;
}

/** A URL slug as betterplace makes them: folded, words joined by hyphens, at most 60 characters. */
export function slugify(text: string): string {
  return foldLabel(text).replace(/ /g, '-').slice(0, 60).replace(/-+$/, '');
}

/** Escapes text for HTML, as betterplace's sanitiser leaves it. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Plain text as a project description: the first sentence as a lead paragraph, the rest as a second one. */
export function projectHtml(text: string): string {
  const [lead, ...rest] = text.split(/(?<=[.!?])\s+/);
  const body = rest.length > 0 ? `<p>${escapeHtml(rest.join(' '))}</p>` : '';
  return `<p><strong>${escapeHtml(lead ?? '')}</strong></p>${body}`;
}

/** Plain text as an organisation description, which betterplace allows only `<br>` in. */
export function organisationHtml(text: string): string {
  const [lead, ...rest] = text.split(/(?<=[.!?])\s+/);
  return rest.length > 0
    ? `${escapeHtml(lead ?? '')}<br /><br />${escapeHtml(rest.join(' '))}`
    : escapeHtml(text);
}
