import { defineConfig } from '@playwright/test';

/**
 * End-to-end specs run against the production build served by the real server, each worker with a
 * server of its own on a fresh SQLite database with the demo clinic (e2e/helpers/journey.ts picks
 * it), so two journeys run at once without one changing what the other reads. A further server
 * with a short idle timeout lets the expiry journey finish in seconds instead of fifteen minutes.
 */
// E2E_PORT lets two checkouts run their journeys side by side: each uses E2E_PORT to E2E_PORT+WORKERS.
const MAIN_PORT = Number(process.env['E2E_PORT'] ?? 4310);
// One journey at a time by default: on this 2-core machine two workers finished in 799 s against one
// worker's 820 s, no real gain, while each journey ran 2.4 times slower and nearer its timeout
// (Chromium is CPU-bound). A bigger machine can set E2E_WORKERS=2 or more.
const WORKERS = Math.max(1, Number(process.env['E2E_WORKERS'] ?? 1));
const SHORT_SESSION_PORT = MAIN_PORT + 1;
/** Worker 0 on E2E_PORT, the short-session server on the next port, further workers after it. */
const mainServerPort = (workerIndex: number) => (workerIndex === 0 ? MAIN_PORT : SHORT_SESSION_PORT + workerIndex);
export const mainServerUrl = (workerIndex: number) => `http://localhost:${mainServerPort(workerIndex)}`;
export const SHORT_SESSION_URL = `http://localhost:${SHORT_SESSION_PORT}`;

const serverCommand = (port: number, extraEnv: string) =>
  `rm -f test-results/e2e-${port}.db* && ${extraEnv} PORT=${port} HOST=127.0.0.1 DATABASE_URL=sqlite:test-results/e2e-${port}.db ` +
  `SEED_DEMO_CLINIC=true LOG_LEVEL=warn npx tsx server/main.ts`;

const server = (port: number, extraEnv = '') => ({
  command: serverCommand(port, extraEnv),
  url: `http://localhost:${port}/api/v1/health`,
  reuseExistingServer: false,
  timeout: 120_000,
  stdout: 'ignore' as const,
  stderr: 'pipe' as const,
});

const TRACE_MODES = ['off', 'on', 'retain-on-failure', 'on-first-retry', 'on-all-retries', 'retain-on-first-failure'] as const;

function traceMode(requested: string | undefined): (typeof TRACE_MODES)[number] {
  if (requested === undefined || requested === '') {
    return 'off';
  }
  const mode = TRACE_MODES.find((candidate) => candidate === requested);
  if (!mode) {
    throw new Error(`E2E_TRACE must be one of ${TRACE_MODES.join(', ')} (got "${requested}").`);
  }
  return mode;
}

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: false,
  workers: WORKERS,
  retries: 0,
  forbidOnly: true,
  // Generous for a journey of a dozen screens on a shared 2-core machine; a hang still fails in minutes.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  use: {
    // No trace unless asked for (E2E_TRACE=retain-on-failure, or any Playwright trace mode): recording
    // one cost a third of every journey's time on this 2-core machine (four long journeys: 146 s
    // with, 101 s without), for a file only read after a failure. A failure still leaves its
    // screenshot and the page's accessibility snapshot (error-context.md) under test-results/e2e.
    trace: traceMode(process.env['E2E_TRACE']),
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env['CHROME_BIN'] ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: [
    ...Array.from({ length: WORKERS }, (_, workerIndex) => server(mainServerPort(workerIndex))),
    server(SHORT_SESSION_PORT, 'SESSION_IDLE_TIMEOUT_SECONDS=20 SESSION_IDLE_WARNING_SECONDS=10'),
  ],
});
