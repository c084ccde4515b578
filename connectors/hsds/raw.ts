import { z } from 'zod';
import { numeric, oneOrMany, textOrNumber } from '../sdk/index.ts';

/**
 * The raw format of Open Referral HSDS 3 (and the older ORUK v1 records that live UK feeds still serve) as
 * zod. Lenient where implementations differ: every field but the id and the name may be absent, null or an
 * empty string, numbers may come as text, nested lists may come as one object, and vendor extensions
 * (`pc_*`) are read where they carry data. Strict where a record is unusable: an organisation or a service
 * needs an id and a name. Unknown fields are dropped on parsing, and personal data is removed before
 * validation (see personal-data.ts), so neither the store nor the quarantine ever holds it.
 */

const Text = z.string().nullish();
const Id = textOrNumber.pipe(z.string().min(1, 'an id'));
const Name = z.string().trim().min(1, 'a name');
/** Coordinates that are unreadable are dropped rather than costing the record: the address still says where. */
const Coordinate = numeric.nullish().catch(undefined);

/** An address (`addresses[]` in HSDS 3, `physical_addresses[]` / `postal_addresses[]` in older versions). */
export const HsdsAddress = z.object({
  address_1: Text,
  address_2: Text,
  city: Text,
  region: Text,
  state_province: Text,
  postal_code: textOrNumber.nullish(),
  country: Text,
  address_type: Text,
});
export type HsdsAddress = z.infer<typeof HsdsAddress>;

/** A location: where a service is delivered or an organisation sits. */
export const HsdsLocation = z.object({
  id: Id.optional(),
  location_type: Text,
  name: Text,
  url: Text,
  latitude: Coordinate,
  longitude: Coordinate,
  addresses: oneOrMany(HsdsAddress).optional(),
  physical_addresses: oneOrMany(HsdsAddress).optional(),
  postal_addresses: oneOrMany(HsdsAddress).optional(),
});
export type HsdsLocation = z.infer<typeof HsdsLocation>;

/** A phone number; `number` is sometimes written with quotes or a label ("Helpline: 0117 ..."). */
export const HsdsPhone = z.object({ number: textOrNumber.nullish(), type: Text, description: Text });
export type HsdsPhone = z.infer<typeof HsdsPhone>;

/** An identifier in org-id.guide form (`identifier_scheme` GB-CHC, GB-COH, ...). */
export const HsdsIdentifier = z.object({
  identifier_scheme: Text,
  identifier_type: Text,
  identifier: textOrNumber.nullish(),
});
export type HsdsIdentifier = z.infer<typeof HsdsIdentifier>;

/** A taxonomy term as attributes carry it. */
export const HsdsTaxonomyTerm = z.object({ id: Id.nullish(), code: Text, name: Text, taxonomy: Text });

/** A classification of a service: an attribute with a taxonomy term (HSDS 3) or an older taxonomy link. */
export const HsdsAttribute = z.object({
  taxonomy_term: HsdsTaxonomyTerm.nullish(),
  taxonomy: HsdsTaxonomyTerm.nullish(),
  value: Text,
});

/** A price of a service. */
export const HsdsCostOption = z.object({
  option: Text,
  amount: numeric.nullish(),
  currency: Text,
  amount_description: Text,
});
export type HsdsCostOption = z.infer<typeof HsdsCostOption>;

/** The organisation as a service embeds it (HSDS 3 partial nesting, ORUK v1). */
export const HsdsOrganizationRef = z.object({
  id: Id.optional(),
  name: Name,
  alternate_name: Text,
  description: Text,
  email: Text,
  website: Text,
  url: Text,
  uri: Text,
  logo: Text,
  legal_status: Text,
  year_incorporated: numeric.nullish(),
  organization_identifiers: oneOrMany(HsdsIdentifier).optional(),
  phones: oneOrMany(HsdsPhone).optional(),
  locations: oneOrMany(HsdsLocation).optional(),
});
export type HsdsOrganizationRef = z.infer<typeof HsdsOrganizationRef>;

const ServiceFields = {
  id: Id,
  name: Name,
  alternate_name: Text,
  description: Text,
  url: Text,
  email: Text,
  status: Text,
  fees: Text,
  fees_description: Text,
  last_modified: Text,
  assured_date: Text,
  phones: oneOrMany(HsdsPhone).optional(),
  service_areas: oneOrMany(z.object({ name: Text, description: Text })).optional(),
  service_at_locations: oneOrMany(z.object({ location: HsdsLocation.nullish() })).optional(),
  locations: oneOrMany(HsdsLocation).optional(),
  cost_options: oneOrMany(HsdsCostOption).optional(),
  attributes: oneOrMany(HsdsAttribute).optional(),
  service_taxonomys: oneOrMany(HsdsAttribute).optional(),
  pc_targetAudience: oneOrMany(z.object({ audienceType: Text })).optional(),
  pc_metadata: z.object({ date_created: Text, date_modified: Text }).nullish(),
};

/** A service as nested in a fully nested organisation: its own fields, without the organisation. */
export const HsdsNestedService = z.object(ServiceFields);
export type HsdsNestedService = z.infer<typeof HsdsNestedService>;

/**
 * One service of `/services` (or an ORUK v1 services feed). `organization` is embedded by most
 * implementations; when a feed gives only `organization_id`, the connector attaches the organisation.
 */
export const HsdsService = z.object({
  ...ServiceFields,
  organization_id: Id.nullish(),
  organization: HsdsOrganizationRef.nullish(),
});
export type HsdsService = z.infer<typeof HsdsService>;

/** One organisation of `/organizations`, fully nested when asked with `full=true`. */
export const HsdsOrganization = HsdsOrganizationRef.extend({
  id: Id,
  tax_status: Text,
  parent_organization_id: Id.nullish(),
  services: z.array(HsdsNestedService).optional().catch(undefined),
});
export type HsdsOrganization = z.infer<typeof HsdsOrganization>;

/** The HSDS 3 list envelope. */
export const HsdsPageEnvelope = z.object({
  total_items: numeric.optional(),
  total_pages: numeric.optional(),
  page_number: numeric.optional(),
  size: numeric.optional(),
  first_page: z.boolean().optional(),
  last_page: z.boolean().optional(),
  empty: z.boolean().optional(),
  contents: z.array(z.unknown()),
});

/** The Spring Data envelope of older ORUK feeds (`content`, `totalElements`, `last`). */
export const OrukPageEnvelope = z.object({
  totalElements: numeric.optional(),
  totalPages: numeric.optional(),
  number: numeric.optional(),
  last: z.boolean().optional(),
  content: z.array(z.unknown()),
});
