/** One endpoint to measure. Adding an endpoint to the benchmark is adding one line to TARGETS. */
export interface BenchTarget {
  /** As printed in the table; also the key in bench/results/latest.json. */
  readonly name: string;
  /** Which server answers: the bare Fastify hello-world or the CareCircle API. */
  readonly server: 'baseline' | 'app' | 'app-uncached';
  readonly method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path and query, e.g. `/api/v1/clients?page=1&pageSize=25`. */
  readonly path: string;
  /** Sent as JSON with every request. */
  readonly body?: unknown;
  /** Concurrent connections for this target (default: BENCH_CONNECTIONS). */
  readonly connections?: number;
  /** Sends a signed-in demo user's cookies (and the XSRF header) with every request. */
  readonly signedInAs?: 'therapist' | 'supervisor';
  /**
   * Another load on the same server for the whole measured time (warm-up included), not itself
   * measured: how this endpoint fares while, say, a supervisor's dashboard is being computed.
   */
  readonly alongside?: { readonly path: string; readonly signedInAs: 'therapist' | 'supervisor'; readonly connections: number };
}

/** The row every other row's requests/s is divided by. */
export const BASELINE_TARGET = 'hello-world baseline';

const CASELOAD_PAGE = '/api/v1/clients?page=1&pageSize=25&sort=preferredName&direction=asc&status=all';
const DASHBOARD_YEAR = `/api/v1/team/dashboard?from=${monthsAgo(12)}&to=${monthsAgo(0)}`;

export const TARGETS: readonly BenchTarget[] = [
  { name: BASELINE_TARGET, server: 'baseline', path: '/' },
  { name: 'GET /api/v1/auth/me', server: 'app', path: '/api/v1/auth/me', signedInAs: 'therapist' },
  {
    name: 'GET /api/v1/clients (caseload page of 25, sorted)',
    server: 'app',
    path: CASELOAD_PAGE,
    signedInAs: 'therapist',
  },
  {
    name: 'GET /api/v1/clients (caseload filtered by flag, sorted by severity)',
    server: 'app',
    path: '/api/v1/clients?page=1&pageSize=25&sort=flags&direction=desc&flag=reassessment-overdue',
    signedInAs: 'therapist',
  },
  {
    name: 'GET /api/v1/team/dashboard (1,000 clients, 12 months, SQL every time, 1 connection)',
    server: 'app-uncached',
    path: DASHBOARD_YEAR,
    signedInAs: 'supervisor',
    connections: 1,
  },
  {
    name: 'GET /api/v1/team/dashboard (1,000 clients, 12 months, SQL every time)',
    server: 'app-uncached',
    path: DASHBOARD_YEAR,
    signedInAs: 'supervisor',
  },
  {
    name: 'GET /api/v1/team/dashboard (same, one-minute cache)',
    server: 'app',
    path: DASHBOARD_YEAR,
    signedInAs: 'supervisor',
  },
  {
    name: 'GET /api/v1/clients (caseload page of 25) while a supervisor reloads the dashboard uncached',
    server: 'app-uncached',
    path: CASELOAD_PAGE,
    signedInAs: 'therapist',
    alongside: { path: DASHBOARD_YEAR, signedInAs: 'supervisor', connections: 1 },
  },
];

function monthsAgo(months: number): string {
  const date = new Date();
  date.setUTCMonth(date.getUTCMonth() - months);
  return date.toISOString().slice(0, 10);
}
