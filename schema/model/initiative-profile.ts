import { z } from 'zod';
import {
  INITIATIVE_KIND_CODES,
  INITIATOR_TYPE_CODES,
  LEGAL_FORM_CODES,
  PHASE_CODES,
  SCOPE_CODES,
  TARGET_GROUP_CODES,
  TAX_STATUS_CODES,
  THEME_CODES,
} from '../taxonomy/index.ts';
import { Location } from './location.ts';
import { Impact, Need, Offer } from './need.ts';
import { HttpUrl, Identifier, IsoDate, Text } from './primitives.ts';

/** Organisation-level contact only: never a private person's address or number. */
export const Contact = z
  .object({ email: z.email().optional(), phone: Text.optional(), url: HttpUrl.optional() })
  .describe('Public contact of the organisation');
export type Contact = z.infer<typeof Contact>;

/** What one source knows about the initiative behind a record (MODEL.md "InitiativeProfile"). */
export const InitiativeProfile = z
  .object({
    name: Text,
    alternateNames: z.array(Text).optional().describe('legal name, abbreviations'),
    description: Text.optional().describe('plain text'),
    summary: Text.optional().describe('one line'),
    website: HttpUrl.optional().describe("the initiative's own site, normalised"),
    links: z.array(HttpUrl).optional().describe('its profiles on other platforms and social media'),
    identifiers: z.array(Identifier).optional(),
    legalForm: z.enum(LEGAL_FORM_CODES).optional(),
    taxStatus: z.array(z.enum(TAX_STATUS_CODES)).optional(),
    kind: z.enum(INITIATIVE_KIND_CODES).optional(),
    initiatorType: z.enum(INITIATOR_TYPE_CODES).optional(),
    themes: z.array(z.enum(THEME_CODES)).optional(),
    categories: z.array(Text).optional().describe("the platform's own labels, unmapped"),
    targetGroups: z.array(z.enum(TARGET_GROUP_CODES)).optional(),
    phase: z.enum(PHASE_CODES).optional(),
    foundedOn: IsoDate.optional(),
    location: Location.optional(),
    scope: z.enum(SCOPE_CODES).optional(),
    needs: z.array(Need).optional(),
    offers: z.array(Offer).optional(),
    impact: z.array(Impact).optional(),
    contact: Contact.optional(),
    imageUrl: HttpUrl.optional(),
    language: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a BCP 47 tag such as nl or de-DE')
      .optional(),
    derived: z.array(Text).optional().describe('profile fields derived by normalisation, e.g. ["phase"]'),
  })
  .describe('InitiativeProfile');
export type InitiativeProfile = z.infer<typeof InitiativeProfile>;
