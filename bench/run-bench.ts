import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_PASSWORD } from '../server/seed/demo-clinic';
import { createBenchDatabase, migrateAndSeed } from './bench-database';
import { type ChildServer, startChildServer } from './child-process';
import { CleanupStack } from './cleanup';
import { measure } from './measure';
import { type BenchReport, describeEnvironment, formatTable, isClean, withRatios, writeJsonReport } from './report';
import { readBenchSettings } from './settings';
import { type SignedInSession, signInOverHttp } from './sign-in';
import { BASELINE_TARGET, type BenchTarget, TARGETS } from './targets';
import { formatTrendChartReport, runTrendChartRenderBench } from './trend-chart-render';

/**
 * `npm run bench`: the CareCircle API against a bare Fastify hello-world on this machine. Each
 * server runs in its own process on loopback; autocannon loads them from this one, in turn.
 * Exits non-zero when any request failed (never because of speed).
 */
const RESULTS_FILE = join(dirname(fileURLToPath(import.meta.url)), 'results', 'latest.json');
const log = (message: string) => process.stderr.write(`bench: ${message}\n`);

async function main(): Promise<number> {
  const settings = readBenchSettings();
  const cleanup = new CleanupStack();
  cleanup.runOnSignals();
  try {
    const database = await createBenchDatabase(settings.postgresUrl);
    cleanup.push('remove the benchmark database', () => database.dispose());
    log(`seeding a demo clinic into ${database.description}…`);
    const clinic = await migrateAndSeed(database);
    const therapist = clinic.logins.find((login) => login.role === 'therapist');
    const supervisor = clinic.logins.find((login) => login.role === 'supervisor');
    if (!therapist || !supervisor) {
      throw new Error('The generated clinic has no therapist or no supervisor.');
    }

    const baseline = await startChildServer('hello-world', 'bench/hello-world-server.ts');
    cleanup.push('stop the hello-world server', () => baseline.stop());
    const app = await startChildServer('CareCircle', 'bench/app-server.ts', {
      BENCH_APP_DATABASE_URL: database.url,
      BENCH_APP_DATABASE_SCHEMA: database.schema ?? '',
    });
    cleanup.push('stop the CareCircle server', () => app.stop());
    const uncached = await startChildServer('CareCircle (dashboard cache off)', 'bench/app-server.ts', {
      BENCH_APP_DATABASE_URL: database.url,
      BENCH_APP_DATABASE_SCHEMA: database.schema ?? '',
      BENCH_APP_DASHBOARD_CACHE_SECONDS: '0',
    });
    cleanup.push('stop the uncached CareCircle server', () => uncached.stop());
    const servers: Record<BenchTarget['server'], ChildServer> = { baseline, app, 'app-uncached': uncached };

    // Sessions live in the shared database, so one sign-in serves both CareCircle servers.
    const sessions = {
      therapist: await signInOverHttp(servers.app.baseUrl, therapist.email, DEMO_PASSWORD),
      supervisor: await signInOverHttp(servers.app.baseUrl, supervisor.email, DEMO_PASSWORD),
    };
    log(`signed in as ${therapist.email} and ${supervisor.email}`);

    const measurements = [];
    for (const target of TARGETS) {
      log(`${target.name}: ${settings.warmupSeconds} s warm-up, ${settings.durationSeconds} s measured…`);
      const baseUrl = servers[target.server].baseUrl;
      // The load alongside runs over the warm-up and the measured time; only its health is kept.
      const alongside = target.alongside
        ? measure({
            url: `${baseUrl}${target.alongside.path}`,
            headers: headersFor({}, sessions[target.alongside.signedInAs]),
            connections: target.alongside.connections,
            durationSeconds: settings.warmupSeconds + settings.durationSeconds,
            warmupSeconds: 0,
          })
        : null;
      const measurement = await measure({
        url: `${baseUrl}${target.path}`,
        method: target.method ?? 'GET',
        headers: headersFor(target, target.signedInAs ? sessions[target.signedInAs] : undefined),
        ...(target.body !== undefined ? { body: JSON.stringify(target.body) } : {}),
        connections: target.connections ?? settings.connections,
        durationSeconds: settings.durationSeconds,
        warmupSeconds: settings.warmupSeconds,
        // With a load alongside, the server's CPU is both loads': no per-request figure then.
        ...(target.alongside ? {} : { serverPid: servers[target.server].pid }),
      });
      const beside = await alongside;
      if (beside) {
        log(`  alongside it: ${beside.requestsPerSecond.toFixed(1)} req/s, p50 ${beside.latencyMs.p50.toFixed(0)} ms, p95 ${beside.latencyMs.p95.toFixed(0)} ms`);
      }
      // A failing load alongside makes the row meaningless, as a failing row does.
      measurements.push({ target: target.name, ...measurement, ...(beside && !isClean(beside) ? { non2xx: measurement.non2xx + beside.non2xx, errors: measurement.errors + beside.errors } : {}) });
    }

    const results = withRatios(measurements, BASELINE_TARGET);
    const report: BenchReport = {
      generatedAt: new Date().toISOString(),
      ...describeEnvironment(),
      database: database.description,
      durationSeconds: settings.durationSeconds,
      warmupSeconds: settings.warmupSeconds,
      connections: settings.connections,
      results,
      ok: results.every(isClean),
    };
    process.stdout.write(`\n${formatTable(report)}\n\n`);

    log('rendering the trend chart in headless Chromium…');
    const trendChart = await runTrendChartRenderBench();
    process.stdout.write(`${formatTrendChartReport(trendChart)}\n\n`);
    writeJsonReport(RESULTS_FILE, { ...report, trendChart });
    log(`wrote ${RESULTS_FILE}`);

    for (const result of results.filter((r) => !isClean(r))) {
      log(
        `FAILED: ${result.target} had ${result.non2xx} non-2xx responses, ${result.errors} errors, ` +
          `${result.timeouts} timeouts (status codes ${JSON.stringify(result.statusCodes)}); its figures are meaningless.`,
      );
    }
    return report.ok ? 0 : 1;
  } finally {
    await cleanup.run();
  }
}

function headersFor(target: Pick<BenchTarget, 'body'>, session: SignedInSession | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  if (target.body !== undefined) {
    headers['content-type'] = 'application/json';
  }
  if (session) {
    headers['cookie'] = session.cookie;
    headers['x-xsrf-token'] = session.xsrfToken;
  }
  return headers;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    log(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
