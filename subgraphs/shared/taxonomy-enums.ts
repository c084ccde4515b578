import {
  INITIATIVE_KIND_CODES,
  LEGAL_FORM_CODES,
  NEED_TYPE_CODES,
  PHASE_CODES,
  SCOPE_CODES,
  TARGET_GROUP_CODES,
  THEME_CODES,
} from '../../schema/index.ts';

/** GraphQL enum name of a taxonomy code: `care-welfare` becomes `CARE_WELFARE`. */
export function enumName(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
}

/** The taxonomies served as GraphQL enums, by enum type name. */
export const TAXONOMY_ENUMS: Readonly<Record<string, readonly string[]>> = {
  Theme: THEME_CODES,
  NeedType: NEED_TYPE_CODES,
  Phase: PHASE_CODES,
  LegalForm: LEGAL_FORM_CODES,
  TargetGroup: TARGET_GROUP_CODES,
  InitiativeKind: INITIATIVE_KIND_CODES,
  Scope: SCOPE_CODES,
};

/**
 * SDL of the taxonomy enums, generated from `schema/taxonomy` so the graph can never drift from the model.
 * Each value documents its taxonomy code.
 */
export function taxonomyEnumsSdl(names: readonly string[] = Object.keys(TAXONOMY_ENUMS)): string {
  return names
    .map((name) => {
      const codes = TAXONOMY_ENUMS[name];
      if (!codes) throw new Error(`unknown taxonomy enum ${name}`);
      const values = codes.map((code) => `  "taxonomy code \`${code}\`"\n  ${enumName(code)}`).join('\n');
      return `enum ${name} {\n${values}\n}`;
    })
    .join('\n\n');
}

/** Enum resolvers mapping GraphQL enum names to the taxonomy codes stored in records. */
export function taxonomyEnumResolvers(
  names: readonly string[] = Object.keys(TAXONOMY_ENUMS),
): Record<string, Record<string, string>> {
  return Object.fromEntries(
    names.map((name) => [
      name,
      Object.fromEntries((TAXONOMY_ENUMS[name] ?? []).map((code) => [enumName(code), code])),
    ]),
  );
}
