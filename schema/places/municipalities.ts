import { foldLabel } from '../taxonomy/term.ts';

/**
 * Dutch municipalities (gemeenten) as of 1 January 2024: every municipality with more than about
 * 30,000 inhabitants, every provincial capital and a few smaller ones, about 190 of the 342.
 * Codes (`GM` + 4 digits) are CBS's; a municipality formed by a later merger is absent rather
 * than guessed. Centroids are approximate (the main town's centre, three decimals) and serve
 * nearest-place lookups and generated test data, not cartography.
 */
export interface Municipality {
  /** CBS municipality code, e.g. `GM0363`. */
  readonly code: string;
  /** Name as CBS writes it. */
  readonly name: string;
  /** CBS code of the province, e.g. `PV27`. */
  readonly province: string;
  /** Approximate centroid, WGS84. */
  readonly lat: number;
  readonly lon: number;
  /** Other names people and platforms use ("Den Haag" for 's-Gravenhage) and main towns of merged municipalities. */
  readonly aliases?: readonly string[];
}

/** The included Dutch municipalities, grouped by province. */
export const NL_MUNICIPALITIES: readonly Municipality[] = [
  // Groningen
  { code: 'GM0014', name: 'Groningen', province: 'PV20', lat: 53.219, lon: 6.567 },
  { code: 'GM1952', name: 'Midden-Groningen', province: 'PV20', lat: 53.168, lon: 6.762 },
  { code: 'GM1969', name: 'Westerkwartier', province: 'PV20', lat: 53.2, lon: 6.4 },
  { code: 'GM1966', name: 'Het Hogeland', province: 'PV20', lat: 53.37, lon: 6.55 },
  { code: 'GM1979', name: 'Eemsdelta', province: 'PV20', lat: 53.32, lon: 6.87 },
  { code: 'GM1895', name: 'Oldambt', province: 'PV20', lat: 53.14, lon: 7.04 },
  { code: 'GM0037', name: 'Stadskanaal', province: 'PV20', lat: 52.99, lon: 6.95 },
  // Fryslân
  { code: 'GM0080', name: 'Leeuwarden', province: 'PV21', lat: 53.201, lon: 5.799 },
  { code: 'GM1900', name: 'Súdwest-Fryslân', province: 'PV21', lat: 53.03, lon: 5.66, aliases: ['Sneek'] },
  {
    code: 'GM0090',
    name: 'Smallingerland',
    province: 'PV21',
    lat: 53.107,
    lon: 6.098,
    aliases: ['Drachten'],
  },
  { code: 'GM0074', name: 'Heerenveen', province: 'PV21', lat: 52.96, lon: 5.92 },
  { code: 'GM1940', name: 'De Fryske Marren', province: 'PV21', lat: 52.97, lon: 5.79 },
  { code: 'GM1970', name: 'Noardeast-Fryslân', province: 'PV21', lat: 53.326, lon: 5.998 },
  { code: 'GM1949', name: 'Waadhoeke', province: 'PV21', lat: 53.187, lon: 5.542 },
  { code: 'GM0737', name: 'Tytsjerksteradiel', province: 'PV21', lat: 53.19, lon: 5.99 },
  // Drenthe
  { code: 'GM0106', name: 'Assen', province: 'PV22', lat: 52.993, lon: 6.562 },
  { code: 'GM0114', name: 'Emmen', province: 'PV22', lat: 52.785, lon: 6.897 },
  { code: 'GM0118', name: 'Hoogeveen', province: 'PV22', lat: 52.723, lon: 6.476 },
  { code: 'GM0119', name: 'Meppel', province: 'PV22', lat: 52.696, lon: 6.194 },
  { code: 'GM1731', name: 'Midden-Drenthe', province: 'PV22', lat: 52.863, lon: 6.513 },
  { code: 'GM0109', name: 'Coevorden', province: 'PV22', lat: 52.661, lon: 6.741 },
  { code: 'GM1730', name: 'Tynaarlo', province: 'PV22', lat: 53.09, lon: 6.62 },
  { code: 'GM1699', name: 'Noordenveld', province: 'PV22', lat: 53.138, lon: 6.426 },
  // Overijssel
  { code: 'GM0193', name: 'Zwolle', province: 'PV23', lat: 52.512, lon: 6.094 },
  { code: 'GM0153', name: 'Enschede', province: 'PV23', lat: 52.222, lon: 6.894 },
  { code: 'GM0150', name: 'Deventer', province: 'PV23', lat: 52.255, lon: 6.163 },
  { code: 'GM0141', name: 'Almelo', province: 'PV23', lat: 52.357, lon: 6.662 },
  { code: 'GM0164', name: 'Hengelo', province: 'PV23', lat: 52.266, lon: 6.793, aliases: ['Hengelo (O.)'] },
  { code: 'GM0160', name: 'Hardenberg', province: 'PV23', lat: 52.575, lon: 6.619 },
  { code: 'GM0166', name: 'Kampen', province: 'PV23', lat: 52.555, lon: 5.911 },
  { code: 'GM1742', name: 'Rijssen-Holten', province: 'PV23', lat: 52.306, lon: 6.519 },
  { code: 'GM0177', name: 'Raalte', province: 'PV23', lat: 52.388, lon: 6.275 },
  { code: 'GM1708', name: 'Steenwijkerland', province: 'PV23', lat: 52.787, lon: 6.12 },
  { code: 'GM0173', name: 'Oldenzaal', province: 'PV23', lat: 52.313, lon: 6.929 },
  { code: 'GM1735', name: 'Hof van Twente', province: 'PV23', lat: 52.233, lon: 6.585 },
  { code: 'GM1700', name: 'Twenterand', province: 'PV23', lat: 52.43, lon: 6.59 },
  { code: 'GM0163', name: 'Hellendoorn', province: 'PV23', lat: 52.37, lon: 6.46 },
  // Flevoland
  { code: 'GM0034', name: 'Almere', province: 'PV24', lat: 52.37, lon: 5.214 },
  { code: 'GM0995', name: 'Lelystad', province: 'PV24', lat: 52.518, lon: 5.471 },
  {
    code: 'GM0171',
    name: 'Noordoostpolder',
    province: 'PV24',
    lat: 52.711,
    lon: 5.752,
    aliases: ['Emmeloord'],
  },
  { code: 'GM0303', name: 'Dronten', province: 'PV24', lat: 52.525, lon: 5.718 },
  { code: 'GM0050', name: 'Zeewolde', province: 'PV24', lat: 52.33, lon: 5.541 },
  { code: 'GM0184', name: 'Urk', province: 'PV24', lat: 52.662, lon: 5.601 },
  // Gelderland
  { code: 'GM0268', name: 'Nijmegen', province: 'PV25', lat: 51.842, lon: 5.853 },
  { code: 'GM0202', name: 'Arnhem', province: 'PV25', lat: 51.985, lon: 5.899 },
  { code: 'GM0200', name: 'Apeldoorn', province: 'PV25', lat: 52.211, lon: 5.969 },
  { code: 'GM0228', name: 'Ede', province: 'PV25', lat: 52.04, lon: 5.667 },
  { code: 'GM0222', name: 'Doetinchem', province: 'PV25', lat: 51.965, lon: 6.289 },
  { code: 'GM0243', name: 'Harderwijk', province: 'PV25', lat: 52.342, lon: 5.621 },
  { code: 'GM0203', name: 'Barneveld', province: 'PV25', lat: 52.14, lon: 5.585 },
  { code: 'GM0301', name: 'Zutphen', province: 'PV25', lat: 52.138, lon: 6.201 },
  { code: 'GM0289', name: 'Wageningen', province: 'PV25', lat: 51.97, lon: 5.665 },
  { code: 'GM0281', name: 'Tiel', province: 'PV25', lat: 51.887, lon: 5.43 },
  { code: 'GM0267', name: 'Nijkerk', province: 'PV25', lat: 52.22, lon: 5.486 },
  { code: 'GM1705', name: 'Lingewaard', province: 'PV25', lat: 51.91, lon: 5.92 },
  { code: 'GM1734', name: 'Overbetuwe', province: 'PV25', lat: 51.925, lon: 5.83 },
  { code: 'GM1960', name: 'West Betuwe', province: 'PV25', lat: 51.881, lon: 5.289 },
  { code: 'GM1859', name: 'Berkelland', province: 'PV25', lat: 52.11, lon: 6.58 },
  { code: 'GM1509', name: 'Oude IJsselstreek', province: 'PV25', lat: 51.894, lon: 6.38 },
  { code: 'GM0275', name: 'Rheden', province: 'PV25', lat: 52.02, lon: 6.03 },
  { code: 'GM0299', name: 'Zevenaar', province: 'PV25', lat: 51.929, lon: 6.072 },
  { code: 'GM0274', name: 'Renkum', province: 'PV25', lat: 51.98, lon: 5.79 },
  { code: 'GM0232', name: 'Epe', province: 'PV25', lat: 52.348, lon: 5.983 },
  { code: 'GM1955', name: 'Montferland', province: 'PV25', lat: 51.92, lon: 6.16 },
  { code: 'GM0296', name: 'Wijchen', province: 'PV25', lat: 51.809, lon: 5.725 },
  { code: 'GM1945', name: 'Berg en Dal', province: 'PV25', lat: 51.79, lon: 5.93 },
  { code: 'GM0262', name: 'Lochem', province: 'PV25', lat: 52.16, lon: 6.415 },
  { code: 'GM0294', name: 'Winterswijk', province: 'PV25', lat: 51.972, lon: 6.72 },
  { code: 'GM1586', name: 'Oost Gelre', province: 'PV25', lat: 52.01, lon: 6.58 },
  { code: 'GM0233', name: 'Ermelo', province: 'PV25', lat: 52.299, lon: 5.62 },
  { code: 'GM0297', name: 'Zaltbommel', province: 'PV25', lat: 51.81, lon: 5.25 },
  { code: 'GM0216', name: 'Culemborg', province: 'PV25', lat: 51.955, lon: 5.227 },
  // Utrecht
  { code: 'GM0344', name: 'Utrecht', province: 'PV26', lat: 52.091, lon: 5.122 },
  { code: 'GM0307', name: 'Amersfoort', province: 'PV26', lat: 52.156, lon: 5.388 },
  { code: 'GM0345', name: 'Veenendaal', province: 'PV26', lat: 52.027, lon: 5.558 },
  { code: 'GM0356', name: 'Nieuwegein', province: 'PV26', lat: 52.029, lon: 5.081 },
  { code: 'GM0355', name: 'Zeist', province: 'PV26', lat: 52.089, lon: 5.233 },
  { code: 'GM0321', name: 'Houten', province: 'PV26', lat: 52.028, lon: 5.168 },
  { code: 'GM1904', name: 'Stichtse Vecht', province: 'PV26', lat: 52.15, lon: 5.03, aliases: ['Maarssen'] },
  { code: 'GM1581', name: 'Utrechtse Heuvelrug', province: 'PV26', lat: 52.04, lon: 5.33 },
  { code: 'GM0310', name: 'De Bilt', province: 'PV26', lat: 52.12, lon: 5.19, aliases: ['Bilthoven'] },
  { code: 'GM0632', name: 'Woerden', province: 'PV26', lat: 52.086, lon: 4.884 },
  { code: 'GM0342', name: 'Soest', province: 'PV26', lat: 52.174, lon: 5.292 },
  { code: 'GM0353', name: 'IJsselstein', province: 'PV26', lat: 52.02, lon: 5.043 },
  {
    code: 'GM0736',
    name: 'De Ronde Venen',
    province: 'PV26',
    lat: 52.207,
    lon: 4.862,
    aliases: ['Mijdrecht'],
  },
  { code: 'GM1961', name: 'Vijfheerenlanden', province: 'PV26', lat: 51.94, lon: 5.09 },
  // Noord-Holland
  { code: 'GM0363', name: 'Amsterdam', province: 'PV27', lat: 52.373, lon: 4.893 },
  { code: 'GM0392', name: 'Haarlem', province: 'PV27', lat: 52.381, lon: 4.637 },
  { code: 'GM0479', name: 'Zaanstad', province: 'PV27', lat: 52.439, lon: 4.826, aliases: ['Zaandam'] },
  {
    code: 'GM0394',
    name: 'Haarlemmermeer',
    province: 'PV27',
    lat: 52.303,
    lon: 4.69,
    aliases: ['Hoofddorp'],
  },
  { code: 'GM0361', name: 'Alkmaar', province: 'PV27', lat: 52.632, lon: 4.748 },
  { code: 'GM0362', name: 'Amstelveen', province: 'PV27', lat: 52.303, lon: 4.863 },
  { code: 'GM0402', name: 'Hilversum', province: 'PV27', lat: 52.223, lon: 5.176 },
  { code: 'GM0439', name: 'Purmerend', province: 'PV27', lat: 52.503, lon: 4.959 },
  { code: 'GM0405', name: 'Hoorn', province: 'PV27', lat: 52.643, lon: 5.06 },
  {
    code: 'GM1980',
    name: 'Dijk en Waard',
    province: 'PV27',
    lat: 52.669,
    lon: 4.83,
    aliases: ['Heerhugowaard'],
  },
  { code: 'GM0453', name: 'Velsen', province: 'PV27', lat: 52.458, lon: 4.619, aliases: ['IJmuiden'] },
  { code: 'GM1942', name: 'Gooise Meren', province: 'PV27', lat: 52.274, lon: 5.161, aliases: ['Bussum'] },
  { code: 'GM0400', name: 'Den Helder', province: 'PV27', lat: 52.956, lon: 4.76 },
  { code: 'GM1911', name: 'Hollands Kroon', province: 'PV27', lat: 52.85, lon: 4.95 },
  { code: 'GM0441', name: 'Schagen', province: 'PV27', lat: 52.787, lon: 4.799 },
  { code: 'GM0385', name: 'Edam-Volendam', province: 'PV27', lat: 52.495, lon: 5.07 },
  { code: 'GM0396', name: 'Heemskerk', province: 'PV27', lat: 52.511, lon: 4.671 },
  { code: 'GM0383', name: 'Castricum', province: 'PV27', lat: 52.548, lon: 4.669 },
  { code: 'GM0375', name: 'Beverwijk', province: 'PV27', lat: 52.486, lon: 4.657 },
  { code: 'GM0420', name: 'Medemblik', province: 'PV27', lat: 52.75, lon: 5.05 },
  { code: 'GM0373', name: 'Bergen (NH.)', province: 'PV27', lat: 52.66, lon: 4.7 },
  { code: 'GM0406', name: 'Huizen', province: 'PV27', lat: 52.299, lon: 5.241 },
  { code: 'GM0384', name: 'Diemen', province: 'PV27', lat: 52.339, lon: 4.962 },
  { code: 'GM0451', name: 'Uithoorn', province: 'PV27', lat: 52.237, lon: 4.826 },
  { code: 'GM0358', name: 'Aalsmeer', province: 'PV27', lat: 52.263, lon: 4.762 },
  // Zuid-Holland
  { code: 'GM0599', name: 'Rotterdam', province: 'PV28', lat: 51.922, lon: 4.479 },
  {
    code: 'GM0518',
    name: "'s-Gravenhage",
    province: 'PV28',
    lat: 52.08,
    lon: 4.31,
    aliases: ['Den Haag', 'The Hague', 'Gravenhage'],
  },
  { code: 'GM0546', name: 'Leiden', province: 'PV28', lat: 52.16, lon: 4.497 },
  { code: 'GM0505', name: 'Dordrecht', province: 'PV28', lat: 51.813, lon: 4.69 },
  { code: 'GM0637', name: 'Zoetermeer', province: 'PV28', lat: 52.06, lon: 4.494 },
  { code: 'GM0503', name: 'Delft', province: 'PV28', lat: 52.012, lon: 4.357 },
  { code: 'GM1783', name: 'Westland', province: 'PV28', lat: 51.994, lon: 4.209, aliases: ['Naaldwijk'] },
  { code: 'GM0484', name: 'Alphen aan den Rijn', province: 'PV28', lat: 52.129, lon: 4.656 },
  { code: 'GM1916', name: 'Leidschendam-Voorburg', province: 'PV28', lat: 52.08, lon: 4.38 },
  { code: 'GM0513', name: 'Gouda', province: 'PV28', lat: 52.017, lon: 4.708 },
  { code: 'GM0502', name: 'Capelle aan den IJssel', province: 'PV28', lat: 51.929, lon: 4.578 },
  { code: 'GM0606', name: 'Schiedam', province: 'PV28', lat: 51.917, lon: 4.4 },
  { code: 'GM0622', name: 'Vlaardingen', province: 'PV28', lat: 51.912, lon: 4.341 },
  { code: 'GM1621', name: 'Lansingerland', province: 'PV28', lat: 52.0, lon: 4.5 },
  { code: 'GM1930', name: 'Nissewaard', province: 'PV28', lat: 51.846, lon: 4.331, aliases: ['Spijkenisse'] },
  { code: 'GM1963', name: 'Hoeksche Waard', province: 'PV28', lat: 51.78, lon: 4.43 },
  { code: 'GM1924', name: 'Goeree-Overflakkee', province: 'PV28', lat: 51.757, lon: 4.166 },
  { code: 'GM0537', name: 'Katwijk', province: 'PV28', lat: 52.203, lon: 4.418 },
  { code: 'GM1926', name: 'Pijnacker-Nootdorp', province: 'PV28', lat: 52.019, lon: 4.429 },
  {
    code: 'GM0603',
    name: 'Rijswijk',
    province: 'PV28',
    lat: 52.036,
    lon: 4.325,
    aliases: ['Rijswijk (ZH.)'],
  },
  { code: 'GM0597', name: 'Ridderkerk', province: 'PV28', lat: 51.87, lon: 4.603 },
  { code: 'GM0489', name: 'Barendrecht', province: 'PV28', lat: 51.857, lon: 4.535 },
  { code: 'GM0512', name: 'Gorinchem', province: 'PV28', lat: 51.836, lon: 4.974 },
  { code: 'GM1931', name: 'Krimpenerwaard', province: 'PV28', lat: 51.95, lon: 4.78 },
  { code: 'GM1892', name: 'Zuidplas', province: 'PV28', lat: 51.99, lon: 4.61 },
  { code: 'GM0575', name: 'Noordwijk', province: 'PV28', lat: 52.24, lon: 4.447 },
  { code: 'GM1525', name: 'Teylingen', province: 'PV28', lat: 52.225, lon: 4.522 },
  { code: 'GM0642', name: 'Zwijndrecht', province: 'PV28', lat: 51.817, lon: 4.633 },
  { code: 'GM0556', name: 'Maassluis', province: 'PV28', lat: 51.922, lon: 4.25 },
  { code: 'GM0629', name: 'Wassenaar', province: 'PV28', lat: 52.145, lon: 4.4 },
  {
    code: 'GM1992',
    name: 'Voorne aan Zee',
    province: 'PV28',
    lat: 51.86,
    lon: 4.14,
    aliases: ['Hellevoetsluis', 'Brielle'],
  },
  { code: 'GM1901', name: 'Bodegraven-Reeuwijk', province: 'PV28', lat: 52.08, lon: 4.75 },
  { code: 'GM0627', name: 'Waddinxveen', province: 'PV28', lat: 52.043, lon: 4.652 },
  // Zeeland
  {
    code: 'GM0687',
    name: 'Middelburg',
    province: 'PV29',
    lat: 51.499,
    lon: 3.614,
    aliases: ['Middelburg (Z.)'],
  },
  { code: 'GM0718', name: 'Vlissingen', province: 'PV29', lat: 51.442, lon: 3.574 },
  { code: 'GM0715', name: 'Terneuzen', province: 'PV29', lat: 51.335, lon: 3.828 },
  { code: 'GM0664', name: 'Goes', province: 'PV29', lat: 51.504, lon: 3.889 },
  {
    code: 'GM1676',
    name: 'Schouwen-Duiveland',
    province: 'PV29',
    lat: 51.65,
    lon: 3.919,
    aliases: ['Zierikzee'],
  },
  { code: 'GM0677', name: 'Hulst', province: 'PV29', lat: 51.28, lon: 4.053 },
  { code: 'GM1714', name: 'Sluis', province: 'PV29', lat: 51.32, lon: 3.45 },
  // Noord-Brabant
  { code: 'GM0772', name: 'Eindhoven', province: 'PV30', lat: 51.441, lon: 5.478 },
  { code: 'GM0855', name: 'Tilburg', province: 'PV30', lat: 51.556, lon: 5.091 },
  { code: 'GM0758', name: 'Breda', province: 'PV30', lat: 51.589, lon: 4.776 },
  {
    code: 'GM0796',
    name: "'s-Hertogenbosch",
    province: 'PV30',
    lat: 51.697,
    lon: 5.304,
    aliases: ['Den Bosch', 'Hertogenbosch'],
  },
  { code: 'GM0794', name: 'Helmond', province: 'PV30', lat: 51.479, lon: 5.657 },
  { code: 'GM0828', name: 'Oss', province: 'PV30', lat: 51.765, lon: 5.518 },
  { code: 'GM1948', name: 'Meierijstad', province: 'PV30', lat: 51.617, lon: 5.549, aliases: ['Veghel'] },
  { code: 'GM1674', name: 'Roosendaal', province: 'PV30', lat: 51.531, lon: 4.465 },
  { code: 'GM0748', name: 'Bergen op Zoom', province: 'PV30', lat: 51.495, lon: 4.291 },
  {
    code: 'GM1982',
    name: 'Land van Cuijk',
    province: 'PV30',
    lat: 51.69,
    lon: 5.91,
    aliases: ['Cuijk', 'Boxmeer'],
  },
  { code: 'GM0826', name: 'Oosterhout', province: 'PV30', lat: 51.645, lon: 4.86 },
  { code: 'GM0867', name: 'Waalwijk', province: 'PV30', lat: 51.683, lon: 5.07 },
  { code: 'GM0861', name: 'Veldhoven', province: 'PV30', lat: 51.418, lon: 5.403 },
  { code: 'GM1991', name: 'Maashorst', province: 'PV30', lat: 51.661, lon: 5.619, aliases: ['Uden'] },
  { code: 'GM1959', name: 'Altena', province: 'PV30', lat: 51.78, lon: 4.94 },
  { code: 'GM0797', name: 'Heusden', province: 'PV30', lat: 51.69, lon: 5.16 },
  { code: 'GM0777', name: 'Etten-Leur', province: 'PV30', lat: 51.57, lon: 4.637 },
  { code: 'GM1709', name: 'Moerdijk', province: 'PV30', lat: 51.645, lon: 4.604 },
  { code: 'GM1771', name: 'Geldrop-Mierlo', province: 'PV30', lat: 51.421, lon: 5.558 },
  { code: 'GM1652', name: 'Gemert-Bakel', province: 'PV30', lat: 51.555, lon: 5.69 },
  { code: 'GM0757', name: 'Boxtel', province: 'PV30', lat: 51.591, lon: 5.329 },
  { code: 'GM0858', name: 'Valkenswaard', province: 'PV30', lat: 51.351, lon: 5.46 },
  { code: 'GM0762', name: 'Deurne', province: 'PV30', lat: 51.461, lon: 5.796 },
  { code: 'GM0753', name: 'Best', province: 'PV30', lat: 51.508, lon: 5.39 },
  { code: 'GM0865', name: 'Vught', province: 'PV30', lat: 51.653, lon: 5.293 },
  { code: 'GM0824', name: 'Oisterwijk', province: 'PV30', lat: 51.579, lon: 5.189 },
  // Limburg
  { code: 'GM0935', name: 'Maastricht', province: 'PV31', lat: 50.851, lon: 5.691 },
  { code: 'GM0983', name: 'Venlo', province: 'PV31', lat: 51.37, lon: 6.172 },
  { code: 'GM1883', name: 'Sittard-Geleen', province: 'PV31', lat: 50.998, lon: 5.869 },
  { code: 'GM0917', name: 'Heerlen', province: 'PV31', lat: 50.888, lon: 5.98 },
  { code: 'GM0957', name: 'Roermond', province: 'PV31', lat: 51.194, lon: 5.987 },
  { code: 'GM0988', name: 'Weert', province: 'PV31', lat: 51.251, lon: 5.706 },
  { code: 'GM0928', name: 'Kerkrade', province: 'PV31', lat: 50.866, lon: 6.063 },
  { code: 'GM0984', name: 'Venray', province: 'PV31', lat: 51.526, lon: 5.975 },
  { code: 'GM1894', name: 'Peel en Maas', province: 'PV31', lat: 51.331, lon: 5.979 },
  { code: 'GM1507', name: 'Horst aan de Maas', province: 'PV31', lat: 51.454, lon: 6.052 },
  { code: 'GM1640', name: 'Leudal', province: 'PV31', lat: 51.25, lon: 5.9 },
  { code: 'GM0882', name: 'Landgraaf', province: 'PV31', lat: 50.9, lon: 6.02 },
  { code: 'GM1954', name: 'Beekdaelen', province: 'PV31', lat: 50.93, lon: 5.89 },
  { code: 'GM1711', name: 'Echt-Susteren', province: 'PV31', lat: 51.1, lon: 5.87 },
  { code: 'GM0899', name: 'Brunssum', province: 'PV31', lat: 50.947, lon: 5.971 },
];

const BY_CODE = new Map(NL_MUNICIPALITIES.map((municipality) => [municipality.code, municipality]));
const BY_NAME = new Map<string, Municipality>();
for (const municipality of NL_MUNICIPALITIES) {
  for (const name of [municipality.name, ...(municipality.aliases ?? [])])
    BY_NAME.set(foldLabel(name), municipality);
}

/** Looks a municipality up by its CBS code (`GM0363`); undefined when it is not in the list. */
export function municipalityByCode(code: string): Municipality | undefined {
  return BY_CODE.get(code.trim().toUpperCase());
}

/**
 * Looks a municipality up by its name, an alias or its main town ("Den Haag", "Zaandam"), ignoring
 * case and diacritics; undefined when nothing in the list carries that name.
 */
export function municipalityByName(name: string): Municipality | undefined {
  return BY_NAME.get(foldLabel(name));
}
