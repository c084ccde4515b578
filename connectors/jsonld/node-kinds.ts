import { foldLabel } from '../../schema/index.ts';
import { hasJsonLdType, type JsonLdNode, jsonLdString, jsonLdValues, schemaTerm } from '../sdk/index.ts';
import type { NodeKind } from './raw.ts';

/**
 * schema.org types an initiative describes itself with: Organization and the subtypes civil society uses.
 * Government bodies, news media and businesses without a nonprofit status are not initiatives.
 */
const ORGANIZATION_TYPES = [
  'Organization',
  'NGO',
  'Corporation',
  'EducationalOrganization',
  'SportsOrganization',
  'SportsTeam',
  'PerformingGroup',
  'MedicalOrganization',
  'Consortium',
  'WorkersUnion',
  'LibrarySystem',
];
/** Projects: schema.org's pending `Project` (an Organization subtype) and its research variant. */
const PROJECT_TYPES = ['Project', 'ResearchProject'];
/** Events people can join, as volunteers or participants. */
const EVENT_TYPES = [
  'Event',
  'EventSeries',
  'SocialEvent',
  'EducationEvent',
  'CourseInstance',
  'SportsEvent',
  'FoodEvent',
  'ChildrensEvent',
  'Festival',
  'Hackathon',
  'ExhibitionEvent',
  'MusicEvent',
  'TheaterEvent',
  'VisualArtsEvent',
  'LiteraryEvent',
  'DanceEvent',
  'SaleEvent',
];

/**
 * What a node describes, as the connector harvests it: a named organisation (any node with a nonprofit
 * status counts, whatever its type), a project, a named event, or a job posting whose `employmentType` says
 * VOLUNTEER. Anything else (web pages, breadcrumbs, logo markup and sub-events without a name, paid jobs,
 * people) is not harvested; a project or a volunteer job without a name is broken, and is quarantined.
 */
export function nodeKind(node: JsonLdNode): NodeKind | undefined {
  if (hasJsonLdType(node, ...PROJECT_TYPES)) return 'project';
  if (hasJsonLdType(node, 'JobPosting')) return isVolunteerJob(node) ? 'volunteer-job' : undefined;
  // Logo markup (`{ "@type": "Organization", "url", "logo" }`) and sub-events name nothing: nothing to harvest.
  const named = !!(jsonLdString(node, 'name') || jsonLdString(node, 'legalName'));
  if (hasJsonLdType(node, ...EVENT_TYPES)) return named ? 'event' : undefined;
  const organisation =
    hasJsonLdType(node, ...ORGANIZATION_TYPES) || jsonLdValues(node, 'nonprofitStatus').length > 0;
  return organisation && named ? 'organization' : undefined;
}

/** Whether a node is an organisation that can stand for an initiative (not a person). */
export function isOrganisation(node: JsonLdNode | undefined): node is JsonLdNode {
  return node !== undefined && !hasJsonLdType(node, 'Person') && nodeKind(node) === 'organization';
}

function isVolunteerJob(node: JsonLdNode): boolean {
  return jsonLdValues(node, 'employmentType').some(
    (value) =>
      typeof value === 'string' && schemaTerm(value).toUpperCase().replace(/[\s-]/g, '_') === 'VOLUNTEER',
  );
}

/**
 * A stable slug of what a node is called (its name, a job posting's title), with an event's start date,
 * for ids of nodes that have no `@id`: it survives other nodes being added to the page.
 */
export function nameSlug(node: JsonLdNode): string {
  const name =
    jsonLdString(node, 'name') ?? jsonLdString(node, 'title') ?? jsonLdString(node, 'legalName') ?? 'unnamed';
  const start = hasJsonLdType(node, ...EVENT_TYPES)
    ? jsonLdString(node, 'startDate')?.slice(0, 10)
    : undefined;
  return foldLabel(start ? `${name} ${start}` : name).replace(/ /g, '-');
}
