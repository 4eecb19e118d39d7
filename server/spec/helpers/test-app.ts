import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { v7 as uuidv7 } from 'uuid';
import type { Role } from '@domain/accounts/role';
import { hash } from '@node-rs/argon2';
import { ARGON2ID } from '../../accounts/password-hashing';
import { buildApp } from '../../app';
import { type AppConfig, loadConfig } from '../../config';
import { startSqliteReadWorkers } from '../../db/sqlite-read-workers';
import { createTestDatabase, type TestDatabase, type TestEngine } from './test-database';
import { TestClock } from './test-clock';

export const TEST_PASSWORD = 'correct horse battery staple';
/** A fixed key for encrypting two-factor secrets in specs, so no spec writes a key file. */
export const TEST_SECRET_KEY = Buffer.alloc(32, 7).toString('base64');

export interface TestApp {
  readonly app: FastifyInstance;
  readonly database: TestDatabase;
  readonly clock: TestClock;
  readonly config: AppConfig;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** SQLite: run reports (the team dashboard) on this many read workers, as the server does by default. */
  readonly readWorkers?: number;
}

/** The real app over a fresh database, with a hand-moved clock and no SPA or answering page. */
export async function createTestApp(overrides: Partial<AppConfig> = {}, engine?: TestEngine, options: TestAppOptions = {}): Promise<TestApp> {
  const database = await createTestDatabase(engine);
  const readers =
    options.readWorkers && database.engine === 'sqlite'
      ? startSqliteReadWorkers(database.url.replace(/^sqlite:/, ''), options.readWorkers, {
          fallback: database.db,
          onError: (message) => process.emitWarning(`SQLite read worker failed: ${message}`),
        })
      : null;
  const clock = new TestClock();
  const config: AppConfig = {
    ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SPA_DIRECTORY: '', ANSWER_DIRECTORY: '', CARECIRCLE_SECRET_KEY: TEST_SECRET_KEY }),
    now: clock.now,
    ...overrides,
  };
  const app = await buildApp(config, { ...database, reportsDb: readers?.db ?? database.db });
  await app.ready();
  return {
    app,
    database,
    clock,
    config,
    close: async () => {
      await app.close();
      await readers?.close();
      await database.dispose();
    },
  };
}

export interface TestUser {
  readonly id: string;
  readonly email: string;
  readonly role: Role;
}

/**
 * Test users' stored hash: Argon2id like every hash, but at the lowest cost. Sign-in verifies at
 * whatever cost a hash records, and at the production cost (password-hashing.ts, pinned by its spec)
 * the suite's 500-odd sign-ins spent 16 s of a 63 s run verifying passwords. Hashes the server itself
 * writes (new accounts, changed passwords, the demo clinic) keep the production cost.
 */
let passwordHash: Promise<string> | undefined;
const cheapTestHash = (password: string) => hash(password, { algorithm: ARGON2ID, memoryCost: 1024, timeCost: 1, parallelism: 1 });

export async function addUser(
  testApp: TestApp,
  role: Role,
  options: { supervisorId?: string; active?: boolean; mustChangePassword?: boolean; email?: string } = {},
): Promise<TestUser> {
  passwordHash ??= cheapTestHash(TEST_PASSWORD);
  const id = uuidv7();
  const email = options.email ?? `${role}-${id.slice(-12)}@clinic.test`;
  const now = testApp.clock.now().toISOString();
  await testApp.database.db
    .insertInto('users')
    .values({
      id,
      name: `Test ${role}`,
      email,
      role,
      supervisor_id: options.supervisorId ?? null,
      active: options.active === false ? 0 : 1,
      password_hash: await passwordHash,
      must_change_password: options.mustChangePassword ? 1 : 0,
      is_demo: 0,
      version: 1,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return { id, email, role };
}

/**
 * A cookie jar over `app.inject`, behaving like a browser tab: it keeps cookies and echoes the
 * XSRF-TOKEN cookie as the X-XSRF-TOKEN header, as Angular does.
 */
export class Browser {
  private readonly cookies = new Map<string, string>();

  constructor(private readonly app: FastifyInstance) {}

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  forget(name: string): void {
    this.cookies.delete(name);
  }

  async request(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    payload?: unknown,
    options: { xsrf?: boolean; headers?: Record<string, string> } = {},
  ): Promise<LightMyRequestResponse> {
    if (method !== 'GET' && !this.cookies.has('XSRF-TOKEN')) {
      await this.request('GET', '/api/v1/health');
    }
    const headers: Record<string, string> = { ...options.headers };
    if (this.cookies.size > 0) {
      headers['cookie'] = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    }
    const xsrf = this.cookies.get('XSRF-TOKEN');
    if (method !== 'GET' && options.xsrf !== false && xsrf) {
      headers['x-xsrf-token'] = xsrf;
    }
    const response = await this.app.inject({ method, url, headers, ...(payload !== undefined ? { payload: payload as object } : {}) });
    for (const cookie of response.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      const cleared = cookie.value === '' || cookie.maxAge === 0 || (cookie.expires && cookie.expires.getTime() <= Date.now());
      if (cleared) {
        this.cookies.delete(cookie.name);
      } else {
        this.cookies.set(cookie.name, cookie.value);
      }
    }
    return response;
  }

  signIn(email: string, password = TEST_PASSWORD): Promise<LightMyRequestResponse> {
    return this.request('POST', '/api/v1/auth/sign-in', { email, password });
  }
}
