import { addUser, Browser, createTestApp, type TestApp, type TestUser } from '../spec/helpers/test-app';

const statusCounts = (responses: { statusCode: number }[]) =>
  responses.reduce<Record<number, number>>((counts, response) => ({ ...counts, [response.statusCode]: (counts[response.statusCode] ?? 0) + 1 }), {});

async function readyTab(t: TestApp): Promise<Browser> {
  const tab = new Browser(t.app);
  await tab.request('GET', '/api/v1/health');
  return tab;
}

describe('sign-in throttle', () => {
  let t: TestApp;
  let therapist: TestUser;

  beforeEach(async () => {
    t = await createTestApp();
    therapist = await addUser(t, 'therapist');
  });

  afterEach(async () => {
    await t.close();
  });

  /** Issue 14 item 2: 15 of 30 parallel wrong passwords were checked before the rest got 429. */
  it('verifies at most 5 of 30 parallel wrong passwords for one account; the rest get 429', async () => {
    const tabs = await Promise.all(Array.from({ length: 30 }, () => readyTab(t)));
    const responses = await Promise.all(tabs.map((tab) => tab.signIn(therapist.email, 'a wrong guess')));
    const counts = statusCounts(responses);
    expect(counts[401]).toBe(5);
    expect(counts[429]).toBe(25);
    expect(Object.keys(counts).sort()).toEqual(['401', '429']);
    const failures = await t.database.db.selectFrom('audit_events').select('id').where('action', '=', 'sign-in-failed').execute();
    expect(failures.length).toBe(5);
  });

  it('never lets parallel guesses at an unknown account outrun the limit either', async () => {
    const tabs = await Promise.all(Array.from({ length: 12 }, () => readyTab(t)));
    const counts = statusCounts(await Promise.all(tabs.map((tab) => tab.signIn('nobody@clinic.test', 'a wrong guess'))));
    expect(counts[401]).toBe(5);
    expect(counts[429]).toBe(7);
  });

  it('gives the slot back on success: four typos then the right password leave the count at zero', async () => {
    for (let attempt = 1; attempt <= 4; attempt++) {
      expect((await new Browser(t.app).signIn(therapist.email, 'typo')).statusCode).toBe(401);
    }
    expect((await new Browser(t.app).signIn(therapist.email)).statusCode).toBe(200);
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect((await new Browser(t.app).signIn(therapist.email, 'typo')).statusCode).withContext(`attempt ${attempt}`).toBe(401);
    }
    expect((await new Browser(t.app).signIn(therapist.email)).statusCode).toBe(429);
  });

  /** Issue 14 item 9: behind one office address, one person's typos locked every account. */
  it("locks only the accounts with typos behind one shared address, not the whole office's", async () => {
    const colleagues = await Promise.all(Array.from({ length: 6 }, () => addUser(t, 'therapist')));
    for (const colleague of colleagues) {
      for (let attempt = 1; attempt <= 5; attempt++) {
        expect((await new Browser(t.app).signIn(colleague.email, 'typo')).statusCode).toBe(401);
      }
    }
    for (const colleague of colleagues) {
      const locked = await new Browser(t.app).signIn(colleague.email);
      expect(locked.statusCode).toBe(429);
      expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    }
    expect((await new Browser(t.app).signIn(therapist.email)).statusCode).toBe(200);
  });

  it('locks the address after 50 failures in the window, and lets it in again when the window has passed', async () => {
    const tabs = await Promise.all(Array.from({ length: 50 }, () => readyTab(t)));
    const guesses = await Promise.all(tabs.map((tab, index) => tab.signIn(`guess${index}@clinic.test`, 'wrong')));
    expect(statusCounts(guesses)).toEqual({ 401: 50 });
    const blocked = await new Browser(t.app).signIn(therapist.email);
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);
    t.clock.advanceSeconds(15 * 60 + 1);
    expect((await new Browser(t.app).signIn(therapist.email)).statusCode).toBe(200);
  });

  it('takes both limits and the window from the configuration', async () => {
    const strict = await createTestApp({ signInThrottle: { maxFailures: 2, maxFailuresPerAddress: 3, windowSeconds: 60 } });
    try {
      const user = await addUser(strict, 'therapist');
      const other = await addUser(strict, 'therapist');
      expect((await new Browser(strict.app).signIn(user.email, 'x')).statusCode).toBe(401);
      expect((await new Browser(strict.app).signIn(user.email, 'x')).statusCode).toBe(401);
      expect((await new Browser(strict.app).signIn(user.email, 'x')).statusCode).toBe(429);
      expect((await new Browser(strict.app).signIn(other.email, 'x')).statusCode).toBe(401);
      // The address has now used its 3 failures.
      const blocked = await new Browser(strict.app).signIn(other.email);
      expect(blocked.statusCode).toBe(429);
      expect(Number(blocked.headers['retry-after'])).toBeLessThanOrEqual(60);
    } finally {
      await strict.close();
    }
  });
});
