import {
  Initiative,
  type InitiativeProfile,
  SourceRecord,
  type SourceRecordKind,
  withContentHash,
} from '../../schema/index.ts';
import type { HarvestRun, QuarantineEntry } from '../types.ts';

/** Real-looking Dutch initiatives (organisations, never private persons) the fixtures cycle through. */
const PROFILES: readonly InitiativeProfile[] = [
  {
    name: 'Repair Café Utrecht-Oost',
    description: 'Elke tweede zaterdag repareren vrijwilligers samen met buurtbewoners kapotte spullen.',
    website: 'https://www.repaircafe-utrecht-oost.nl',
    legalForm: 'stichting',
    kind: 'repair-cafe',
    themes: ['sustainability', 'social-cohesion'],
    scope: 'neighbourhood',
    location: {
      address: 'Biltstraat 140',
      postcode: '3572 BK',
      locality: 'Utrecht',
      municipality: { code: 'GM0344', name: 'Utrecht' },
      country: 'NL',
      lat: 52.0943,
      lon: 5.1357,
    },
    contact: { email: 'info@repaircafe-utrecht-oost.nl' },
    language: 'nl',
  },
  {
    name: 'Energiecoöperatie Zuidenwind',
    description:
      'Bewoners van Amersfoort-Zuid wekken samen zonnestroom op met daken van scholen en sporthallen.',
    website: 'https://www.zuidenwind.nl',
    identifiers: [{ scheme: 'NL-KVK', id: '68241787' }],
    legalForm: 'cooperatie',
    kind: 'energy-cooperative',
    themes: ['energy', 'sustainability'],
    scope: 'municipality',
    location: { locality: 'Amersfoort', municipality: { code: 'GM0307', name: 'Amersfoort' }, country: 'NL' },
    language: 'nl',
  },
  {
    name: 'Buurtmoestuin De Groene Vinger',
    description: 'Een moestuin op een braakliggend terrein in Rotterdam-Delfshaven, open voor iedereen.',
    legalForm: 'vereniging',
    kind: 'neighbourhood-initiative',
    themes: ['green-nature', 'food', 'social-cohesion'],
    targetGroups: ['everyone'],
    scope: 'neighbourhood',
    location: {
      postcode: '3024 CE',
      locality: 'Rotterdam',
      municipality: { code: 'GM0599', name: 'Rotterdam' },
      country: 'NL',
    },
    language: 'nl',
  },
  {
    name: 'Stadsdorp Zuid Amsterdam',
    description:
      'Vijftigplussers in Amsterdam-Zuid helpen elkaar om prettig oud te worden in hun eigen buurt.',
    website: 'https://www.stadsdorpzuid.nl',
    legalForm: 'vereniging',
    kind: 'city-village',
    themes: ['older-people', 'social-cohesion'],
    targetGroups: ['older-people'],
    location: { locality: 'Amsterdam', municipality: { code: 'GM0363', name: 'Amsterdam' }, country: 'NL' },
    language: 'nl',
  },
];

/** What a fixture record may vary; everything else comes from the profile its `sourceId` picks. */
export interface SourceRecordFixture {
  readonly source?: string;
  readonly sourceId?: string;
  readonly kind?: SourceRecordKind;
  /** Changes the content (hence `contentHash`) without changing the key. */
  readonly description?: string;
  readonly harvestedAt?: string;
  readonly goneAt?: string;
}

const PAYLOADS = {
  initiative: {},
  campaign: {
    campaign: {
      title: 'Nieuwe gereedschapskist voor het Repair Café',
      goal: { minor: 250_000, currency: 'EUR' },
      raised: { minor: 131_500, currency: 'EUR' },
      backers: 42,
      status: 'open',
    },
  },
  opportunity: {
    opportunity: {
      title: 'Vrijwilliger gezocht voor het taalcafé',
      skills: ['Nederlands', 'geduld'],
      hoursPerWeek: 2,
      remote: false,
      status: 'open',
    },
  },
  listing: {
    listing: {
      type: 'offer',
      category: 'space',
      title: 'Vergaderruimte te leen op dinsdagavond',
      status: 'open',
    },
  },
  grant: {
    grant: {
      title: 'Bijdrage voor de buurttuin',
      amount: { minor: 500_000, currency: 'EUR' },
      awardedOn: '2025-03-14',
      funder: { name: 'Oranje Fonds', identifiers: [{ scheme: 'NL-KVK', id: '41179767' }] },
    },
  },
} as const;

/** A valid source record (checked with `SourceRecord.parse`), with its content hash computed. */
export function sourceRecord(fixture: SourceRecordFixture = {}): SourceRecord {
  const source = fixture.source ?? 'nlvoorelkaar';
  const sourceId = fixture.sourceId ?? '1001';
  const kind = fixture.kind ?? 'initiative';
  const profile =
    PROFILES[[...sourceId].reduce((sum, char) => sum + char.charCodeAt(0), 0) % PROFILES.length]!;
  const record = withContentHash({
    key: `${source}:${sourceId}`,
    source,
    sourceId,
    kind,
    url: `https://www.${source}.nl/initiatieven/${encodeURIComponent(sourceId)}`,
    harvestedAt: fixture.harvestedAt ?? '2026-11-20T03:00:00Z',
    initiative: fixture.description ? { ...profile, description: fixture.description } : profile,
    ...PAYLOADS[kind],
  } as Parameters<typeof withContentHash>[0]);
  return SourceRecord.parse(fixture.goneAt ? { ...record, goneAt: fixture.goneAt } : record);
}

/** `count` valid records of one source with ids `prefix0001`, `prefix0002`, ..., so keys sort as created. */
export function sourceRecords(
  count: number,
  fixture: SourceRecordFixture & { readonly prefix?: string } = {},
): SourceRecord[] {
  return Array.from({ length: count }, (_, i) =>
    sourceRecord({ ...fixture, sourceId: `${fixture.prefix ?? 'r'}${String(i + 1).padStart(4, '0')}` }),
  );
}

/** A valid resolved initiative (checked with `Initiative.parse`) over the given member keys. */
export function initiative(id: string, members: readonly string[] = ['nlvoorelkaar:1001']): Initiative {
  return Initiative.parse({
    id,
    aliases: [],
    members,
    profile: PROFILES[0],
    provenance: [
      {
        field: 'name',
        recordKey: members[0],
        source: members[0]!.split(':')[0],
        harvestedAt: '2026-11-20T03:00:00Z',
      },
    ],
    matchEvidence: [],
    createdAt: '2026-11-20T03:05:00Z',
    updatedAt: '2026-11-20T03:05:00Z',
  });
}

/** A quarantined record: a raw payload whose required name was missing. */
export function quarantineEntry(id: string, at: string, source = 'nlvoorelkaar'): QuarantineEntry {
  return {
    id,
    source,
    stream: 'initiatieven',
    sourceId: id.split(':').at(-1),
    raw: { id: id.split(':').at(-1), titel: '', plaats: 'Zwolle' },
    stage: 'validation',
    issues: [
      { path: 'titel', message: 'Too small: expected string to have >=1 characters', code: 'too_small' },
    ],
    at,
    runId: 'run-2026-11-20',
  };
}

/** A finished harvest run of a source that started at `startedAt`. */
export function harvestRun(id: string, startedAt: string, source = 'nlvoorelkaar'): HarvestRun {
  return {
    id,
    source,
    connector: 'nlvoorelkaar',
    status: 'succeeded',
    mode: 'incremental',
    startedAt,
    endedAt: startedAt,
    pages: 3,
    fetched: 250,
    stored: 12,
    unchanged: 236,
    quarantined: 2,
    gone: 0,
    errors: [],
    durationMs: 4_200,
  };
}
