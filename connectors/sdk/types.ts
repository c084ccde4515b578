import type { z } from 'zod';
import type { Logger } from '../../lib/log.ts';
import type { UnhashedSourceRecord } from '../../schema/index.ts';
import type { HostLimits } from './host-limiter.ts';
import type { HttpClient } from './http.ts';

/** The kinds of platform Knooppunt harvests. */
export const PLATFORM_KINDS = [
  'crowdfunding',
  'volunteering',
  'marketplace',
  'directory',
  'generic',
] as const;
export type PlatformKind = (typeof PLATFORM_KINDS)[number];

/** A JSON value, as checkpointed stream state must be. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** Whether a run continues from the checkpoint (`incremental`) or reads everything again (`full`). */
export type SyncMode = 'incremental' | 'full';

/** One page of raw records as the platform sent them, with the stream state to checkpoint after it. */
export interface RawPage {
  /** The records of the page, not yet validated. */
  readonly records: readonly unknown[];
  /** State to checkpoint once the page is stored; a resumed run passes it back to `read`. */
  readonly state: JsonValue;
  /** Records the platform reports for the whole stream in this run, when it does; drives progress bars. */
  readonly total?: number;
}

/** What a stream's `read` gets: where to read, with which client and configuration. */
export interface ReadContext<Config> {
  /** The configured source id (one platform can be configured as several sources). */
  readonly source: string;
  /** Base URL of the platform (the real one by default, a replica in tests and the demo). */
  readonly baseUrl: string;
  readonly config: Config;
  readonly http: HttpClient;
  readonly mode: SyncMode;
  readonly signal: AbortSignal;
  readonly log: Logger;
}

/** What a stream's `map` gets besides the validated raw record. */
export interface MapContext<Config> {
  readonly source: string;
  readonly baseUrl: string;
  readonly config: Config;
  /** The time of this harvest, ISO 8601. */
  readonly harvestedAt: string;
}

/**
 * One stream of a platform (e.g. betterplace `projects`): how to read its pages, the raw format,
 * and the mapping of one raw record to canonical source records.
 */
export interface StreamDefinition<Config, Raw> {
  /** Stream name, unique within the connector, e.g. `projects`. */
  readonly name: string;
  /** The raw field that identifies a record on the platform. */
  readonly primaryKey: string;
  /** The raw field incremental reads continue from, when the platform has one. */
  readonly cursorField?: string;
  /** The raw record format as zod; a record that fails it is quarantined. */
  readonly raw: z.ZodType<Raw>;
  /** Reads pages from `state` on (from the start when undefined). */
  read(context: ReadContext<Config>, state: JsonValue | undefined): AsyncIterable<RawPage>;
  /** Maps one valid raw record to source records (usually one; none to skip it). */
  map(raw: Raw, context: MapContext<Config>): UnhashedSourceRecord[];
}

/** A connector: what it harvests and how. Created with `defineConnector` and listed in the registry. */
export interface ConnectorDefinition<Config = unknown> {
  /** Connector id, e.g. `betterplace`; sources name it in `connector:`. */
  readonly id: string;
  /** Human name of the platform. */
  readonly title: string;
  readonly kind: PlatformKind;
  /** One sentence: what it harvests. */
  readonly description: string;
  readonly documentationUrl: string;
  /** The platform's real endpoint; the config's `baseUrl` overrides it. */
  readonly defaultBaseUrl: string;
  /** Cron expression used when the source sets none. */
  readonly defaultSchedule: string;
  /**
   * Per-host request limits used when the source sets none, taken from the platform's published limits
   * (the connector says where the numbers come from); the SDK's polite defaults when absent. A function
   * gets the source's options, for platforms whose limit depends on them (a higher one with a token).
   */
  readonly defaultLimits?: Partial<HostLimits> | ((config: Config) => Partial<HostLimits>);
  /** Schema of the source's `options`; secret fields are marked with `.meta({ secret: true })`. */
  readonly config: z.ZodType<Config>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- streams of one connector have different raw types
  readonly streams: readonly StreamDefinition<Config, any>[];
}
