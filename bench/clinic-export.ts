/**
 * `npm run bench:clinic-export [postgres://…]`: the administrator's clinic export on the
 * 5,000-client bench clinic (BENCH_CLINIC_SIZE), SQLite in a temporary file by default, PostgreSQL
 * in a throw-away schema when a postgres:// URL is given.
 *
 * The clinic is seeded here; the API then runs in a child process of its own (bench/app-server.ts)
 * and this process downloads the manifest and the three NDJSON files over real HTTP as a browser
 * does, reading each body chunk by chunk without keeping it. So the server's memory is measured
 * alone, from start to finish of the export: its RSS is sampled every 10 ms from /proc and its
 * high-water mark (VmHWM) read at the end. Seeding in the same process as the export would hide
 * the export's memory behind the seeding's (the first version of this script showed +0 MiB).
 * Figures on a shared, loaded machine: read them as an order of magnitude.
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { DEMO_PASSWORD } from '../server/seed/demo-clinic';
import { createBenchDatabase, migrateAndSeed } from './bench-database';
import { startChildServer } from './child-process';
import { CleanupStack } from './cleanup';
import { signInOverHttp } from './sign-in';

const MiB = 2 ** 20;

/** A field of /proc/<pid>/status in bytes (VmRSS now, VmHWM the peak so far). */
function memoryOf(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
  return line ? Number(line[1]) * 1024 : 0;
}

async function download(url: string, cookie: string): Promise<{ lines: number; bytes: number }> {
  const response = await fetch(url, { headers: { cookie } });
  if (!response.ok || !response.body) {
    throw new Error(`GET ${new URL(url).pathname} answered ${response.status}`);
  }
  let lines = 0;
  let bytes = 0;
  for await (const chunk of response.body) {
    bytes += chunk.byteLength;
    for (const byte of chunk) {
      lines += byte === 0x0a ? 1 : 0;
    }
  }
  return { lines, bytes };
}

const cleanup = new CleanupStack();
cleanup.runOnSignals();
try {
  const database = await createBenchDatabase(process.argv[2] ?? null);
  cleanup.push('remove the benchmark database', () => database.dispose());
  process.stderr.write(`bench: seeding the bench clinic into ${database.description}…\n`);
  const clinic = await migrateAndSeed(database);
  const server = await startChildServer('CareCircle', 'bench/app-server.ts', {
    BENCH_APP_DATABASE_URL: database.url,
    BENCH_APP_DATABASE_SCHEMA: database.schema ?? '',
  });
  cleanup.push('stop the CareCircle server', () => server.stop());
  const admin = clinic.users.find((user) => user.role === 'admin')!;
  const session = await signInOverHttp(server.baseUrl, admin.email, DEMO_PASSWORD);

  const before = memoryOf(server.pid, 'VmRSS');
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, memoryOf(server.pid, 'VmRSS'))), 10);
  const load = loadavg()[0]!;
  const started = performance.now();
  const manifest = (await (await fetch(`${server.baseUrl}/api/v1/clinic-export`, { headers: { cookie: session.cookie } })).json()) as {
    output: { type: string; url: string; count: number }[];
  };
  const files: string[] = [];
  for (const file of manifest.output) {
    const fileStarted = performance.now();
    const { lines, bytes } = await download(`${server.baseUrl}${file.url}`, session.cookie);
    files.push(`${file.type}: ${lines} lines (manifest ${file.count}), ${(bytes / 1000).toFixed(0)} kB, ${(performance.now() - fileStarted).toFixed(0)} ms`);
  }
  const elapsed = performance.now() - started;
  clearInterval(sampler);
  peak = Math.max(peak, memoryOf(server.pid, 'VmRSS'));
  const highWater = memoryOf(server.pid, 'VmHWM');

  console.log(`clinic export of ${clinic.clients.length} clients on ${database.description}, over HTTP from a separate process`);
  for (const line of files) {
    console.log(`  ${line}`);
  }
  console.log(`  total ${elapsed.toFixed(0)} ms`);
  console.log(
    `  server RSS before ${(before / MiB).toFixed(0)} MiB, peak during export ${(peak / MiB).toFixed(0)} MiB (+${((peak - before) / MiB).toFixed(1)} MiB), process high-water mark ${(highWater / MiB).toFixed(0)} MiB`,
  );
  console.log(`  machine: shared with other work, load average ${load.toFixed(2)} on ${cpus().length} cores when the export started`);
} finally {
  await cleanup.run();
}
