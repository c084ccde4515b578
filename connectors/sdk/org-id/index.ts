/** Organisation identifiers given as a scheme and a number, normalised to org-id.guide form. Public API of the SDK. */
export { anyUkCharity, northernIrishCharity, orgIdentifier, scottishCharity } from './org-identifier.ts';
