import { fileURLToPath } from 'node:url';

/**
 * The column mapping the tests use for `fixtures/initiatieven-windows1252.csv`, as an operator would write it
 * for a municipality's list. Test support, not part of the connector.
 */
export const FIXTURE_OPTIONS = {
  path: fileURLToPath(new URL('fixtures/initiatieven-windows1252.csv', import.meta.url)),
  idColumn: 'Registratienummer',
  columns: {
    'Naam initiatief': 'initiative.name',
    Organisatie: [
      { target: 'initiative.alternateNames', list: true },
      { target: 'initiative.legalForm', transforms: ['legal-form'] },
    ],
    'KvK-nummer': { target: 'initiative.identifiers', transforms: ['kvk'], list: true },
    Straat: 'initiative.location.address',
    Postcode: { target: 'initiative.location.postcode', transforms: [{ type: 'postcode', country: 'NL' }] },
    Plaats: 'initiative.location.locality',
    Website: { target: 'initiative.website', transforms: ['url'] },
    'E-mailadres': 'initiative.contact.email',
    "Thema's": {
      target: 'initiative.themes',
      transforms: [{ type: 'split', delimiter: ';' }, 'themes'],
      list: true,
    },
    Omschrijving: { target: 'initiative.description', transforms: ['trim'] },
    Opgericht: { target: 'initiative.foundedOn', transforms: ['date'] },
  },
  constants: { 'initiative.location.country': 'NL' },
};
