import { defineConfig } from '@playwright/test';

/**
 * End-to-end specs run against the production build served by the real server on a fresh SQLite
 * database with the demo clinic. A second server with a short idle timeout lets the expiry journey
 * finish in seconds instead of fifteen minutes.
 */
// E2E_PORT lets two checkouts run their journeys side by side without sharing a server.
const MAIN_PORT = Number(process.env['E2E_PORT'] ?? 4310);
const SHORT_SESSION_PORT = MAIN_PORT + 1;
export const MAIN_URL = `http://localhost:${MAIN_PORT}`;
export const SHORT_SESSION_URL = `http://localhost:${SHORT_SESSION_PORT}`;

const serverCommand = (port: number, extraEnv: string) =>
  `rm -f test-results/e2e-${port}.db* && ${extraEnv} PORT=${port} HOST=127.0.0.1 DATABASE_URL=sqlite:test-results/e2e-${port}.db ` +
  `SEED_DEMO_CLINIC=true LOG_LEVEL=warn npx tsx server/main.ts`;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: MAIN_URL,
    trace: 'retain-on-failure',
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
    {
      command: serverCommand(MAIN_PORT, ''),
      url: `${MAIN_URL}/api/v1/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: serverCommand(SHORT_SESSION_PORT, 'SESSION_IDLE_TIMEOUT_SECONDS=20 SESSION_IDLE_WARNING_SECONDS=10'),
      url: `${SHORT_SESSION_URL}/api/v1/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
