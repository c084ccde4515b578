import { foldLabel } from '../taxonomy/term.ts';

/** A country: ISO 3166-1 alpha-2 and alpha-3 codes and its names in English, German and Dutch. */
export interface Country {
  readonly alpha2: string;
  readonly alpha3: string;
  /** Names and common variants in English, German and Dutch (and the endonym where it differs). */
  readonly names: readonly string[];
}

/**
 * The countries platforms in Knooppunt's scope mention most: Europe, and the countries where
 * international donation platforms fund projects. Extend the table rather than special-casing a name.
 */
export const COUNTRIES: readonly Country[] = [
  {
    alpha2: 'NL',
    alpha3: 'NLD',
    names: ['Netherlands', 'The Netherlands', 'Niederlande', 'Nederland', 'Holland'],
  },
  {
    alpha2: 'DE',
    alpha3: 'DEU',
    names: ['Germany', 'Deutschland', 'Duitsland', 'Bundesrepublik Deutschland'],
  },
  { alpha2: 'BE', alpha3: 'BEL', names: ['Belgium', 'Belgien', 'België', 'Belgique'] },
  { alpha2: 'LU', alpha3: 'LUX', names: ['Luxembourg', 'Luxemburg'] },
  { alpha2: 'AT', alpha3: 'AUT', names: ['Austria', 'Österreich', 'Oostenrijk'] },
  { alpha2: 'CH', alpha3: 'CHE', names: ['Switzerland', 'Schweiz', 'Zwitserland', 'Suisse', 'Svizzera'] },
  { alpha2: 'LI', alpha3: 'LIE', names: ['Liechtenstein'] },
  { alpha2: 'FR', alpha3: 'FRA', names: ['France', 'Frankreich', 'Frankrijk'] },
  {
    alpha2: 'GB',
    alpha3: 'GBR',
    names: [
      'United Kingdom',
      'UK',
      'Great Britain',
      'Vereinigtes Königreich',
      'Großbritannien',
      'Verenigd Koninkrijk',
      'Groot-Brittannië',
      'England',
      'Scotland',
      'Wales',
      'Northern Ireland',
    ],
  },
  { alpha2: 'IE', alpha3: 'IRL', names: ['Ireland', 'Irland', 'Ierland'] },
  { alpha2: 'DK', alpha3: 'DNK', names: ['Denmark', 'Dänemark', 'Denemarken'] },
  { alpha2: 'SE', alpha3: 'SWE', names: ['Sweden', 'Schweden', 'Zweden'] },
  { alpha2: 'NO', alpha3: 'NOR', names: ['Norway', 'Norwegen', 'Noorwegen'] },
  { alpha2: 'FI', alpha3: 'FIN', names: ['Finland', 'Finnland'] },
  { alpha2: 'IS', alpha3: 'ISL', names: ['Iceland', 'Island', 'IJsland'] },
  { alpha2: 'PL', alpha3: 'POL', names: ['Poland', 'Polen'] },
  { alpha2: 'CZ', alpha3: 'CZE', names: ['Czechia', 'Czech Republic', 'Tschechien', 'Tsjechië'] },
  { alpha2: 'SK', alpha3: 'SVK', names: ['Slovakia', 'Slowakei', 'Slowakije'] },
  { alpha2: 'HU', alpha3: 'HUN', names: ['Hungary', 'Ungarn', 'Hongarije'] },
  { alpha2: 'SI', alpha3: 'SVN', names: ['Slovenia', 'Slowenien', 'Slovenië'] },
  { alpha2: 'HR', alpha3: 'HRV', names: ['Croatia', 'Kroatien', 'Kroatië'] },
  {
    alpha2: 'BA',
    alpha3: 'BIH',
    names: ['Bosnia and Herzegovina', 'Bosnien und Herzegowina', 'Bosnië en Herzegovina'],
  },
  { alpha2: 'RS', alpha3: 'SRB', names: ['Serbia', 'Serbien', 'Servië'] },
  { alpha2: 'AL', alpha3: 'ALB', names: ['Albania', 'Albanien', 'Albanië'] },
  { alpha2: 'MK', alpha3: 'MKD', names: ['North Macedonia', 'Nordmazedonien', 'Noord-Macedonië'] },
  { alpha2: 'XK', alpha3: 'XKX', names: ['Kosovo'] },
  { alpha2: 'GR', alpha3: 'GRC', names: ['Greece', 'Griechenland', 'Griekenland'] },
  { alpha2: 'BG', alpha3: 'BGR', names: ['Bulgaria', 'Bulgarien', 'Bulgarije'] },
  { alpha2: 'RO', alpha3: 'ROU', names: ['Romania', 'Rumänien', 'Roemenië'] },
  { alpha2: 'MD', alpha3: 'MDA', names: ['Moldova', 'Moldau', 'Republik Moldau', 'Moldavië'] },
  { alpha2: 'UA', alpha3: 'UKR', names: ['Ukraine', 'Oekraïne'] },
  { alpha2: 'BY', alpha3: 'BLR', names: ['Belarus', 'Weißrussland', 'Wit-Rusland'] },
  { alpha2: 'RU', alpha3: 'RUS', names: ['Russia', 'Russian Federation', 'Russland', 'Rusland'] },
  { alpha2: 'LT', alpha3: 'LTU', names: ['Lithuania', 'Litauen', 'Litouwen'] },
  { alpha2: 'LV', alpha3: 'LVA', names: ['Latvia', 'Lettland', 'Letland'] },
  { alpha2: 'EE', alpha3: 'EST', names: ['Estonia', 'Estland'] },
  { alpha2: 'IT', alpha3: 'ITA', names: ['Italy', 'Italien', 'Italië', 'Italia'] },
  { alpha2: 'ES', alpha3: 'ESP', names: ['Spain', 'Spanien', 'Spanje', 'España'] },
  { alpha2: 'PT', alpha3: 'PRT', names: ['Portugal'] },
  { alpha2: 'MT', alpha3: 'MLT', names: ['Malta'] },
  { alpha2: 'CY', alpha3: 'CYP', names: ['Cyprus', 'Zypern'] },
  { alpha2: 'TR', alpha3: 'TUR', names: ['Turkey', 'Türkiye', 'Türkei', 'Turkije'] },
  { alpha2: 'GE', alpha3: 'GEO', names: ['Georgia', 'Georgien', 'Georgië'] },
  { alpha2: 'AM', alpha3: 'ARM', names: ['Armenia', 'Armenien', 'Armenië'] },
  { alpha2: 'IL', alpha3: 'ISR', names: ['Israel', 'Israël'] },
  { alpha2: 'PS', alpha3: 'PSE', names: ['Palestine', 'Palästina', 'Palestina', 'Palestinian Territories'] },
  { alpha2: 'LB', alpha3: 'LBN', names: ['Lebanon', 'Libanon'] },
  { alpha2: 'SY', alpha3: 'SYR', names: ['Syria', 'Syrien', 'Syrië'] },
  { alpha2: 'JO', alpha3: 'JOR', names: ['Jordan', 'Jordanien', 'Jordanië'] },
  { alpha2: 'IQ', alpha3: 'IRQ', names: ['Iraq', 'Irak'] },
  { alpha2: 'IR', alpha3: 'IRN', names: ['Iran'] },
  { alpha2: 'AF', alpha3: 'AFG', names: ['Afghanistan'] },
  { alpha2: 'PK', alpha3: 'PAK', names: ['Pakistan'] },
  { alpha2: 'IN', alpha3: 'IND', names: ['India', 'Indien'] },
  { alpha2: 'NP', alpha3: 'NPL', names: ['Nepal'] },
  { alpha2: 'BD', alpha3: 'BGD', names: ['Bangladesh', 'Bangladesch'] },
  { alpha2: 'LK', alpha3: 'LKA', names: ['Sri Lanka'] },
  { alpha2: 'MM', alpha3: 'MMR', names: ['Myanmar', 'Burma'] },
  { alpha2: 'TH', alpha3: 'THA', names: ['Thailand'] },
  { alpha2: 'KH', alpha3: 'KHM', names: ['Cambodia', 'Kambodscha', 'Cambodja'] },
  { alpha2: 'VN', alpha3: 'VNM', names: ['Vietnam', 'Viet Nam'] },
  { alpha2: 'PH', alpha3: 'PHL', names: ['Philippines', 'Philippinen', 'Filipijnen'] },
  { alpha2: 'ID', alpha3: 'IDN', names: ['Indonesia', 'Indonesien', 'Indonesië'] },
  { alpha2: 'CN', alpha3: 'CHN', names: ['China'] },
  { alpha2: 'JP', alpha3: 'JPN', names: ['Japan'] },
  { alpha2: 'AU', alpha3: 'AUS', names: ['Australia', 'Australien', 'Australië'] },
  { alpha2: 'NZ', alpha3: 'NZL', names: ['New Zealand', 'Neuseeland', 'Nieuw-Zeeland'] },
  {
    alpha2: 'US',
    alpha3: 'USA',
    names: [
      'United States',
      'United States of America',
      'USA',
      'Vereinigte Staaten',
      'Verenigde Staten',
      'Amerika',
    ],
  },
  { alpha2: 'CA', alpha3: 'CAN', names: ['Canada', 'Kanada'] },
  { alpha2: 'MX', alpha3: 'MEX', names: ['Mexico', 'Mexiko'] },
  { alpha2: 'GT', alpha3: 'GTM', names: ['Guatemala'] },
  { alpha2: 'HN', alpha3: 'HND', names: ['Honduras'] },
  { alpha2: 'NI', alpha3: 'NIC', names: ['Nicaragua'] },
  { alpha2: 'HT', alpha3: 'HTI', names: ['Haiti'] },
  { alpha2: 'SR', alpha3: 'SUR', names: ['Suriname', 'Surinam'] },
  { alpha2: 'CO', alpha3: 'COL', names: ['Colombia', 'Kolumbien'] },
  { alpha2: 'PE', alpha3: 'PER', names: ['Peru'] },
  { alpha2: 'BO', alpha3: 'BOL', names: ['Bolivia', 'Bolivien'] },
  { alpha2: 'EC', alpha3: 'ECU', names: ['Ecuador'] },
  { alpha2: 'BR', alpha3: 'BRA', names: ['Brazil', 'Brasilien', 'Brazilië', 'Brasil'] },
  { alpha2: 'AR', alpha3: 'ARG', names: ['Argentina', 'Argentinien', 'Argentinië'] },
  { alpha2: 'CL', alpha3: 'CHL', names: ['Chile'] },
  { alpha2: 'MA', alpha3: 'MAR', names: ['Morocco', 'Marokko'] },
  { alpha2: 'TN', alpha3: 'TUN', names: ['Tunisia', 'Tunesien', 'Tunesië'] },
  { alpha2: 'EG', alpha3: 'EGY', names: ['Egypt', 'Ägypten', 'Egypte'] },
  { alpha2: 'SN', alpha3: 'SEN', names: ['Senegal'] },
  { alpha2: 'GM', alpha3: 'GMB', names: ['Gambia', 'The Gambia'] },
  { alpha2: 'SL', alpha3: 'SLE', names: ['Sierra Leone'] },
  { alpha2: 'LR', alpha3: 'LBR', names: ['Liberia'] },
  { alpha2: 'GH', alpha3: 'GHA', names: ['Ghana'] },
  { alpha2: 'TG', alpha3: 'TGO', names: ['Togo'] },
  { alpha2: 'BJ', alpha3: 'BEN', names: ['Benin'] },
  { alpha2: 'BF', alpha3: 'BFA', names: ['Burkina Faso'] },
  { alpha2: 'ML', alpha3: 'MLI', names: ['Mali'] },
  { alpha2: 'NE', alpha3: 'NER', names: ['Niger'] },
  { alpha2: 'NG', alpha3: 'NGA', names: ['Nigeria'] },
  { alpha2: 'CM', alpha3: 'CMR', names: ['Cameroon', 'Kamerun'] },
  {
    alpha2: 'CD',
    alpha3: 'COD',
    names: ['Democratic Republic of the Congo', 'DR Congo', 'Demokratische Republik Kongo', 'Kongo'],
  },
  { alpha2: 'ET', alpha3: 'ETH', names: ['Ethiopia', 'Äthiopien', 'Ethiopië'] },
  { alpha2: 'SO', alpha3: 'SOM', names: ['Somalia', 'Somalië'] },
  { alpha2: 'SD', alpha3: 'SDN', names: ['Sudan', 'Soedan'] },
  { alpha2: 'SS', alpha3: 'SSD', names: ['South Sudan', 'Südsudan', 'Zuid-Soedan'] },
  { alpha2: 'ER', alpha3: 'ERI', names: ['Eritrea'] },
  { alpha2: 'KE', alpha3: 'KEN', names: ['Kenya', 'Kenia'] },
  { alpha2: 'UG', alpha3: 'UGA', names: ['Uganda', 'Oeganda'] },
  { alpha2: 'RW', alpha3: 'RWA', names: ['Rwanda', 'Ruanda'] },
  { alpha2: 'BI', alpha3: 'BDI', names: ['Burundi'] },
  { alpha2: 'TZ', alpha3: 'TZA', names: ['Tanzania', 'Tansania'] },
  { alpha2: 'MW', alpha3: 'MWI', names: ['Malawi'] },
  { alpha2: 'MZ', alpha3: 'MOZ', names: ['Mozambique', 'Mosambik'] },
  { alpha2: 'ZM', alpha3: 'ZMB', names: ['Zambia', 'Sambia'] },
  { alpha2: 'ZW', alpha3: 'ZWE', names: ['Zimbabwe', 'Simbabwe'] },
  { alpha2: 'NA', alpha3: 'NAM', names: ['Namibia', 'Namibië'] },
  { alpha2: 'ZA', alpha3: 'ZAF', names: ['South Africa', 'Südafrika', 'Zuid-Afrika'] },
  { alpha2: 'MG', alpha3: 'MDG', names: ['Madagascar', 'Madagaskar'] },
];

const BY_KEY = new Map<string, string>();
for (const country of COUNTRIES) {
  BY_KEY.set(country.alpha2.toLowerCase(), country.alpha2);
  BY_KEY.set(country.alpha3.toLowerCase(), country.alpha2);
  for (const name of country.names) BY_KEY.set(foldLabel(name), country.alpha2);
}

/**
 * Maps a country as platforms write it - a name in English, German or Dutch ("Deutschland",
 * "Niederlande", "België", "Vereinigtes Königreich"), an ISO alpha-3 code ("DEU") or an alpha-2
 * code in any case ("nl") - to its ISO 3166-1 alpha-2 code. Undefined when the country is unknown.
 */
export function countryCode(name: string | null | undefined): string | undefined {
  if (!name) return undefined;
  const folded = foldLabel(name);
  if (!folded) return undefined;
  return BY_KEY.get(folded) ?? isoAlpha2(name);
}

const REGIONS = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
/** Region codes ICU names that are not countries: the EU, the eurozone, the UN, "outlying Oceania", unknown. */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'ZZ']);

/** Accepts any assigned ISO 3166-1 alpha-2 code (per the ICU data Node ships), beyond the named countries above. */
function isoAlpha2(raw: string): string | undefined {
  const code = raw.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(code)) return undefined;
  if (NOT_COUNTRIES.has(code)) return undefined;
  try {
    return REGIONS.of(code) ? code : undefined;
  } catch {
    return undefined;
  }
}
