import { readFileSync } from 'node:fs';
import { pageListings } from './page-listings.ts';

/** Reads a fixture of this connector as text. */
export function fixtureText(name: string): string {
  return readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');
}

/** The fixture pages as the crawler reads them: URL, HTML, language and sitemap lastmod. */
export const FIXTURE_PAGES = [
  {
    url: 'https://www.buurtmarkt.example.nl/vraag/4120-ruimte-repair-cafe',
    file: 'page-demand.html',
    language: 'nl-NL',
    lastmod: '2026-11-02T10:15:00+01:00',
  },
  {
    url: 'https://www.buurtmarkt.example.nl/aanbod/4133-bakfiets-te-leen',
    file: 'page-offer.html',
    language: 'nl',
    lastmod: '2026-10-28',
  },
  {
    url: 'https://www.buurtmarkt.example.nl/aanbod/4140-hulp-bij-boodschappen',
    file: 'page-person.html',
    language: 'nl',
  },
] as const;

/** The raw records the crawler yields for the fixture pages. */
export function fixtureRecords(): Record<string, unknown>[] {
  return FIXTURE_PAGES.flatMap((page) => pageListings({ ...page, html: fixtureText(page.file) }).records);
}
