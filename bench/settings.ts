/** What `npm run bench` reads from its environment, bounded so a typo cannot start an hour-long run. */
export interface BenchSettings {
  /** Measured seconds per target. */
  readonly durationSeconds: number;
  /** Unmeasured seconds per target before that (JIT, caches, connection set-up). */
  readonly warmupSeconds: number;
  readonly connections: number;
  /** A postgres:// URL to benchmark on PostgreSQL (in a throw-away schema); SQLite otherwise. */
  readonly postgresUrl: string | null;
}

export function readBenchSettings(env: NodeJS.ProcessEnv = process.env): BenchSettings {
  const databaseUrl = env['BENCH_DATABASE_URL']?.trim() ?? '';
  if (databaseUrl !== '' && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error('BENCH_DATABASE_URL must be a postgres:// URL (leave it unset for a temporary SQLite database).');
  }
  return {
    durationSeconds: boundedInteger(env, 'BENCH_SECONDS', 10, 1, 300),
    warmupSeconds: boundedInteger(env, 'BENCH_WARMUP_SECONDS', 2, 0, 60),
    connections: boundedInteger(env, 'BENCH_CONNECTIONS', 10, 1, 1000),
    postgresUrl: databaseUrl === '' ? null : databaseUrl,
  };
}

function boundedInteger(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') {
    return fallback;
  }
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max} (got "${raw}").`);
  }
  return value;
}
