/** One endpoint to measure. Adding an endpoint to the benchmark is adding one line to TARGETS. */
export interface BenchTarget {
  /** As printed in the table; also the key in bench/results/latest.json. */
  readonly name: string;
  /** Which server answers: the bare Fastify hello-world or the CareCircle API. */
  readonly server: 'baseline' | 'app';
  readonly method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path and query, e.g. `/api/v1/clients?page=1&pageSize=25`. */
  readonly path: string;
  /** Sent as JSON with every request. */
  readonly body?: unknown;
  /** Sends the signed-in demo therapist's cookies (and the XSRF header) with every request. */
  readonly signedIn?: boolean;
}

/** The row every other row's requests/s is divided by. */
export const BASELINE_TARGET = 'hello-world baseline';

export const TARGETS: readonly BenchTarget[] = [
  { name: BASELINE_TARGET, server: 'baseline', path: '/' },
  { name: 'GET /api/v1/auth/me', server: 'app', path: '/api/v1/auth/me', signedIn: true },
  {
    name: 'GET /api/v1/clients (caseload page of 25, sorted)',
    server: 'app',
    path: '/api/v1/clients?page=1&pageSize=25&sort=preferredName&direction=asc&status=all',
    signedIn: true,
  },
];
