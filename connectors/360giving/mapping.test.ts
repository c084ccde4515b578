import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { processPage } from '../runtime/index.ts';
import { awardDate } from './award-date.ts';
import { ThreeSixtyGivingConfig } from './config.ts';
import { threeSixtyGiving } from './connector.ts';
import { isGrantToIndividual, withoutPersonalData } from './personal-data.ts';

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8'));
const expected = readFileSync(new URL('fixtures/expected-records.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as unknown);
const context = {
  source: '360giving',
  baseUrl: 'https://api.threesixtygiving.org',
  config: ThreeSixtyGivingConfig.parse({ funders: ['GB-CHC-1098765'] }),
  harvestedAt: '2026-11-20T03:00:00Z',
};
const stream = threeSixtyGiving.streams[0]!;

/** What a run does with raw grants: individuals skipped, personal data removed, then validated and mapped. */
function map(grants: unknown[]) {
  return processPage(
    stream,
    grants.filter((grant) => !isGrantToIndividual(grant)).map(withoutPersonalData),
    context,
  );
}

describe('mapping 360Giving grants', () => {
  const fromPackage = map(fixture('package.json').grants);
  const fromDatastore = map(
    fixture('grants-made-page.json').results.map((result: { data: unknown }) => result.data),
  );

  it('gives exactly the expected records for the fixture file and datastore page', () => {
    expect([...fromPackage.records, ...fromDatastore.records]).toEqual(expected);
    expect([...fromPackage.quarantined, ...fromDatastore.quarantined]).toEqual([]);
  });

  it('makes the recipient the initiative, with charity and company numbers in org-id form', () => {
    const [fridge, youthClub] = fromPackage.records;
    expect(fridge?.initiative).toMatchObject({
      name: 'Ambition Lawrence Weston',
      identifiers: [
        { scheme: 'GB-CHC', id: '1162345' },
        { scheme: 'GB-COH', id: '09543210' },
      ],
      location: { address: 'Ambition Community Shop, 19 Ridingleaze', postcode: 'BS11 0QE', country: 'GB' },
      themes: ['poverty', 'food'],
      categories: ['Food poverty'],
    });
    expect(youthClub?.initiative.identifiers).toEqual([{ scheme: 'GB-SC', id: 'SC041234' }]);
  });

  it('keeps the award in minor units with its currency, the funder with its org-id, and the programme', () => {
    const [fridge, youthClub] = fromPackage.records;
    expect(fridge?.kind === 'grant' && fridge.grant).toMatchObject({
      amount: { minor: 745050, currency: 'GBP' },
      awardedOn: '2026-03-17',
      funder: { name: 'Kingsdown Community Trust', identifiers: [{ scheme: 'GB-CHC', id: '1098765' }] },
      programme: 'Neighbourhood Fund',
      beneficiaryLocation: { region: 'Avonmouth and Lawrence Weston', country: 'GB' },
    });
    expect(youthClub?.kind === 'grant' && youthClub.grant.awardedOn).toBe('2014-06-05');
    expect(fridge?.url).toBe('https://grantnav.threesixtygiving.org/grant/360G-KCT-2026-0042');
  });

  it('never keeps grants to individuals, contact names, direct lines or private mailboxes', () => {
    const text = JSON.stringify(
      fixture('package.json')
        .grants.filter((g: unknown) => !isGrantToIndividual(g))
        .map(withoutPersonalData),
    );
    for (const personal of ['Jane Example', 'Mark Example', '07700 900999', 'gmail.com'])
      expect(text).not.toContain(personal);
    expect(fromPackage.records.map((record) => record.sourceId)).not.toContain('360G-KCT-IND-0311');
  });

  it('reads award dates day first, as UK publishers write them, and ISO dates as they are', () => {
    expect(awardDate('17/03/2014')).toBe('2014-03-17');
    expect(awardDate('5/6/2015')).toBe('2015-06-05');
    expect(awardDate('2020-10-05T00:00:00+00:00')).toBe('2020-10-05');
    expect(awardDate('31/02/2014')).toBeUndefined();
  });
});
