import { buildApp } from '../server/app';
import { loadConfig } from '../server/config';
import { connectDatabase } from '../server/db/connect';
import { serveUntilStopped } from './serve-until-stopped';

// The real CareCircle API over the benchmark's already migrated and seeded database, configured as
// the specs configure it (silent log) but with plain-HTTP cookies. No SPA unless
// BENCH_APP_SPA_DIRECTORY names a build (the first-load benchmark serves one).
const url = process.env['BENCH_APP_DATABASE_URL'];
const schema = process.env['BENCH_APP_DATABASE_SCHEMA'] || undefined;
if (!url) {
  throw new Error('BENCH_APP_DATABASE_URL is not set (start this through `npm run bench`).');
}

const config = {
  // BENCH_APP_DASHBOARD_CACHE_SECONDS=0 measures the dashboard's SQL rather than its cache; READ_WORKERS
  // as the server reads it (its default unless set), so a run can compare the dashboard without them.
  ...loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SPA_DIRECTORY: process.env['BENCH_APP_SPA_DIRECTORY'] ?? '',
    DASHBOARD_CACHE_SECONDS: process.env['BENCH_APP_DASHBOARD_CACHE_SECONDS'] ?? '60',
    ...(process.env['READ_WORKERS'] ? { READ_WORKERS: process.env['READ_WORKERS'] } : {}),
  }),
  secureCookies: false,
};
const database = connectDatabase(url, schema ? { schema } : { readWorkers: config.readWorkers });
const app = await buildApp(config, database);

await serveUntilStopped(app, () => database.close());
