import type { Opportunity, UnhashedSourceRecord } from '../../schema/index.ts';
import {
  jsonLdFirst,
  jsonLdNode,
  jsonLdNumber,
  jsonLdString,
  jsonLdText,
  jsonLdUrl,
  jsonLdValues,
  type JsonLdNode,
  type MapContext,
  toIsoDate,
} from '../sdk/index.ts';
import type { JsonLdConfig } from './config.ts';
import { placeLocation } from './location.ts';
import { organisationProfile, text } from './profile.ts';
import type { JsonLdRecord } from './raw.ts';
import { ownerOf, recordBase } from './record-base.ts';

/** Hours per week in `workHours` as sites write it: "4 uur per week", "2-3 hours a week", "6 Std./Woche". */
const HOURS_PER_WEEK =
  /(\d+(?:[.,]\d+)?)(?:\s*[-–]\s*(\d+(?:[.,]\d+)?))?\s*(?:uur|hours?|hrs?|h|stunden|std\.?)\b.*\b(?:week|wk|woche)/i;

/**
 * A job posting with `employmentType` VOLUNTEER as a volunteer opportunity of the organisation that hires
 * (else the page's organisation; a posting by a person is not harvested). Closed once `validThrough` has
 * passed; remote when `jobLocationType` is TELECOMMUTE.
 */
export function mapVolunteerJob(
  raw: JsonLdRecord,
  context: MapContext<JsonLdConfig>,
): UnhashedSourceRecord[] {
  const owner = ownerOf(raw, ['hiringOrganization']);
  if (!owner) return [];
  const { fields, profile } = recordBase(raw, context);
  const node = raw.node;
  const endsOn = toIsoDate(jsonLdString(node, 'validThrough'));
  const openings = jsonLdNumber(jsonLdFirst(node, 'totalJobOpenings'));
  const opportunity: Opportunity = {
    title: text(node, 'title', profile.language) ?? text(node, 'name', profile.language) ?? '',
    description: text(node, 'description', profile.language),
    skills: skillsOf(node),
    hoursPerWeek: hoursPerWeek(jsonLdString(node, 'workHours')),
    startsOn: toIsoDate(jsonLdString(node, 'jobStartDate')) ?? toIsoDate(jsonLdString(node, 'datePosted')),
    endsOn,
    remote: jsonLdValues(node, 'jobLocationType').some((value) =>
      /TELECOMMUTE/i.test(jsonLdText(value) ?? ''),
    ),
    location: placeLocation(jsonLdFirst(node, 'jobLocation'), profile.country),
    spots: openings !== undefined && Number.isInteger(openings) && openings >= 0 ? openings : undefined,
    applyUrl: jsonLdUrl(jsonLdFirst(node, 'url'), raw.page),
    status: endsOn && endsOn < fields.harvestedAt.slice(0, 10) ? 'closed' : 'open',
  };
  return [{ ...fields, kind: 'opportunity', initiative: organisationProfile(owner, profile), opportunity }];
}

/** Skills as text lists ("koken, plannen") or named terms (`DefinedTerm`). */
function skillsOf(node: JsonLdNode): string[] {
  const skills = jsonLdValues(node, 'skills').flatMap((value) => {
    const named = jsonLdString(jsonLdNode(value), 'name');
    return named ? [named] : (jsonLdText(value) ?? '').split(/[,;]/);
  });
  return [...new Set(skills.map((skill) => skill.trim()).filter(Boolean))];
}

/** The hours a week, the average when a range is given; undefined when the text does not say per week. */
function hoursPerWeek(workHours: string | undefined): number | undefined {
  const match = workHours ? HOURS_PER_WEEK.exec(workHours) : null;
  if (!match) return undefined;
  const low = Number(match[1]?.replace(',', '.'));
  const high = match[2] ? Number(match[2].replace(',', '.')) : low;
  return (low + high) / 2;
}
