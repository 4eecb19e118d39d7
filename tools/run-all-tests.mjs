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

/**
 * Runs a command and resolves with its exit code and captured output. Its output streams as it
 * comes, or, for a step running beside another, is printed whole when it ends (no interleaving).
 */
function run(command, args, env = {}, { title, stream = true } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (target) => (chunk) => {
      output += chunk;
      if (stream) {
        target.write(chunk);
      }
    };
    child.stdout.on('data', collect(process.stdout));
    child.stderr.on('data', collect(process.stderr));
    child.on('close', (code) => {
      if (!stream) {
        console.log(`\n=== ${title} (finished) ===\n${output}`);
      }
      resolve({ code: code ?? 1, output });
    });
  });
}

const results = [];

/**
 * One step of the run: prints its heading, runs, and records its counts and duration (so a slow
 * step shows which part of `npm test` to speed up). `stream: false` for a step run beside another.
 */
async function step(name, body, { stream = true } = {}) {
  console.log(`\n=== ${name}${stream ? '' : ' (started; its output follows when it ends)'} ===`);
  const started = Date.now();
  const { passed, failed, note = '' } = await body((command, args, env) => run(command, args, env, { title: name, stream }));
  results.push({ name, passed, failed, note, seconds: Math.round((Date.now() - started) / 1000) });
  return failed === 0;
}

/** A step without its own test count counts as one check. */
const check = (name, command, args, options) =>
  step(name, async (exec) => ((await exec(command, args)).code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 }), options);

const jasmineSuite = (name, env, options) =>
  step(
    name,
    async (exec) => {
      const { code, output } = await exec('npm', ['run', '--silent', 'test:server'], env);
      const match = [...output.matchAll(/(\d+) specs?, (\d+) failures?/g)].pop();
      if (!match) {
        return { passed: 0, failed: 1, note: 'no result line' };
      }
      return { passed: Number(match[1]) - Number(match[2]), failed: Number(match[2]) + (code !== 0 && Number(match[2]) === 0 ? 1 : 0) };
    },
    options,
  );

/** Both Angular apps' specs: the clinicians' SPA and the answering page of self-report links. */
const ANGULAR_PROJECTS = ['carecircle', 'answer'];

async function karmaSuites() {
  for (const project of ANGULAR_PROJECTS) {
    await step(`unit specs of ${project} (Karma, headless Chromium)`, async (exec) => {
      const { code, output } = await exec('npx', ['ng', 'test', project, '--no-watch', '--no-progress']);
      const match = [...output.matchAll(/Executed (\d+) of (\d+)(?: \((\d+) FAILED\))?/g)].pop();
      if (!match) {
        return { passed: 0, failed: 1, note: 'no result line' };
      }
      const failed = Number(match[3] ?? 0);
      return { passed: Number(match[1]) - failed, failed: failed + (code !== 0 && failed === 0 ? 1 : 0) };
    });
  }
}

const playwrightSuite = () =>
  step('end-to-end specs (Playwright)', async (exec) => {
    const report = 'test-results/e2e-report.json';
    rmSync(report, { force: true });
    mkdirSync('test-results', { recursive: true });
    const { code } = await exec('npx', ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: report });
    if (!existsSync(report)) {
      return { passed: 0, failed: 1, note: 'no report' };
    }
    const { stats } = JSON.parse(readFileSync(report, 'utf8'));
    const failed = stats.unexpected + stats.flaky;
    return { passed: stats.expected, failed: failed + (code !== 0 && failed === 0 ? 1 : 0) };
  });

const started = Date.now();
// Pairs of single-threaded steps run side by side on this machine's two cores; each pair takes
// the time of its slower half. The browsers' steps use both cores and run alone.
await Promise.all([
  check('lint (ESLint + angular-eslint)', 'npm', ['run', '--silent', 'lint']),
  check('type-check (SPA, specs, server)', 'npm', ['run', '--silent', 'typecheck'], { stream: false }),
]);
await karmaSuites();
// The SQLite specs end about a minute before the PostgreSQL ones: the build takes that minute
// instead of waiting for both (its output follows when it ends, as PostgreSQL's does).
const [built] = await Promise.all([
  jasmineSuite('server specs on SQLite', { TEST_DB_ENGINE: 'sqlite' }).then(() =>
    check('production build', 'timeout', ['600', 'npm', 'run', '--silent', 'build'], { stream: !process.env.PG_TEST_URL }),
  ),
  process.env.PG_TEST_URL
    ? jasmineSuite('server specs on PostgreSQL', { TEST_DB_ENGINE: 'postgres' }, { stream: false })
    : step('server specs on PostgreSQL', async () => ({ passed: 0, failed: 0, note: 'NOT RUN: set PG_TEST_URL=postgres://user@host:5432/db to run them' })),
]);
if (built) {
  await playwrightSuite();
} else {
  results.push({ name: 'end-to-end specs (Playwright)', passed: 0, failed: 1, note: 'skipped: the build failed', seconds: 0 });
}

console.log(`\n=== summary (${Math.round((Date.now() - started) / 1000)} s) ===`);
for (const { name, passed, failed, note, seconds } of results) {
  console.log(`${failed > 0 ? 'FAIL' : 'ok  '}  ${name}: ${passed} passed, ${failed} failed, ${seconds} s${note ? `  (${note})` : ''}`);
}
const passed = results.reduce((sum, result) => sum + result.passed, 0);
const failed = results.reduce((sum, result) => sum + result.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
