import { type Municipality, municipalityByCode } from './municipalities.ts';

/** An inclusive range of Dutch four-digit postcodes (PC4) that lies in one municipality. */
export interface PostcodeRange {
  readonly from: number;
  readonly to: number;
  /** CBS code of the municipality. */
  readonly municipality: string;
}

/**
 * PC4 ranges of the main towns of the larger municipalities. Only ranges known to lie wholly in
 * one municipality are listed; the villages of a municipality often have postcodes outside its
 * town's range and are then found by coordinates instead. Not a complete postcode table.
 */
export const NL_POSTCODE_RANGES: readonly PostcodeRange[] = [
  { from: 1011, to: 1109, municipality: 'GM0363' }, // Amsterdam
  { from: 1181, to: 1189, municipality: 'GM0362' }, // Amstelveen
  { from: 1211, to: 1223, municipality: 'GM0402' }, // Hilversum
  { from: 1271, to: 1277, municipality: 'GM0406' }, // Huizen
  { from: 1311, to: 1364, municipality: 'GM0034' }, // Almere
  { from: 1381, to: 1384, municipality: 'GM0363' }, // Weesp, part of Amsterdam since 2022
  { from: 1401, to: 1406, municipality: 'GM1942' }, // Bussum
  { from: 1441, to: 1448, municipality: 'GM0439' }, // Purmerend
  { from: 1501, to: 1509, municipality: 'GM0479' }, // Zaandam
  { from: 1621, to: 1628, municipality: 'GM0405' }, // Hoorn
  { from: 1701, to: 1707, municipality: 'GM1980' }, // Heerhugowaard
  { from: 1781, to: 1789, municipality: 'GM0400' }, // Den Helder
  { from: 1811, to: 1827, municipality: 'GM0361' }, // Alkmaar
  { from: 1941, to: 1948, municipality: 'GM0375' }, // Beverwijk
  { from: 1961, to: 1969, municipality: 'GM0396' }, // Heemskerk
  { from: 1971, to: 1976, municipality: 'GM0453' }, // IJmuiden
  { from: 2011, to: 2036, municipality: 'GM0392' }, // Haarlem
  { from: 2131, to: 2136, municipality: 'GM0394' }, // Hoofddorp
  { from: 2221, to: 2225, municipality: 'GM0537' }, // Katwijk
  { from: 2261, to: 2275, municipality: 'GM1916' }, // Leidschendam, Voorburg
  { from: 2281, to: 2289, municipality: 'GM0603' }, // Rijswijk
  { from: 2311, to: 2334, municipality: 'GM0546' }, // Leiden
  { from: 2401, to: 2409, municipality: 'GM0484' }, // Alphen aan den Rijn
  { from: 2491, to: 2599, municipality: 'GM0518' }, // Den Haag
  { from: 2611, to: 2629, municipality: 'GM0503' }, // Delft
  { from: 2711, to: 2729, municipality: 'GM0637' }, // Zoetermeer
  { from: 2801, to: 2809, municipality: 'GM0513' }, // Gouda
  { from: 2901, to: 2909, municipality: 'GM0502' }, // Capelle aan den IJssel
  { from: 3011, to: 3089, municipality: 'GM0599' }, // Rotterdam
  { from: 3111, to: 3125, municipality: 'GM0606' }, // Schiedam
  { from: 3131, to: 3138, municipality: 'GM0622' }, // Vlaardingen
  { from: 3201, to: 3209, municipality: 'GM1930' }, // Spijkenisse
  { from: 3311, to: 3329, municipality: 'GM0505' }, // Dordrecht
  { from: 3401, to: 3404, municipality: 'GM0353' }, // IJsselstein
  { from: 3431, to: 3439, municipality: 'GM0356' }, // Nieuwegein
  { from: 3441, to: 3449, municipality: 'GM0632' }, // Woerden
  { from: 3451, to: 3455, municipality: 'GM0344' }, // Vleuten-De Meern
  { from: 3511, to: 3585, municipality: 'GM0344' }, // Utrecht
  { from: 3601, to: 3608, municipality: 'GM1904' }, // Maarssen
  { from: 3701, to: 3709, municipality: 'GM0355' }, // Zeist
  { from: 3721, to: 3739, municipality: 'GM0310' }, // Bilthoven, De Bilt
  { from: 3761, to: 3768, municipality: 'GM0342' }, // Soest
  { from: 3811, to: 3829, municipality: 'GM0307' }, // Amersfoort
  { from: 3841, to: 3849, municipality: 'GM0243' }, // Harderwijk
  { from: 3901, to: 3907, municipality: 'GM0345' }, // Veenendaal
  { from: 3991, to: 3995, municipality: 'GM0321' }, // Houten
  { from: 4001, to: 4007, municipality: 'GM0281' }, // Tiel
  { from: 4201, to: 4206, municipality: 'GM0512' }, // Gorinchem
  { from: 4331, to: 4339, municipality: 'GM0687' }, // Middelburg
  { from: 4381, to: 4389, municipality: 'GM0718' }, // Vlissingen
  { from: 4461, to: 4467, municipality: 'GM0664' }, // Goes
  { from: 4531, to: 4538, municipality: 'GM0715' }, // Terneuzen
  { from: 4611, to: 4625, municipality: 'GM0748' }, // Bergen op Zoom
  { from: 4701, to: 4709, municipality: 'GM1674' }, // Roosendaal
  { from: 4811, to: 4839, municipality: 'GM0758' }, // Breda
  { from: 4901, to: 4909, municipality: 'GM0826' }, // Oosterhout
  { from: 5011, to: 5049, municipality: 'GM0855' }, // Tilburg
  { from: 5141, to: 5146, municipality: 'GM0867' }, // Waalwijk
  { from: 5211, to: 5249, municipality: 'GM0796' }, // 's-Hertogenbosch, Rosmalen
  { from: 5341, to: 5349, municipality: 'GM0828' }, // Oss
  { from: 5501, to: 5509, municipality: 'GM0861' }, // Veldhoven
  { from: 5611, to: 5658, municipality: 'GM0772' }, // Eindhoven
  { from: 5701, to: 5709, municipality: 'GM0794' }, // Helmond
  { from: 5801, to: 5809, municipality: 'GM0984' }, // Venray
  { from: 5911, to: 5935, municipality: 'GM0983' }, // Venlo, Blerick, Tegelen
  { from: 6001, to: 6009, municipality: 'GM0988' }, // Weert
  { from: 6041, to: 6046, municipality: 'GM0957' }, // Roermond
  { from: 6131, to: 6137, municipality: 'GM1883' }, // Sittard
  { from: 6211, to: 6229, municipality: 'GM0935' }, // Maastricht
  { from: 6411, to: 6419, municipality: 'GM0917' }, // Heerlen
  { from: 6461, to: 6471, municipality: 'GM0928' }, // Kerkrade
  { from: 6511, to: 6546, municipality: 'GM0268' }, // Nijmegen
  { from: 6701, to: 6709, municipality: 'GM0289' }, // Wageningen
  { from: 6711, to: 6718, municipality: 'GM0228' }, // Ede
  { from: 6811, to: 6846, municipality: 'GM0202' }, // Arnhem
  { from: 7001, to: 7009, municipality: 'GM0222' }, // Doetinchem
  { from: 7201, to: 7207, municipality: 'GM0301' }, // Zutphen
  { from: 7311, to: 7339, municipality: 'GM0200' }, // Apeldoorn
  { from: 7411, to: 7429, municipality: 'GM0150' }, // Deventer
  { from: 7511, to: 7548, municipality: 'GM0153' }, // Enschede
  { from: 7551, to: 7559, municipality: 'GM0164' }, // Hengelo
  { from: 7601, to: 7609, municipality: 'GM0141' }, // Almelo
  { from: 7811, to: 7824, municipality: 'GM0114' }, // Emmen
  { from: 7901, to: 7909, municipality: 'GM0118' }, // Hoogeveen
  { from: 7941, to: 7948, municipality: 'GM0119' }, // Meppel
  { from: 8011, to: 8043, municipality: 'GM0193' }, // Zwolle
  { from: 8211, to: 8245, municipality: 'GM0995' }, // Lelystad
  { from: 8261, to: 8267, municipality: 'GM0166' }, // Kampen
  { from: 8441, to: 8449, municipality: 'GM0074' }, // Heerenveen
  { from: 8601, to: 8608, municipality: 'GM1900' }, // Sneek
  { from: 8911, to: 8939, municipality: 'GM0080' }, // Leeuwarden
  { from: 9201, to: 9207, municipality: 'GM0090' }, // Drachten
  { from: 9401, to: 9409, municipality: 'GM0106' }, // Assen
  { from: 9711, to: 9747, municipality: 'GM0014' }, // Groningen
];

/** The ranges of one municipality, for generating postcodes that lie in it. */
export function postcodeRangesOf(code: string): PostcodeRange[] {
  return NL_POSTCODE_RANGES.filter((range) => range.municipality === code);
}

/**
 * Finds the municipality of a Dutch postcode ("3581 KP", "3581kp" or just "3581") from the PC4
 * ranges; undefined when the postcode is not Dutch in form or its range is not listed.
 */
export function municipalityForPostcode(postcode: string): Municipality | undefined {
  const match = /^\s*([1-9]\d{3})\s*(?:[a-z]{2})?\s*$/i.exec(postcode);
  if (!match) return undefined;
  const pc4 = Number(match[1]);
  const range = NL_POSTCODE_RANGES.find((candidate) => pc4 >= candidate.from && pc4 <= candidate.to);
  return range ? municipalityByCode(range.municipality) : undefined;
}
