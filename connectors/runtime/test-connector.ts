import { z } from 'zod';
import type { ResolvedSource } from '../../config/index.ts';
import { defineConnector, type JsonValue, type RawPage } from '../sdk/index.ts';
import type { ProcessedPage } from './process-page.ts';
import type { CommitResult, HarvestSink } from './sink.ts';

/** Raw record of the in-memory test platform. */
const Thing = z.object({ id: z.number().int(), name: z.string().min(1), city: z.string().optional() });

/**
 * A connector over an in-memory list of pages, for runtime tests: state is the index of the next page,
 * `failAt` throws before that page to simulate a platform going away mid-run.
 */
export function pagesConnector(pages: readonly unknown[][], options: { failAt?: number } = {}) {
  return defineConnector({
    id: 'pages',
    title: 'In-memory pages',
    kind: 'directory',
    description: 'test connector reading pages from memory',
    documentationUrl: 'https://example.org/docs',
    defaultBaseUrl: 'https://pages.example.org',
    defaultSchedule: '0 * * * *',
    config: z.object({}),
    streams: [
      {
        name: 'things',
        primaryKey: 'id',
        raw: Thing,
        async *read(_context, state): AsyncIterable<RawPage> {
          const start = typeof state === 'number' ? state : 0;
          for (let index = start; index < pages.length; index++) {
            if (options.failAt === index) throw new Error('platform went away');
            yield { records: pages[index] ?? [], state: index + 1 };
          }
        },
        map: (raw: z.infer<typeof Thing>, context) => [
          {
            key: `${context.source}:${raw.id}`,
            source: context.source,
            sourceId: String(raw.id),
            kind: 'initiative' as const,
            harvestedAt: context.harvestedAt,
            initiative: { name: raw.name, location: raw.city ? { locality: raw.city } : undefined },
          },
        ],
      },
    ],
  });
}

/** Resolves a test connector as a configured source. */
export function sourceFor(connector: ReturnType<typeof pagesConnector>, id = 'pages'): ResolvedSource {
  return {
    id,
    connector: connector as never,
    options: {},
    enabled: true,
    schedule: connector.defaultSchedule,
    baseUrl: connector.defaultBaseUrl,
    priority: 50,
  };
}

/** A sink that keeps everything in memory, with content-hash based "unchanged" like the store. */
export function memorySink(): HarvestSink & {
  records: Map<string, string>;
  quarantined: ProcessedPage['quarantined'];
  states: JsonValue[];
} {
  const records = new Map<string, string>();
  const quarantined: ProcessedPage['quarantined'] = [];
  const states: JsonValue[] = [];
  const byStream = new Map<string, JsonValue>();
  return {
    records,
    quarantined,
    states,
    async getState(stream) {
      return byStream.get(stream);
    },
    async commitPage(stream, page, state): Promise<CommitResult> {
      let stored = 0;
      for (const record of page.records) {
        if (records.get(record.key) !== record.contentHash) stored++;
        records.set(record.key, record.contentHash);
      }
      quarantined.push(...page.quarantined);
      states.push(state);
      byStream.set(stream, state);
      return { stored, unchanged: page.records.length - stored };
    },
  };
}
