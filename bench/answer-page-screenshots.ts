import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { INSTRUMENTS } from '../domain/measures/instrument-catalog';
import type { PublicForm } from '../domain/self-report/public-form';
import { FEEDBACK_QUESTIONS, FEEDBACK_QUESTION_FIELDS } from '../domain/self-report/feedback-questions';
import { UNUSABLE_LINK_MESSAGE } from '../domain/self-report/unusable-link';
import { buildApp } from '../server/app';
import { loadConfig } from '../server/config';
import { connectDatabase } from '../server/db/connect';
import { migrateToLatest } from '../server/db/migrate';
import { axeViolations } from '../e2e/helpers/axe-in-page';
import { createBenchDatabase } from './bench-database';
import { CleanupStack } from './cleanup';

/**
 * `npm run bench:answer-screens`: screenshots of the answering page at phone size (390×844) for a
 * person to look at — form, errors, thank-you, unusable link, feedback, too many tries — under
 * screenshots/answer-page/ (git-ignored). The page and its headers (strict CSP) come from the real
 * server plugin over a throw-away database; the public API is mocked by route interception, so no
 * request or token needs to exist. Prints CSP/console errors and axe violations it meets.
 */
const directory = resolve(process.env['ANSWER_DIRECTORY'] ?? 'dist/answer/browser');
const OUT = 'screenshots/answer-page';
const TOKEN = 'Q2FyZUNpcmNsZS1zY3JlZW5zaG90LXRva2VuLTEyMzQ1Ng';
const log = (message: string) => process.stderr.write(`bench:answer-screens: ${message}\n`);

const measuresForm: PublicForm = {
  kind: 'measures',
  clinicName: 'CareCircle Demo Clinic',
  firstName: 'Sam',
  // The bench may read the catalog; the page never does, it gets these words from the server.
  instruments: [INSTRUMENTS.mspss, INSTRUMENTS['ucla-3']].map((instrument) => ({
    code: instrument.code,
    title: instrument.name,
    instructions: instrument.instructions,
    items: instrument.items.map((item) => ({ text: item.text })),
    options: instrument.responseOptions.map((option) => ({ value: option.value, label: option.label })),
  })),
};

const feedbackForm: PublicForm = {
  kind: 'session-feedback',
  clinicName: 'CareCircle Demo Clinic',
  firstName: null,
  sessionDate: '2026-12-03',
  questions: FEEDBACK_QUESTION_FIELDS.map((field) => ({ field, text: FEEDBACK_QUESTIONS[field] })),
};

type MockAnswer = { status: number; body: unknown };
const problems: string[] = [];

/** A fresh phone-sized tab whose public API answers GET and POST as given. */
async function openLink(browser: Browser, baseUrl: string, get: MockAnswer, post: MockAnswer = { status: 201, body: { ok: true } }): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.route('**/api/public/self-report/*', (route) => {
    const answer = route.request().method() === 'POST' ? post : get;
    return route.fulfill({ status: answer.status, contentType: 'application/json', body: JSON.stringify(answer.body) });
  });
  await page.goto(`${baseUrl}/r/${TOKEN}`);
  return page;
}

async function shoot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.screenshot({ path: `${OUT}/${name}.png`, fullPage });
  for (const violation of await axeViolations(page)) {
    problems.push(`axe on ${name}: ${violation.impact} ${violation.id} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
  }
  const address = new URL(page.url()).pathname;
  if (address !== '/r/') problems.push(`address on ${name} is ${address}, not /r/`);
  log(`${OUT}/${name}.png`);
}

/** Chooses, with the keyboard, the n-th choice of every question on the page. */
async function answerWithKeyboard(page: Page, choice: number): Promise<void> {
  for (const group of await page.locator('fieldset').all()) {
    await group.locator('input').first().focus();
    for (let step = 0; step < choice; step++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
  }
}

async function main(): Promise<void> {
  if (!existsSync(resolve(directory, 'index.html'))) {
    throw new Error(`No build at ${directory}: run \`npm run build\` (or \`npx ng build answer\`) first.`);
  }
  mkdirSync(OUT, { recursive: true });
  const cleanup = new CleanupStack();
  try {
    const storage = await createBenchDatabase(null);
    cleanup.push('remove the database', () => storage.dispose());
    const database = connectDatabase(storage.url);
    cleanup.push('close the database', () => database.close());
    await migrateToLatest(database.db);
    const config = { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SPA_DIRECTORY: '', ANSWER_DIRECTORY: directory }), secureCookies: false };
    const app = await buildApp(config, database);
    const baseUrl = await app.listen({ host: '127.0.0.1', port: 0 });
    cleanup.push('stop the server', () => app.close());
    const browser = await chromium.launch({ executablePath: process.env['CHROME_BIN'] ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
    cleanup.push('close the browser', () => browser.close());

    const form = await openLink(browser, baseUrl, { status: 200, body: measuresForm });
    await form.getByRole('heading', { name: 'Hello Sam' }).waitFor();
    await shoot(form, '1-form');
    await shoot(form, '1-form-top', false);

    // Three answered, the rest not: Next is refused.
    const groups = await form.locator('fieldset').all();
    for (const group of groups.slice(0, 3)) await group.getByRole('radio').nth(5).check();
    await form.getByRole('button', { name: 'Next' }).click();
    await form.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await shoot(form, '2-error-summary', false);
    await form.getByRole('link', { name: 'Choose an answer to question 4' }).click();
    await shoot(form, '2-error-at-item', false);

    await answerWithKeyboard(form, 5);
    // The last choice made with the keyboard keeps focus: chosen and focused styles both show.
    await shoot(form, '2-answered-with-keyboard', false);
    await form.getByRole('button', { name: 'Next' }).click();
    await form.getByRole('heading', { name: /UCLA|Loneliness/i }).waitFor();
    await shoot(form, '3-second-instrument');
    await answerWithKeyboard(form, 1);
    await form.getByRole('button', { name: 'Send answers' }).click();
    await form.getByRole('heading', { name: 'Thank you, Sam' }).waitFor();
    await shoot(form, '4-thank-you');

    const unusable = await openLink(browser, baseUrl, { status: 410, body: { message: UNUSABLE_LINK_MESSAGE } });
    await unusable.getByRole('heading', { name: UNUSABLE_LINK_MESSAGE }).waitFor();
    await shoot(unusable, '5-unusable-link');

    const feedback = await openLink(browser, baseUrl, { status: 200, body: feedbackForm });
    await feedback.getByRole('heading', { name: 'How was your family session?' }).waitFor();
    await feedback.getByRole('button', { name: 'Send feedback' }).click();
    await feedback.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await shoot(feedback, '6-feedback-errors');

    const limited = await openLink(browser, baseUrl, { status: 429, body: { title: 'Too many requests', status: 429 } });
    await limited.getByRole('heading', { name: 'Too many tries' }).waitFor();
    await shoot(limited, '7-too-many-tries');

    const offline = await openLink(browser, baseUrl, { status: 200, body: measuresForm });
    await offline.getByRole('heading', { name: 'Hello Sam' }).waitFor();
    await offline.unroute('**/api/public/self-report/*');
    await offline.route('**/api/public/self-report/*', (route) => route.abort('internetdisconnected'));
    await offline.getByRole('button', { name: 'Next' }).click();
    await answerWithKeyboard(offline, 2);
    await offline.getByRole('button', { name: 'Next' }).click();
    await answerWithKeyboard(offline, 2);
    await offline.getByRole('button', { name: 'Send answers' }).click();
    await offline.getByRole('alert').waitFor();
    await shoot(offline, '8-send-failed', false);
  } finally {
    await cleanup.run();
  }
  console.log(problems.length === 0 ? 'No console, CSP or axe problems.' : `Problems:\n  ${problems.join('\n  ')}`);
}

await main();
