#!/usr/bin/env node
// `npm test`: every check CareCircle has, in one run, ending with one line "N passed, N failed".
// Steps: lint, type-check, Karma unit specs (headless Chromium), server specs on SQLite (and on
// PostgreSQL when PG_TEST_URL is set), production build, Playwright end-to-end specs.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findChromium } from './find-chromium.mjs';

const chromium = findChromium();
if (!chromium) {
  console.error(
    'npm test needs Chromium for the unit and end-to-end specs, and none was found.\n' +
      'Install it (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROME_BIN to a Chrome/Chromium binary.',
  );
  process.exit(1);
}
process.env.CHROME_BIN = chromium;

// The print journeys read their PDFs back as text and images.
const missingPoppler = ['pdftotext', 'pdftoppm'].filter((tool) => !['/usr/bin', '/usr/local/bin', '/bin'].some((dir) => existsSync(`${dir}/${tool}`)));
if (missingPoppler.length > 0) {
  console.error(`npm test needs ${missingPoppler.join(' and ')} (Debian/Ubuntu: \`sudo apt-get install -y poppler-utils\`).`);
  process.exit(1);
}

/** Runs a command, echoing its output, and resolves with its exit code and captured output. */
function run(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const echo = (stream) => (chunk) => {
      output += chunk;
      stream.write(chunk);
    };
    child.stdout.on('data', echo(process.stdout));
    child.stderr.on('data', echo(process.stderr));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

const results = [];
// Each step's duration is printed in the summary, so a slow step shows which part of `npm test` to speed up.
let stepStarted = Date.now();
const record = (name, passed, failed, note = '') => {
  results.push({ name, passed, failed, note, seconds: Math.round((Date.now() - stepStarted) / 1000) });
  stepStarted = Date.now();
};
const heading = (title) => {
  stepStarted = Date.now();
  console.log(`\n=== ${title} ===`);
};

/** A step without its own test count counts as one check. */
async function check(name, command, args, env) {
  heading(name);
  const { code } = await run(command, args, env);
  record(name, code === 0 ? 1 : 0, code === 0 ? 0 : 1);
  return code === 0;
}

async function jasmineSuite(name, env) {
  heading(name);
  const { code, output } = await run('npm', ['run', '--silent', 'test:server'], env);
  const match = [...output.matchAll(/(\d+) specs?, (\d+) failures?/g)].pop();
  if (!match) {
    record(name, 0, 1, 'no result line');
    return;
  }
  const failed = Number(match[2]) + (code !== 0 && Number(match[2]) === 0 ? 1 : 0);
  record(name, Number(match[1]) - Number(match[2]), failed);
}

/** Both Angular apps' specs: the clinicians' SPA and the answering page of self-report links. */
const ANGULAR_PROJECTS = ['carecircle', 'answer'];

async function karmaSuite() {
  for (const project of ANGULAR_PROJECTS) {
    const name = `unit specs of ${project} (Karma, headless Chromium)`;
    heading(name);
    const { code, output } = await run('npx', ['ng', 'test', project, '--no-watch', '--no-progress']);
    const match = [...output.matchAll(/Executed (\d+) of (\d+)(?: \((\d+) FAILED\))?/g)].pop();
    if (!match) {
      record(name, 0, 1, 'no result line');
      continue;
    }
    const failed = Number(match[3] ?? 0);
    record(name, Number(match[1]) - failed, failed + (code !== 0 && failed === 0 ? 1 : 0));
  }
}

async function playwrightSuite() {
  const name = 'end-to-end specs (Playwright)';
  heading(name);
  const report = 'test-results/e2e-report.json';
  rmSync(report, { force: true });
  mkdirSync('test-results', { recursive: true });
  const { code } = await run('npx', ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: report });
  if (!existsSync(report)) {
    record(name, 0, 1, 'no report');
    return;
  }
  const { stats } = JSON.parse(readFileSync(report, 'utf8'));
  const failed = stats.unexpected + stats.flaky;
  record(name, stats.expected, failed + (code !== 0 && failed === 0 ? 1 : 0));
}

const started = Date.now();
await check('lint (ESLint + angular-eslint)', 'npm', ['run', '--silent', 'lint']);
await check('type-check (SPA, specs, server)', 'npm', ['run', '--silent', 'typecheck']);
await karmaSuite();
await jasmineSuite('server specs on SQLite', { TEST_DB_ENGINE: 'sqlite' });
if (process.env.PG_TEST_URL) {
  await jasmineSuite('server specs on PostgreSQL', { TEST_DB_ENGINE: 'postgres' });
} else {
  record('server specs on PostgreSQL', 0, 0, 'NOT RUN: set PG_TEST_URL=postgres://user@host:5432/db to run them');
}
const built = await check('production build', 'timeout', ['600', 'npm', 'run', '--silent', 'build']);
if (built) {
  await playwrightSuite();
} else {
  record('end-to-end specs (Playwright)', 0, 1, 'skipped: the build failed');
}

heading(`summary (${Math.round((Date.now() - started) / 1000)} s)`);
for (const { name, passed, failed, note, seconds } of results) {
  console.log(`${failed > 0 ? 'FAIL' : 'ok  '}  ${name}: ${passed} passed, ${failed} failed, ${seconds} s${note ? `  (${note})` : ''}`);
}
const passed = results.reduce((sum, result) => sum + result.passed, 0);
const failed = results.reduce((sum, result) => sum + result.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
