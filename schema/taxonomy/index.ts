/** The hub's taxonomies as code (DOMAIN.md): codes, labels and mappers from platform labels. */

export {
  detectInitiativeKind,
  INITIATIVE_KIND_CODES,
  INITIATIVE_KINDS,
  type InitiativeKind,
} from './initiative-kinds.ts';
export { detectLegalForm, LEGAL_FORM_CODES, LEGAL_FORMS, type LegalForm } from './legal-forms.ts';
export { mapNeedType, NEED_TYPE_CODES, NEED_TYPES, type NeedType } from './need-types.ts';
export { derivePhase, PHASE_CODES, PHASES, type Phase } from './phases.ts';
export {
  INITIATOR_TYPE_CODES,
  INITIATOR_TYPES,
  type InitiatorType,
  SCOPE_CODES,
  SCOPES,
  type Scope,
  TAX_STATUS_CODES,
  type TaxStatus,
} from './scopes.ts';
export { mapTargetGroups, TARGET_GROUP_CODES, TARGET_GROUPS, type TargetGroup } from './target-groups.ts';
export { codesOf, foldLabel, matchTerms, type Term } from './term.ts';
export { mapTheme, mapThemes, THEME_CODES, THEMES, type Theme } from './themes.ts';
