import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app';
import { type AppConfig, loadConfig } from '../config';
import { connectDatabase, type DatabaseHandle } from '../db/connect';
import { addUser, type TestApp, TEST_PASSWORD } from './helpers/test-app';
import { addClient, clientBody } from './helpers/test-clients';
import { HttpBrowser } from './helpers/http-browser';
import { createTestDatabase, type TestDatabase } from './helpers/test-database';
import { TestClock } from './helpers/test-clock';

/**
 * Two API instances on two ports over one database, as behind a load balancer: nothing that
 * matters may live in one process's memory. Runs on SQLite (two connections to one file) and, when
 * TEST_DB_ENGINE=postgres, on PostgreSQL.
 */
describe('two API instances over one database', () => {
  let database: TestDatabase;
  let secondConnection: DatabaseHandle;
  let instances: FastifyInstance[];
  let urls: [string, string];
  let clock: TestClock;
  let therapistEmail: string;
  let clientId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    clock = new TestClock();
    const config: AppConfig = {
      ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SPA_DIRECTORY: '' }),
      secureCookies: false,
      now: clock.now,
    };
    // Each instance opens its own connection (pool), exactly as two processes would.
    secondConnection = connectDatabase(database.url, { schema: database.schema });
    instances = [await buildApp(config, database), await buildApp(config, secondConnection)];
    const addresses = await Promise.all(instances.map((app) => app.listen({ port: 0, host: '127.0.0.1' })));
    urls = addresses as [string, string];

    const seedApp = { database, clock } as unknown as TestApp;
    const therapist = await addUser(seedApp, 'therapist');
    therapistEmail = therapist.email;
    clientId = await addClient(seedApp, therapist.id);
  });

  afterAll(async () => {
    await Promise.all(instances.map((app) => app.close()));
    await secondConnection.close();
    await database.dispose();
  });

  it('accepts a session cookie from one instance on the other', async () => {
    const tab = new HttpBrowser();
    const signIn = await tab.request('POST', `${urls[0]}/api/v1/auth/sign-in`, { email: therapistEmail, password: TEST_PASSWORD });
    expect(signIn.status).toBe(200);
    const me = await tab.request('GET', `${urls[1]}/api/v1/auth/me`);
    expect(me.status).toBe(200);
    // And a state-changing request there passes the CSRF check with the same token.
    const signOut = await tab.request('POST', `${urls[1]}/api/v1/auth/sign-out`);
    expect(signOut.status).toBe(204);
    expect((await tab.request('GET', `${urls[0]}/api/v1/auth/me`)).status).toBe(401);
  });

  it('reads through one instance what was written through the other, and refuses a stale write there', async () => {
    const tab = new HttpBrowser();
    await tab.request('POST', `${urls[0]}/api/v1/auth/sign-in`, { email: therapistEmail, password: TEST_PASSWORD });
    const before = (await (await tab.request('GET', `${urls[1]}/api/v1/clients/${clientId}`)).json()) as { version: number };

    const write = await tab.request('PUT', `${urls[0]}/api/v1/clients/${clientId}`, {
      ...clientBody({ preferredName: 'Written on A', dateOfBirth: '1990-04-12', treatmentStart: '2026-01-05' }),
      version: before.version,
    });
    expect(write.status).toBe(200);
    const read = (await (await tab.request('GET', `${urls[1]}/api/v1/clients/${clientId}`)).json()) as { preferredName: string };
    expect(read.preferredName).toBe('Written on A');

    const stale = await tab.request('PUT', `${urls[1]}/api/v1/clients/${clientId}`, {
      ...clientBody({ preferredName: 'Stale on B', dateOfBirth: '1990-04-12', treatmentStart: '2026-01-05' }),
      version: before.version,
    });
    expect(stale.status).toBe(409);
  });

  it('counts sign-in failures across both instances', async () => {
    const email = 'throttled@clinic.test';
    for (let attempt = 0; attempt < 5; attempt++) {
      const response = await new HttpBrowser().request('POST', `${urls[attempt % 2]}/api/v1/auth/sign-in`, { email, password: 'wrong' });
      expect(response.status).toBe(401);
    }
    const sixth = await new HttpBrowser().request('POST', `${urls[1]}/api/v1/auth/sign-in`, { email, password: 'wrong' });
    expect(sixth.status).toBe(429);
    expect(Number(sixth.headers.get('retry-after'))).toBeGreaterThan(0);
    // All specs here share 127.0.0.1: let the address's window pass for whichever spec runs next.
    clock.advanceSeconds(15 * 60 + 1);
  });
});
