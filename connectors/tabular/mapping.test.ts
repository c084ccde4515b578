import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../lib/log.ts';
import { processPage } from '../runtime/index.ts';
import { createHttpClient, type RawPage } from '../sdk/index.ts';
import { TabularConfig } from './config.ts';
import { tabular } from './connector.ts';
import { FIXTURE_OPTIONS } from './test-options.ts';

const expected = readFileSync(new URL('fixtures/expected-records.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as unknown);
const stream = tabular.streams[0]!;

/** Reads a local file with the given options and maps it, as a run does. */
async function importFile(options: Record<string, unknown> = {}) {
  const config = TabularConfig.parse({ ...FIXTURE_OPTIONS, ...options });
  const context = {
    source: 'gemeente',
    baseUrl: tabular.defaultBaseUrl,
    config,
    http: createHttpClient({ userAgent: 'test' }),
    mode: 'full' as const,
    signal: new AbortController().signal,
    log: silentLogger(),
  };
  const pages: RawPage[] = [];
  for await (const page of stream.read(context, undefined)) pages.push(page);
  const processed = pages.map((page) =>
    processPage(stream, page.records, { ...context, harvestedAt: '2026-11-20T03:00:00Z' }),
  );
  return {
    pages,
    records: processed.flatMap((page) => page.records),
    quarantined: processed.flatMap((page) => page.quarantined),
  };
}

describe('importing a list with a column mapping', () => {
  it('gives exactly the expected records for the fixture file, and quarantines the row without a name', async () => {
    const { records, quarantined } = await importFile();
    expect(records).toEqual(expected);
    expect(quarantined.map((entry) => [entry.sourceId, entry.issues[0]?.path])).toEqual([
      ['INI-00019', 'initiative.name'],
    ]);
  });

  it('reads only the mapped columns: contact persons and their numbers never reach a record or the quarantine', async () => {
    const { pages, records, quarantined } = await importFile();
    const text = JSON.stringify([pages, records, quarantined]);
    for (const personal of ['Marieke Jansen', 'Jan de Vries', '06-12345678', 'j.devries@hotmail.com']) {
      expect(text).not.toContain(personal);
    }
    expect(records[1]?.initiative.contact).toBeUndefined();
  });

  it('makes an id from the name and the postcode or place when there is no id column', async () => {
    const { records } = await importFile({ idColumn: undefined });
    expect(records.map((record) => record.sourceId)).toEqual([
      'repair-cafe-lombok--3531cj',
      'buurtmoestuin-de-groene-vinger--zwolle',
    ]);
  });

  it('fills constants only where no column gave a value', async () => {
    const { records } = await importFile({
      constants: { 'initiative.location.country': 'NL', 'initiative.website': 'https://gemeente.nl' },
    });
    expect(records.map((record) => record.initiative.website)).toEqual([
      'https://www.repaircafelombok.nl',
      'https://degroenevinger.nl',
    ]);
  });

  it('reads a UTF-8 file with a byte-order mark and commas as well', async () => {
    const { records } = await importFile({
      path: FIXTURE_OPTIONS.path.replace('initiatieven-windows1252.csv', 'initiatieven-utf8-bom.csv'),
      idColumn: 'id',
      columns: {
        name: 'initiative.name',
        city: 'initiative.location.locality',
        postcode: 'initiative.location.postcode',
      },
    });
    expect(
      records.map((record) => [
        record.sourceId,
        record.initiative.name,
        record.initiative.location?.municipality?.code,
      ]),
    ).toEqual([
      ['a1', 'Café Ontmoeting', 'GM0080'],
      ['a2', "Buurthuis 't Hoekje", 'GM0014'],
    ]);
  });

  it('says which mapped column the file lacks, and which columns it has', async () => {
    await expect(importFile({ columns: { Naam: 'initiative.name' } })).rejects.toMatchObject({
      type: 'config',
      message: /no column "Naam"; its columns are "Registratienummer", "Naam initiatief"/,
    });
  });
});

describe('the options of a tabular source', () => {
  it('names a target that is not in the model, and one that belongs to another kind', () => {
    const result = TabularConfig.safeParse({
      path: 'x.csv',
      columns: { Naam: 'initiative.name', Kleur: 'initiative.colour', Titel: 'campaign.title' },
    });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['columns.Kleur', expect.stringMatching(/initiative.colour is not a field of the canonical model/)],
      ['columns.Titel', expect.stringMatching(/belongs to kind campaign/)],
    ]);
  });

  it('asks for what a record kind requires, and for exactly one of url and path', () => {
    const opportunity = TabularConfig.safeParse({
      url: '/x.csv',
      kind: 'opportunity',
      columns: { Naam: 'initiative.name' },
    });
    expect(opportunity.error?.issues[0]?.message).toMatch(
      /map a column \(or a constant\) to opportunity.title/,
    );
    const both = TabularConfig.safeParse({
      url: '/x.csv',
      path: 'x.csv',
      columns: { Naam: 'initiative.name' },
    });
    expect(both.error?.issues[0]).toMatchObject({
      path: ['url'],
      message: 'give either url or path, not both',
    });
  });

  it('marks the password as a secret, which only the environment may give', () => {
    expect((TabularConfig.shape.password.unwrap().meta() as { secret?: boolean }).secret).toBe(true);
  });
});
