/**
 * The small error taxonomy of connectors (after Airbyte's FailureType):
 * - `config`: the source is configured wrongly (bad credentials, unknown site); retrying will not help.
 * - `transient`: the platform or network failed for now (timeout, 429, 5xx); retry later.
 * - `system`: the platform answered something Knooppunt does not understand, or a bug; needs a developer.
 * - `validation`: one record did not fit its schema; it is quarantined and the run goes on.
 */
export type FailureType = 'config' | 'transient' | 'system' | 'validation';

/** An error raised by a connector, with the failure type and a message meant for the operator. */
export class ConnectorError extends Error {
  readonly type: FailureType;
  /** The message to show an operator; `message` may carry internal detail. */
  readonly userMessage: string;

  constructor(type: FailureType, userMessage: string, options: { cause?: unknown; internal?: string } = {}) {
    super(options.internal ?? userMessage, { cause: options.cause });
    this.name = 'ConnectorError';
    this.type = type;
    this.userMessage = userMessage;
  }
}

/** An HTTP response the client could not accept, carrying the request and the response status and body. */
export class HttpError extends ConnectorError {
  readonly status: number;
  readonly url: string;
  readonly method: string;
  /** The first 2 KiB of the response body, for logs and fixtures. */
  readonly bodySnippet: string;

  constructor(
    type: FailureType,
    request: { method: string; url: string },
    status: number,
    bodySnippet: string,
  ) {
    super(type, `${request.method} ${request.url} answered HTTP ${status}`, {
      internal: `${request.method} ${request.url} answered HTTP ${status}: ${bodySnippet.slice(0, 300)}`,
    });
    this.name = 'HttpError';
    this.status = status;
    this.url = request.url;
    this.method = request.method;
    this.bodySnippet = bodySnippet;
  }
}

/** Classifies any thrown value into the taxonomy; unknown errors count as `system`. */
export function failureTypeOf(error: unknown): FailureType {
  if (error instanceof ConnectorError) return error.type;
  if (error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError'))
    return 'transient';
  if (
    error instanceof TypeError &&
    /fetch failed|network|ECONN|socket/i.test(`${error.message} ${String(error.cause)}`)
  ) {
    return 'transient';
  }
  return 'system';
}
