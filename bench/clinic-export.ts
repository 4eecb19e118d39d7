/**
 * Times the administrator's clinic export on the 5,000-client bench clinic (BENCH_CLINIC_SIZE) and
 * samples the process's peak memory while the three NDJSON files stream:
 * `node --import tsx bench/clinic-export.ts` (SQLite in a temporary file; a postgres:// URL as
 * argument uses PostgreSQL). Requests go through Fastify's inject, which collects each answer
 * (about 1–2 MB of NDJSON) the way a client would; the server side streams a page at a time.
 */
import { performance } from 'node:perf_hooks';
import { DEMO_PASSWORD } from '../server/seed/demo-clinic';
import { buildApp } from '../server/app';
import { connectDatabase } from '../server/db/connect';
import { loadConfig } from '../server/config';
import { Browser } from '../server/spec/helpers/test-app';
import { createBenchDatabase, migrateAndSeed } from './bench-database';

const database = await createBenchDatabase(process.argv[2] ?? null);
try {
  const clinic = await migrateAndSeed(database);
  const handle = connectDatabase(database.url, database.schema ? { schema: database.schema } : {});
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SPA_DIRECTORY: '', ANSWER_DIRECTORY: '', CARECIRCLE_SECRET_KEY: Buffer.alloc(32, 7).toString('base64') });
  const app = await buildApp(config, handle);
  await app.ready();
  const admin = clinic.users.find((user) => user.role === 'admin')!;
  const browser = new Browser(app);
  await browser.signIn(admin.email, DEMO_PASSWORD);
  global.gc?.();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const started = performance.now();
  const manifest = (await browser.request('GET', '/api/v1/clinic-export')).json() as { output: { type: string; url: string; count: number }[] };
  const files: string[] = [];
  for (const file of manifest.output) {
    const fileStarted = performance.now();
    const response = await browser.request('GET', file.url);
    const lineCount = response.body.split('\n').filter((line) => line !== '').length;
    files.push(`${file.type}: ${lineCount} lines, ${(response.body.length / 1024).toFixed(0)} kB, ${(performance.now() - fileStarted).toFixed(0)} ms`);
  }
  const elapsed = performance.now() - started;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  console.log(`clinic export of ${clinic.clients.length} clients on ${database.description}`);
  for (const line of files) {
    console.log(`  ${line}`);
  }
  console.log(`  total ${elapsed.toFixed(0)} ms; RSS before ${(baseline / 2 ** 20).toFixed(0)} MiB, peak ${(peak / 2 ** 20).toFixed(0)} MiB (+${((peak - baseline) / 2 ** 20).toFixed(1)} MiB)`);
  await app.close();
  await handle.close();
} finally {
  await database.dispose();
}
