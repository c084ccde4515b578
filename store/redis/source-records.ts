import type { SourceRecord } from '../../schema/index.ts';
import {
  changesOf,
  checkLimit,
  chunks,
  decodeRecord,
  distinct,
  encodeRecord,
  epochMs,
  lastWins,
  toPage,
} from '../common/index.ts';
import type { Store } from '../store.ts';
import { COMMAND_BATCH, type RedisContext } from './context.ts';

type SourceRecordMethods = Pick<
  Store,
  | 'putSourceRecords'
  | 'getSourceRecords'
  | 'deleteSourceRecords'
  | 'markSourceRecordsGone'
  | 'scanSourceRecords'
  | 'countSourceRecords'
>;

const UNCHANGED = 0;
const INSERTED = 1;

/**
 * The source-record members of the Redis store. Each record is one hash in its own slot; batches go as
 * one command per record in parallel, which ioredis auto-pipelines (grouped per node on a Cluster).
 */
export function redisSourceRecords({ client, keys, scripts, feed }: RedisContext): SourceRecordMethods {
  /** Adds keys to (or removes them from) the global and per-source scan sets. */
  async function updateScanSets(
    records: readonly { readonly key: string; readonly source: string }[],
    op: 'zadd' | 'zrem',
  ): Promise<void> {
    const bySource = Map.groupBy(records, (record) => record.source);
    const sets: [string, string[]][] = [
      [keys.allRecords, records.map((record) => record.key)],
      ...[...bySource].map(([source, members]): [string, string[]] => [
        keys.recordsOf(source),
        members.map((record) => record.key),
      ]),
    ];
    await Promise.all(
      sets.flatMap(([set, members]) =>
        chunks(members, COMMAND_BATCH).map((slice) =>
          op === 'zadd'
            ? client.zadd(set, ...slice.flatMap((member) => [0, member]))
            : client.zrem(set, ...slice),
        ),
      ),
    );
  }

  async function read(recordKeys: readonly string[]): Promise<Map<string, SourceRecord>> {
    const unique = distinct(recordKeys);
    const rows = await Promise.all(unique.map((key) => client.hmget(keys.record(key), 'j', 'g')));
    const found = new Map<string, SourceRecord>();
    rows.forEach(([json, goneAt], i) => {
      if (json) found.set(unique[i]!, decodeRecord(json, goneAt));
    });
    return found;
  }

  return {
    async putSourceRecords(records) {
      const batch = lastWins(records.map(encodeRecord), (record) => record.key);
      const outcomes = await Promise.all(
        batch.map((r) =>
          scripts.putRecord(keys.record(r.key), r.contentHash, r.json, r.source, r.kind, r.goneAt ?? ''),
        ),
      );
      const inserted: string[] = [];
      const updated: string[] = [];
      const unchanged: string[] = [];
      const written = batch.filter((record, i) => {
        const outcome = outcomes[i];
        (outcome === UNCHANGED ? unchanged : outcome === INSERTED ? inserted : updated).push(record.key);
        return outcome !== UNCHANGED;
      });
      // Updated keys are added again too: idempotent, and it repairs a set an interrupted write left behind.
      await updateScanSets(written, 'zadd');
      await feed.append(
        changesOf(
          'sourceRecord',
          'upsert',
          written.map((record) => record.key),
        ),
      );
      return { inserted, updated, unchanged };
    },

    async getSourceRecords(recordKeys) {
      const found = await read(recordKeys);
      return recordKeys.map((key) => found.get(key));
    },

    async deleteSourceRecords(recordKeys) {
      const unique = distinct(recordKeys);
      const sources = await Promise.all(unique.map((key) => scripts.deleteRecord(keys.record(key))));
      const deleted = unique.flatMap((key, i) => {
        const source = sources[i];
        return source === null || source === undefined ? [] : [{ key, source }];
      });
      await updateScanSets(deleted, 'zrem');
      await feed.append(
        changesOf(
          'sourceRecord',
          'delete',
          deleted.map((record) => record.key),
        ),
      );
      return deleted.length;
    },

    async markSourceRecordsGone(recordKeys, goneAt) {
      epochMs('goneAt', goneAt);
      const unique = distinct(recordKeys);
      const marked = await Promise.all(unique.map((key) => scripts.markGone(keys.record(key), goneAt)));
      await feed.append(
        changesOf(
          'sourceRecord',
          'upsert',
          unique.filter((_, i) => marked[i] === 1),
        ),
      );
    },

    async scanSourceRecords({ source, after, limit }) {
      checkLimit('scanSourceRecords', limit);
      const set = source === undefined ? keys.allRecords : keys.recordsOf(source);
      const pageKeys = toPage(
        await client.zrangebylex(set, after === undefined ? '-' : `(${after}`, '+', 'LIMIT', 0, limit + 1),
        limit,
        (key) => key,
      );
      const found = await read(pageKeys.items);
      // A record deleted between the two reads is left out; the page still continues after its key.
      const items = pageKeys.items.flatMap((key) => found.get(key) ?? []);
      return { ...pageKeys, items };
    },

    async countSourceRecords(source) {
      return client.zcard(source === undefined ? keys.allRecords : keys.recordsOf(source));
    },
  };
}
