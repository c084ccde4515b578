import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import {
  ConnectorError,
  explainAuthError,
  HttpError,
  isUnsetBaseUrl,
  type ReadContext,
} from '../sdk/index.ts';
import type { TabularConfig } from './config.ts';
import type { FileFacts } from './table.ts';

/** A file as loaded: unchanged since the copy named in the request, or its bytes with what identifies them. */
export type LoadedFile =
  | { readonly notModified: true }
  | {
      readonly notModified: false;
      readonly bytes: Uint8Array;
      readonly facts: FileFacts;
      /** sha256 of the bytes: tells a changed file from the one a checkpoint was made in. */
      readonly sha256: string;
      readonly etag?: string;
      readonly lastModified?: string;
    };

const CREDENTIALS_HINT =
  'this export is behind a password: ask its owner for an account and give username, and password from an ' +
  'environment variable (e.g. password: ${GEMEENTE_EXPORT_PASSWORD})';

/**
 * Loads the configured file: from its URL (resolved against the base URL) with the SDK's HTTP client, as a
 * conditional request when the last completed read left an ETag or Last-Modified, with HTTP Basic
 * credentials when configured; or from disk. A missing file and refused credentials are configuration errors
 * that say what to check.
 */
export async function loadFile(
  context: ReadContext<TabularConfig>,
  previous: { etag?: string; lastModified?: string } | undefined,
): Promise<LoadedFile> {
  const { config } = context;
  if (config.path !== undefined) return loadPath(config.path);
  const relative = !/^https?:\/\//i.test(config.url as string);
  if (relative && isUnsetBaseUrl(context.baseUrl)) {
    throw new ConnectorError(
      'config',
      `url ${config.url} is a path: give a full URL, or set the source's baseUrl`,
    );
  }
  const url = new URL(config.url as string, `${context.baseUrl.replace(/\/+$/, '')}/`).toString();
  const headers: Record<string, string> = {
    accept: 'text/csv, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, */*;q=0.5',
  };
  if (config.username !== undefined) {
    headers.authorization = `Basic ${Buffer.from(`${config.username}:${config.password ?? ''}`).toString('base64')}`;
  }
  try {
    const response = await context.http.bytes({ url, headers, signal: context.signal, ...previous });
    if (response.notModified) return { notModified: true };
    return {
      notModified: false,
      bytes: response.body,
      facts: { name: response.url, contentType: response.headers.get('content-type') ?? undefined },
      sha256: sha256(response.body),
      etag: response.etag,
      lastModified: response.lastModified,
    };
  } catch (error) {
    if (error instanceof HttpError && (error.status === 404 || error.status === 410)) {
      throw new ConnectorError(
        'config',
        `the file ${url} is not there (HTTP ${error.status}); check the url option`,
        {
          cause: error,
        },
      );
    }
    throw explainAuthError(error, CREDENTIALS_HINT);
  }
}

async function loadPath(path: string): Promise<LoadedFile> {
  try {
    if (!(await stat(path)).isFile()) throw new Error('not a file');
    const bytes = new Uint8Array(await readFile(path));
    return { notModified: false, bytes, facts: { name: path }, sha256: sha256(bytes) };
  } catch (error) {
    throw new ConnectorError(
      'config',
      `the file ${path} cannot be read (${(error as Error).message}); check the path option`,
      {
        cause: error,
      },
    );
  }
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
