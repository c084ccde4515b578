import { createRng } from '../replica/index.ts';
import { listingPath, type ReplicaListing } from './replica-data.ts';

/** The marketplace's canonical address, which its pages use in JSON-LD whatever host serves them. */
export const MARKET_URL = 'https://www.buurtmarkt.example.nl';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The organisation as the marketplace describes it, with its founder (a person the connector must drop). */
export function organisationJson(listing: ReplicaListing, id?: string): Record<string, unknown> {
  const initiative = listing.initiative;
  const place = initiative.place;
  const rng = createRng(`${initiative.id}:schemaorg:org`);
  const domain = initiative.website?.replace(/^https?:\/\/(www\.)?/, '');
  return {
    ...(id ? { '@id': id } : {}),
    '@type': initiative.legalForm === 'none' ? 'Organization' : 'NGO',
    name: listing.organisationName,
    description: initiative.summary,
    ...(initiative.legalName ? { legalName: initiative.legalName } : {}),
    ...(initiative.website ? { url: `${initiative.website}/` } : {}),
    sameAs: [
      `${MARKET_URL}/organisatie/${initiative.index}`,
      ...(rng.chance(0.5)
        ? [`https://www.facebook.com/${initiative.baseName.replace(/\W+/g, '').toLowerCase()}`]
        : []),
    ],
    ...(initiative.kvk
      ? { identifier: { '@type': 'PropertyValue', propertyID: 'KvK', value: initiative.kvk } }
      : {}),
    address: {
      '@type': 'PostalAddress',
      ...(place.address ? { streetAddress: place.address } : {}),
      ...(place.postcode ? { postalCode: place.postcode } : {}),
      addressLocality: place.locality,
      addressCountry: place.country,
    },
    ...(domain ? { email: `info@${domain}` } : {}),
    founder: {
      '@type': 'Person',
      name: `${rng.pick(['Jeroen', 'Anke', 'Samira', 'Bas'])} ${rng.pick(['Kok', 'Dekker', 'Aydin'])}`,
    },
  };
}

/** The listing node in schema.org, the organisation inline or by reference. */
function listingJson(listing: ReplicaListing, party: unknown): Record<string, unknown> {
  const url = `${MARKET_URL}${listingPath(listing)}`;
  const item: Record<string, unknown> =
    listing.itemType === 'MonetaryAmount'
      ? { '@type': 'MonetaryAmount', value: listing.amount, currency: 'EUR' }
      : { '@type': listing.itemType, name: listing.title };
  return {
    '@type': listing.type,
    '@id': `${url}#${listing.type.toLowerCase()}`,
    name: listing.title,
    description: listing.description,
    url,
    category: listing.category,
    itemOffered: item,
    ...(listing.type === 'Offer'
      ? { price: '0', priceCurrency: 'EUR', availability: 'https://schema.org/InStock' }
      : {}),
    ...(listing.validThrough ? { availabilityEnds: listing.validThrough } : {}),
    areaServed: { '@type': 'City', name: listing.initiative.place.locality },
    dateModified: listing.lastmod,
    ...(listing.type === 'Offer' ? { offeredBy: party } : { seller: party }),
  };
}

/** The JSON-LD blocks of a listing page, in the page's style. */
export function listingBlocks(listing: ReplicaListing): string[] {
  const party = listing.person
    ? { '@type': 'Person', name: listing.person }
    : organisationJson(listing, listing.style === 'graph' ? '#organisatie' : undefined);
  const website = {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: 'Buurtmarkt',
    url: MARKET_URL,
  };
  switch (listing.style) {
    case 'graph': {
      const node = listingJson(listing, listing.person ? party : { '@id': '#organisatie' });
      const owner = listing.person
        ? []
        : [{ ...party, [listing.type === 'Offer' ? 'makesOffer' : 'seeks']: { '@id': node['@id'] } }];
      return [JSON.stringify({ '@context': 'https://schema.org', '@graph': [website, ...owner, node] })];
    }
    case 'iri': {
      const node = listingJson(listing, party);
      return [
        JSON.stringify(website),
        JSON.stringify({
          '@context': { '@vocab': 'https://schema.org/' },
          ...node,
          '@type': `https://schema.org/${listing.type}`,
        }),
      ];
    }
    case 'repairable':
      return [
        JSON.stringify(website),
        JSON.stringify({ '@context': 'https://schema.org', ...listingJson(listing, party) }, null, 2).replace(
          /\n}$/,
          ',\n}',
        ),
      ];
    default:
      return [
        JSON.stringify(website),
        JSON.stringify({ '@context': 'https://schema.org', ...listingJson(listing, party) }),
      ];
  }
}

/** A whole listing page: head with the JSON-LD, a body with the listing as people see it. */
export function listingPage(listing: ReplicaListing, options: { readonly noindex?: boolean } = {}): string {
  const blocks = listingBlocks(listing)
    .map((block) => `<script type="application/ld+json">${block}</script>`)
    .join('\n    ');
  return `<!doctype html>
<html lang="nl-NL">
  <head>
    <meta charset="utf-8">
    <title>${escapeHtml(listing.title)} | Buurtmarkt</title>
    ${options.noindex ? '<meta name="robots" content="noindex">' : ''}
    ${blocks}
    <!-- <script type="application/ld+json">{"@type":"Offer","name":"oud aanbod"}</script> -->
  </head>
  <body>
    <h1>${escapeHtml(listing.title)}</h1>
    <p>${escapeHtml(listing.description)}</p>
    <p>Geplaatst door ${escapeHtml(listing.person ?? listing.organisationName)}</p>
  </body>
</html>`;
}
