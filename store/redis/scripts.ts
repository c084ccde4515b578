import type { Cluster, Redis } from 'ioredis';

/** A client of a single Redis or of a Redis Cluster; the store works with either. */
export type RedisClient = Redis | Cluster;

/**
 * The Lua scripts of the store. Each touches only the keys it declares, and those share a hash slot,
 * so they run on Redis Cluster; ioredis sends them as EVALSHA and loads them on NOSCRIPT.
 */
const SCRIPTS = {
  // Writes a record unless its content hash is unchanged (and it is not gone): 0 unchanged, 1 inserted, 2 updated.
  knooppuntPutRecord: {
    numberOfKeys: 1,
    lua: `
local stored = redis.call('HMGET', KEYS[1], 'h', 'g')
if stored[1] == ARGV[1] and not stored[2] then return 0 end
redis.call('HSET', KEYS[1], 'h', ARGV[1], 'j', ARGV[2], 's', ARGV[3], 'k', ARGV[4])
if ARGV[5] == '' then redis.call('HDEL', KEYS[1], 'g') else redis.call('HSET', KEYS[1], 'g', ARGV[5]) end
if stored[1] then return 2 end
return 1`,
  },
  // Deletes a record; returns its source, or nil when it did not exist.
  knooppuntDeleteRecord: {
    numberOfKeys: 1,
    lua: `
local source = redis.call('HGET', KEYS[1], 's')
if source then redis.call('DEL', KEYS[1]) end
return source`,
  },
  // Marks an existing record gone unless it already is: 1 when marked.
  knooppuntMarkGone: {
    numberOfKeys: 1,
    lua: `
if redis.call('HEXISTS', KEYS[1], 'h') == 1 and redis.call('HEXISTS', KEYS[1], 'g') == 0 then
  redis.call('HSET', KEYS[1], 'g', ARGV[1])
  return 1
end
return 0`,
  },
  // Numbers changes and appends them in one step, so seq grows strictly even with many writers.
  // ARGV: retention, at, then entity, key, op per change. Returns the last seq.
  knooppuntAppendChanges: {
    numberOfKeys: 2,
    lua: `
local count = (#ARGV - 2) / 3
local last = redis.call('INCRBY', KEYS[1], count)
local seq = last - count
for i = 3, #ARGV, 3 do
  seq = seq + 1
  redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[1], string.format('%d-0', seq),
    'e', ARGV[i], 'k', ARGV[i + 1], 'o', ARGV[i + 2], 't', ARGV[2])
end
return last`,
  },
  // Stores a run and trims the source's history to the newest ARGV[4]. ARGV: id, json, started ms, keep.
  knooppuntPutRun: {
    numberOfKeys: 2,
    lua: `
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
redis.call('ZADD', KEYS[2], ARGV[3], ARGV[1])
local excess = redis.call('ZCARD', KEYS[2]) - tonumber(ARGV[4])
if excess > 0 then
  local oldest = redis.call('ZRANGE', KEYS[2], 0, excess - 1)
  redis.call('HDEL', KEYS[1], unpack(oldest))
  redis.call('ZREMRANGEBYRANK', KEYS[2], 0, excess - 1)
end
return 1`,
  },
  // Takes a free lease, or extends it for its holder: 1 when ARGV[1] holds it afterwards.
  knooppuntAcquireLease: {
    numberOfKeys: 1,
    lua: `
local holder = redis.call('GET', KEYS[1])
if holder == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 1
end
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 1 end
return 0`,
  },
  // Compare-and-pexpire: extends the lease only for its holder.
  knooppuntRenewLease: {
    numberOfKeys: 1,
    lua: `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0`,
  },
  // Compare-and-delete: releases the lease only for its holder.
  knooppuntReleaseLease: {
    numberOfKeys: 1,
    lua: `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`,
  },
} as const;

type Arg = string | number;

/** The scripts as typed functions: keys first, then arguments, as the Lua above reads them. */
export interface RedisScripts {
  putRecord(
    key: string,
    hash: string,
    json: string,
    source: string,
    kind: string,
    goneAt: string,
  ): Promise<number>;
  deleteRecord(key: string): Promise<string | null>;
  markGone(key: string, goneAt: string): Promise<number>;
  appendChanges(
    seqKey: string,
    logKey: string,
    retention: number,
    at: string,
    ...triples: string[]
  ): Promise<number>;
  putRun(
    runsKey: string,
    orderKey: string,
    id: string,
    json: string,
    startedMs: number,
    keep: number,
  ): Promise<number>;
  acquireLease(key: string, owner: string, ttlMs: number): Promise<number>;
  renewLease(key: string, owner: string, ttlMs: number): Promise<number>;
  releaseLease(key: string, owner: string): Promise<number>;
}

/** Registers the scripts on a client and returns them as typed functions. */
export function loadScripts(client: RedisClient): RedisScripts {
  for (const [name, definition] of Object.entries(SCRIPTS)) client.defineCommand(name, definition);
  // defineCommand adds methods ioredis cannot type; this is the one place that calls them untyped.
  const commands = client as unknown as Record<keyof typeof SCRIPTS, (...args: Arg[]) => Promise<never>>;
  return {
    putRecord: (...args) => commands.knooppuntPutRecord(...args),
    deleteRecord: (...args) => commands.knooppuntDeleteRecord(...args),
    markGone: (...args) => commands.knooppuntMarkGone(...args),
    appendChanges: (...args) => commands.knooppuntAppendChanges(...args),
    putRun: (...args) => commands.knooppuntPutRun(...args),
    acquireLease: (...args) => commands.knooppuntAcquireLease(...args),
    renewLease: (...args) => commands.knooppuntRenewLease(...args),
    releaseLease: (...args) => commands.knooppuntReleaseLease(...args),
  };
}
