import {
  countryCode,
  detectInitiativeKind,
  detectLegalForm,
  type InitiativeProfile,
  mapThemes,
  normalizeLocation,
} from '../../schema/index.ts';
import type { KivaLoan } from './raw.ts';

/** Kiva's own pages, for the organisations behind loans. */
const KIVA = 'https://www.kiva.org';

/**
 * The organisation behind a loan, never the borrower:
 * - a field partner's loan (`LoanPartner`): the field partner (the microfinance institution or social
 *   enterprise that disburses it), with its Kiva partner page;
 * - a direct loan with a trustee: the trustee, the organisation that endorsed the borrower;
 * - a direct loan whose business name carries a legal form ("Mama Afrika Foods Ltd"): that business;
 * - any other direct loan: Kiva itself, which runs direct lending. The borrower is a private person whose
 *   name, photo and story are personal data, so the request is kept as Kiva's, located in the borrower's
 *   country only.
 */
export function initiativeOf(loan: KivaLoan): InitiativeProfile {
  const country = countryCode(loan.geocode?.country?.isoCode ?? loan.geocode?.country?.name);
  const location = normalizeLocation({ country });
  const labels = [...new Set([...(loan.themes ?? []), ...(loan.sector ? [loan.sector.name] : [])])];
  const themes = mapThemes(labels);
  const context = {
    categories: labels.length > 0 ? labels : undefined,
    themes: themes.length > 0 ? themes : undefined,
    location,
    language: 'en',
  };
  const partner =
    loan.__typename === 'LoanPartner' ? (loan.partnerName ?? loan.partner?.name)?.trim() : undefined;
  if (partner) {
    const id = loan.partner?.id;
    return organisation(partner, {
      ...context,
      links: id ? [`${KIVA}/about/where-kiva-works/partners/${id}`] : undefined,
    });
  }
  const trustee = loan.trusteeName?.trim();
  if (trustee) return organisation(trustee, context);
  const business = loan.businessName?.trim();
  const businessForm = business ? detectLegalForm(business) : undefined;
  if (business && businessForm && businessForm !== 'none') return organisation(business, context);
  return {
    name: 'Kiva',
    alternateNames: ['Kiva Microfunds'],
    website: KIVA,
    location: country ? { country } : undefined,
    language: 'en',
  };
}

function organisation(name: string, rest: Omit<InitiativeProfile, 'name'>): InitiativeProfile {
  const legalForm = detectLegalForm(name);
  const kind = detectInitiativeKind(name);
  return {
    name,
    ...rest,
    legalForm: legalForm === 'none' ? undefined : legalForm,
    kind,
    derived: kind ? ['kind'] : undefined,
  };
}
