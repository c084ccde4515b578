import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Store } from '../../../store/index.ts';
import { jsonResponse } from '../../replica/index.ts';
import { defineConnector } from '../define-connector.ts';
import { harvestFromReplica, openMemoryStore } from './harvest-replica.ts';

const Thing = z.object({ id: z.number().int(), name: z.string().min(1) });

/** A connector that reads `/things` in one request. */
const things = defineConnector({
  id: 'things',
  title: 'Things',
  kind: 'directory',
  description: 'test connector',
  documentationUrl: 'https://example.org/docs',
  defaultBaseUrl: 'https://things.example.org',
  defaultSchedule: '0 * * * *',
  config: z.object({ prefix: z.string().default('') }),
  streams: [
    {
      name: 'things',
      primaryKey: 'id',
      raw: Thing,
      async *read(context) {
        const response = await context.http.json<unknown[]>(`${context.baseUrl}/things`);
        yield { records: response.body, state: null };
      },
      map: (raw: z.infer<typeof Thing>, context) => [
        {
          key: `${context.source}:${raw.id}`,
          source: context.source,
          sourceId: String(raw.id),
          kind: 'initiative' as const,
          harvestedAt: context.harvestedAt,
          initiative: { name: `${context.config.prefix}${raw.name}` },
        },
      ],
    },
  ],
});

let store: Store | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

describe('harvestFromReplica', () => {
  it('runs the connector against the replica into the store, parsing the options with its schema', async () => {
    store = await openMemoryStore();
    const handler = () =>
      jsonResponse(200, [
        { id: 1, name: 'Buurtkamer' },
        { id: 2, name: '' },
      ]);
    const { run, records, requests } = await harvestFromReplica({
      connector: things,
      handler,
      store,
      options: { prefix: 'Stichting ' },
      mode: 'full',
    });
    expect(run).toMatchObject({ status: 'succeeded', fetched: 2, stored: 1, quarantined: 1 });
    expect(records.map((record) => record.initiative.name)).toEqual(['Stichting Buurtkamer']);
    expect(requests).toEqual(['GET /things']);
  });

  it('marks records the replica no longer serves as gone after a full refresh', async () => {
    store = await openMemoryStore();
    await harvestFromReplica({
      connector: things,
      handler: () =>
        jsonResponse(200, [
          { id: 1, name: 'A' },
          { id: 2, name: 'B' },
        ]),
      store,
      mode: 'full',
    });
    const { run, records } = await harvestFromReplica({
      connector: things,
      handler: () => jsonResponse(200, [{ id: 1, name: 'A' }]),
      store,
      mode: 'full',
    });
    expect(run.gone).toBe(1);
    expect(records.map((record) => [record.sourceId, record.goneAt !== undefined])).toEqual([
      ['1', false],
      ['2', true],
    ]);
  });
});
