import { describe, expect, it } from 'vitest';
import { pageListings } from './page-listings.ts';
import { FIXTURE_PAGES, fixtureText } from './test-fixtures.ts';

const page = (file: string) => {
  const fixture = FIXTURE_PAGES.find((candidate) => candidate.file === file)!;
  return pageListings({ ...fixture, html: fixtureText(file) });
};
const html = (...blocks: unknown[]) =>
  blocks.map((block) => `<script type="application/ld+json">${JSON.stringify(block)}</script>`).join('');
const at = (body: string) => pageListings({ url: 'https://markt.example.nl/p/1', html: body });

describe('pageListings', () => {
  it('finds a Demand in a @graph with its organisation referenced through seeks, references resolved', () => {
    const { records } = page('page-demand.html');
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      id: 'https://www.buurtmarkt.example.nl/vraag/4120-ruimte-repair-cafe#demand',
      type: 'Demand',
      language: 'nl-NL',
      lastmod: '2026-11-02T10:15:00+01:00',
      organisation: { name: 'Repair Café Lombok', address: { addressLocality: 'Utrecht' } },
    });
    expect(records[0]?.organisation).not.toHaveProperty('seeks');
  });

  it('reads an Offer with an inline offeredBy from a block that needed repair, and gives it a page id', () => {
    const { records, unreadableBlocks } = page('page-offer.html');
    expect(unreadableBlocks).toBe(0);
    expect(records).toMatchObject([
      {
        id: 'https://www.buurtmarkt.example.nl/aanbod/4133-bakfiets-te-leen#offer-1',
        type: 'Offer',
        organisation: { name: 'Buurthuis De Kroon' },
      },
    ]);
    expect(records[0]?.node).not.toHaveProperty('offeredBy');
  });

  it('drops listings of persons, founders inside organisations and private e-mail addresses', () => {
    expect(page('page-person.html')).toEqual({ records: [], withoutOrganisation: 1, unreadableBlocks: 0 });
    const kept = JSON.stringify([...page('page-demand.html').records, ...page('page-offer.html').records]);
    for (const personal of ['Wim Verhoeven', 'Henk de Wit', 'jan.kroon@gmail.com', '06-12345678']) {
      expect(kept).not.toContain(personal);
    }
  });

  it('finds listings under makesOffer, and drops those whose party is untyped or missing', () => {
    const { records, withoutOrganisation } = at(
      html(
        {
          '@context': 'https://schema.org',
          '@type': 'Organization',
          name: 'Voedseltuin',
          makesOffer: [{ '@type': 'Offer', name: 'Groente' }],
        },
        { '@type': 'Demand', name: 'Grond gezocht', seller: { name: 'Iemand' } },
        { '@type': 'Demand', name: 'Zaaigoed gezocht' },
      ),
    );
    expect(records.map((record) => [record.type, (record.organisation as { name: string }).name])).toEqual([
      ['Offer', 'Voedseltuin'],
    ]);
    expect(withoutOrganisation).toBe(2);
  });

  it('does not take the ticket offers of an event or the offers of a product for listings', () => {
    const { records, withoutOrganisation } = at(
      html(
        {
          '@type': 'Event',
          name: 'Buurtfeest',
          organizer: { '@type': 'Organization', name: 'X' },
          offers: { '@type': 'Offer', price: '5' },
        },
        {
          '@type': 'Product',
          name: 'Tas',
          offers: { '@type': 'Offer', price: '12', seller: { '@type': 'Organization', name: 'Y' } },
        },
      ),
    );
    expect(records).toEqual([]);
    expect(withoutOrganisation).toBe(0);
  });

  it('counts blocks it cannot read and still reads the others', () => {
    const body = `<script type="application/ld+json">{"@type": "Offer",</script>${html({ '@type': 'Offer', name: 'Soep', seller: { '@type': 'NGO', name: 'Soepkeuken' } })}`;
    expect(at(body)).toMatchObject({ records: [{ type: 'Offer' }], unreadableBlocks: 1 });
  });
});
