import { foldLabel, municipalityByName, NL_PROVINCES, provinceByCode } from '../../schema/index.ts';

/** An area as indexes keep it: its code and its name folded with `foldLabel`, ready to compare. */
export interface AreaFacts {
  readonly code: string;
  readonly name?: string;
  readonly folded?: string;
}

/** The indexed form of an area a record carries. */
export function areaFacts(area: { code: string; name?: string } | undefined): AreaFacts | undefined {
  return area
    ? { code: area.code, name: area.name, folded: area.name ? foldLabel(area.name) : undefined }
    : undefined;
}

/**
 * A test for "this area is the one the client named": a client may give a CBS code (`GM0363`) or a name
 * (`Amsterdam`, `Den Haag`), in any case and with or without diacritics.
 */
export function areaMatcher(value: string): (area: AreaFacts | undefined) => boolean {
  const trimmed = value.trim();
  const code = /^[A-Za-z]{2}\d+$/.test(trimmed) ? trimmed.toUpperCase() : municipalityByName(trimmed)?.code;
  const folded = foldLabel(trimmed);
  return (area) =>
    area !== undefined && ((code !== undefined && area.code === code) || area.folded === folded);
}

/** The CBS code of a province given by code (`PV26`) or name (`Utrecht`, `Friesland`); undefined when unknown. */
export function provinceCode(value: string): string | undefined {
  const byCode = provinceByCode(value);
  if (byCode) return byCode.code;
  const folded = foldLabel(value);
  return NL_PROVINCES.find((province) =>
    [province.name, ...(province.aliases ?? [])].some((name) => foldLabel(name) === folded),
  )?.code;
}
