/**
 * The twelve Dutch provinces with their CBS codes (PV20-PV31) and the CBS code of the capital's
 * municipality. Codes and names are CBS's (Centraal Bureau voor de Statistiek, regional classification).
 */
export interface Province {
  /** CBS province code, `PV` and two digits. */
  readonly code: string;
  /** Official name (Fryslân in its Frisian spelling, as CBS writes it). */
  readonly name: string;
  /** CBS code of the municipality that holds the provincial capital. */
  readonly capital: string;
  /** Other spellings that platforms use. */
  readonly aliases?: readonly string[];
}

/** The Dutch provinces in CBS code order. */
export const NL_PROVINCES: readonly Province[] = [
  { code: 'PV20', name: 'Groningen', capital: 'GM0014' },
  { code: 'PV21', name: 'Fryslân', capital: 'GM0080', aliases: ['Friesland'] },
  { code: 'PV22', name: 'Drenthe', capital: 'GM0106' },
  { code: 'PV23', name: 'Overijssel', capital: 'GM0193' },
  { code: 'PV24', name: 'Flevoland', capital: 'GM0995' },
  { code: 'PV25', name: 'Gelderland', capital: 'GM0202' },
  { code: 'PV26', name: 'Utrecht', capital: 'GM0344' },
  { code: 'PV27', name: 'Noord-Holland', capital: 'GM0392', aliases: ['North Holland'] },
  { code: 'PV28', name: 'Zuid-Holland', capital: 'GM0518', aliases: ['South Holland'] },
  { code: 'PV29', name: 'Zeeland', capital: 'GM0687' },
  { code: 'PV30', name: 'Noord-Brabant', capital: 'GM0796', aliases: ['North Brabant', 'Brabant'] },
  { code: 'PV31', name: 'Limburg', capital: 'GM0935' },
];

const BY_CODE = new Map(NL_PROVINCES.map((province) => [province.code, province]));

/** Looks a province up by its CBS code (`PV26`); undefined for an unknown code. */
export function provinceByCode(code: string): Province | undefined {
  return BY_CODE.get(code.trim().toUpperCase());
}
