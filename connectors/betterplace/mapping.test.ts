import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SourceRecord } from '../../schema/index.ts';
import { BetterplaceConfig } from './config.ts';
import { mapProject } from './mapping.ts';
import { organisationWithoutPersonalData, withoutPersonalData } from './personal-data.ts';
import { BetterplaceProject } from './raw.ts';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const readJson = (name: string) => JSON.parse(readFileSync(path.join(fixtures, name), 'utf8'));
const page = readJson('projects-page.json') as { data: Record<string, unknown>[] };
const organisation = organisationWithoutPersonalData(readJson('organisation.json'));
const context = {
  source: 'betterplace',
  baseUrl: 'https://api.betterplace.org',
  config: BetterplaceConfig.parse({}),
  harvestedAt: '2026-11-20T03:00:00Z',
};
const PEOPLE = ['Petra S.', 'Marloes de V.', 'Jörg M.', 'Kerstin L.'];

/** The fixture page as the stream yields it: personal data removed, the organisation fixture attached. */
function preparedRecords(): unknown[] {
  return page.data
    .map(withoutPersonalData)
    .map((raw) =>
      (raw as { carrier?: { id?: number } }).carrier?.id === 31877
        ? { ...(raw as object), organisation }
        : raw,
    );
}

function mapAll(config = context.config) {
  return preparedRecords().flatMap((raw) =>
    mapProject(BetterplaceProject.parse(raw), { ...context, config }),
  );
}

describe('mapProject on the fixture page', () => {
  it('gives the expected records', () => {
    const expected = readFileSync(path.join(fixtures, 'expected-records.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(JSON.parse(JSON.stringify(mapAll()))).toEqual(expected);
  });

  it('produces valid canonical source records', () => {
    for (const record of mapAll()) {
      const result = SourceRecord.safeParse({ ...record, contentHash: `sha256:${'0'.repeat(64)}` });
      expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
    }
  });

  it('never carries personal data: no contact names anywhere, and person-carried projects are skipped', () => {
    const output = JSON.stringify(mapAll());
    for (const person of PEOPLE) expect(output).not.toContain(person);
    expect(output).not.toContain('771204');
    expect(mapAll().map((r) => r.sourceId)).toEqual(['48213', '48377', '47990']);
    const prepared = JSON.stringify(preparedRecords());
    for (const person of PEOPLE) expect(prepared).not.toContain(person);
  });

  it('maps amounts in cents: goal = donated + open, raised = donated, backers = donors', () => {
    const [tafel, buurt, repair] = mapAll();
    expect(tafel?.kind === 'campaign' && tafel.campaign).toMatchObject({
      goal: { minor: 1_200_000, currency: 'EUR' },
      raised: { minor: 780_000, currency: 'EUR' },
      backers: 212,
      status: 'open',
      startsOn: '2025-03-14',
    });
    expect(buurt?.kind === 'campaign' && buurt.campaign.status).toBe('funded');
    expect(repair?.kind === 'campaign' && repair.campaign).toMatchObject({
      status: 'closed',
      endsOn: '2026-10-02',
      backers: 9,
    });
  });

  it('uses the organisation details for website, platform page, description and address', () => {
    const [tafel] = mapAll();
    expect(tafel?.initiative).toMatchObject({
      website: 'http://www.nachbarschaftstafel-lindenau.de',
      links: ['https://www.betterplace.org/de/organisations/nachbarschaftstafel-lindenau'],
      legalForm: 'vereniging',
      location: { locality: 'Leipzig', postcode: '04177', country: 'DE', region: 'Sachsen' },
    });
    expect(tafel?.initiative.description).toMatch(/^Die Nachbarschaftstafel Lindenau rettet/);
  });

  it('derives the Dutch municipality, normalises the postcode and guesses the language of the text', () => {
    const [, buurt] = mapAll();
    expect(buurt?.initiative.location).toMatchObject({
      postcode: '3531 ES',
      municipality: { code: 'GM0344', name: 'Utrecht' },
      country: 'NL',
      lat: 52.0871,
    });
    expect(buurt?.initiative.language).toBe('nl');
    expect(buurt?.kind === 'campaign' && buurt.campaign.title).toBe('Koffie & ontmoeting in de buurtkamer');
  });

  it('keeps the key as "<configured source>:<project id>"', () => {
    const [record] = preparedRecords().flatMap((raw) =>
      mapProject(BetterplaceProject.parse(raw), { ...context, source: 'betterplace-en' }),
    );
    expect(record?.key).toBe('betterplace-en:48213');
  });

  it('drops placeholder coordinates and takes no image from the platform placeholder', () => {
    const [, buurt, repair] = mapAll();
    expect(repair?.initiative.location).toEqual({
      locality: 'Dresden',
      country: 'DE',
      region: 'Sachsen',
      derived: ['region'],
    });
    expect(buurt?.initiative.imageUrl).toBeUndefined();
  });
});

describe('the raw schema', () => {
  const project = page.data[0] as Record<string, unknown>;

  it('accepts numbers sent as strings and missing optional fields', () => {
    const parsed = BetterplaceProject.parse({
      id: '12',
      title: 'x',
      carrier: { name: 'Y', links: [] },
      open_amount_in_cents: '150',
    });
    expect(parsed).toMatchObject({ id: 12, open_amount_in_cents: 150 });
  });

  it('rejects a project without id, title or carrier name, naming the field', () => {
    const issues = (raw: unknown) =>
      BetterplaceProject.safeParse(raw).error?.issues.map((i) => i.path.join('.'));
    expect(issues({ ...project, title: null })).toEqual(['title']);
    expect(issues({ ...project, id: 'abc' })).toEqual(['id']);
    expect(issues({ ...project, carrier: { ...(project.carrier as object), name: ' ' } })).toEqual([
      'carrier.name',
    ]);
    expect(issues({ ...project, donated_amount_in_cents: 'n/a' })).toEqual(['donated_amount_in_cents']);
  });

  it('ignores malformed organisation details instead of rejecting the project', () => {
    const parsed = BetterplaceProject.parse({ ...project, organisation: { id: 'x', links: 'none' } });
    expect(parsed.organisation).toBeUndefined();
  });

  it('drops the contact person on parsing', () => {
    expect(JSON.stringify(BetterplaceProject.parse(project))).not.toContain('Petra S.');
  });
});
