import type { ServerConfig } from '../config.ts';

/** The CORS answer Yoga sends a browser for an origin the configuration allows. */
export interface CorsAnswer {
  readonly origin: string;
  readonly credentials: boolean;
  readonly methods: string[];
  readonly allowedHeaders: string[];
  readonly exposedHeaders: string[];
  readonly maxAge: number;
}

/**
 * Yoga's `cors` option from `server.cors`: allowed origins get CORS headers naming exactly their origin
 * (never `*` with credentials), others get none, so the browser keeps the answer from the page.
 */
export function corsOptions(config: ServerConfig['cors']): (request: Request) => CorsAnswer | false {
  const any = config.origins.includes('*');
  // An origin header is scheme, host and port only; `https://example.org/` in the file means the same.
  const allowed = new Set(config.origins.filter((o) => o !== '*').map((o) => new URL(o).origin));
  return (request) => {
    const origin = request.headers.get('origin');
    if (!origin || !(any || allowed.has(origin))) return false;
    return {
      origin,
      credentials: config.credentials,
      methods: ['GET', 'POST', 'OPTIONS'],
      allowedHeaders: [
        'content-type',
        'authorization',
        'x-api-key',
        'x-graphql-csrf',
        'apollo-require-preflight',
      ],
      exposedHeaders: ['retry-after'],
      maxAge: config.maxAgeSeconds,
    };
  };
}
