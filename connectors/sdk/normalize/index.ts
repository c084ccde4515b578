/** Normalisation helpers every mapping uses: money, dates, URLs, identifiers, privacy. Public API of the SDK. */
export { type ParsedDate, parseDate, toIsoDate, toIsoDateTime } from './dates.ts';
export { decodeEntities, htmlToText } from './html-text.ts';
export { kvk, type OrgId, parseOrgId, rsin, ukCharity, ukCompany, uniqueIds, usEin } from './identifiers.ts';
export { guessLanguage } from './language.ts';
export { currencyExponent, money, moneyFromMinor, toMinor } from './money.ts';
export { publicEmail, publicPhone } from './privacy.ts';
export { normalizeUrl, normalizeUrls, websiteDomain } from './urls.ts';
