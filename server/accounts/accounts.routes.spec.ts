import { addUser, Browser, createTestApp, type TestApp, type TestUser } from '../spec/helpers/test-app';
import { addClient } from '../spec/helpers/test-clients';

describe('accounts and teams routes', () => {
  let t: TestApp;
  let admin: TestUser;
  let browser: Browser;

  beforeEach(async () => {
    t = await createTestApp();
    admin = await addUser(t, 'admin');
    browser = new Browser(t.app);
    await browser.signIn(admin.email);
  });

  afterEach(async () => {
    await t.close();
  });

  const account = async (id: string) => (await browser.request('GET', '/api/v1/users?pageSize=100')).json().items.find((a: { id: string }) => a.id === id);
  const update = async (id: string, changes: Record<string, unknown>) => {
    const current = await account(id);
    return browser.request('PUT', `/api/v1/users/${id}`, {
      name: current.name,
      role: current.role,
      supervisorId: current.supervisorId,
      active: current.active,
      version: current.version,
      ...changes,
    });
  };

  describe('searching with the term in the body', () => {
    beforeEach(async () => {
      const supervisor = await addUser(t, 'supervisor', { email: 'quill.lead@clinic.test' });
      await addUser(t, 'therapist', { email: 'quill.one@clinic.test', supervisorId: supervisor.id });
      await addUser(t, 'therapist', { email: 'other.person@clinic.test', supervisorId: supervisor.id });
    });

    const listReads = async () =>
      Number((await t.database.db.selectFrom('audit_events').select((eb) => eb.fn.countAll().as('n')).where('record_type', '=', 'user-list').executeTakeFirstOrThrow()).n);

    it('answers POST /users/search as GET /users answers the same query, audited as one list read each', async () => {
      const listed = await browser.request('GET', '/api/v1/users?role=therapist&active=true&pageSize=10');
      const searched = await browser.request('POST', '/api/v1/users/search', { role: 'therapist', active: 'true', pageSize: 10 });
      expect(searched.statusCode).toBe(200);
      expect(searched.json()).toEqual(listed.json());
      expect(searched.json().total).toBe(2);
      expect(await listReads()).toBe(2);
      const found = (await browser.request('POST', '/api/v1/users/search', { search: ' QUILL ' })).json();
      expect(found.items.map((a: { email: string }) => a.email).sort()).toEqual(['quill.lead@clinic.test', 'quill.one@clinic.test']);
      expect(found.total).toBe(2);
    });

    it('refuses a search term in the URL with 400 naming it, and audits no read', async () => {
      const response = await browser.request('GET', '/api/v1/users?search=quill');
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([{ field: 'querystring.search', message: jasmine.stringMatching(/body of POST …\/search/) }]);
      expect(await listReads()).toBe(0);
    });

    it('refuses a search by a non-administrator', async () => {
      const supervisorTab = new Browser(t.app);
      await supervisorTab.signIn('quill.lead@clinic.test');
      expect((await supervisorTab.request('POST', '/api/v1/users/search', { search: 'quill' })).statusCode).toBe(403);
    });
  });

  it('creates a therapist in a team whose temporary password must be changed at first sign-in', async () => {
    const supervisor = await addUser(t, 'supervisor');
    const created = await browser.request('POST', '/api/v1/users', { name: 'New Therapist', email: 'New.Therapist@Clinic.test', role: 'therapist', supervisorId: supervisor.id });
    expect(created.statusCode).toBe(201);
    const body = created.json();
    expect(body).toEqual(jasmine.objectContaining({ email: 'new.therapist@clinic.test', supervisorId: supervisor.id, mustChangePassword: true }));
    expect(body.temporaryPassword.length).toBeGreaterThanOrEqual(16);
    const newcomer = new Browser(t.app);
    const signIn = await newcomer.signIn('new.therapist@clinic.test', body.temporaryPassword);
    expect(signIn.json().user.mustChangePassword).toBeTrue();
    const stored = await t.database.db.selectFrom('users').select('password_hash').where('id', '=', body.id).executeTakeFirstOrThrow();
    expect(stored.password_hash).not.toContain(body.temporaryPassword);
  });

  it('refuses a duplicate email and a therapist without a team, naming the fields', async () => {
    const duplicate = await browser.request('POST', '/api/v1/users', { name: 'Copy', email: admin.email, role: 'admin' });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().errors[0].field).toBe('email');
    const teamless = await browser.request('POST', '/api/v1/users', { name: 'Loose', email: 'loose@clinic.test', role: 'therapist' });
    expect(teamless.statusCode).toBe(400);
    expect(teamless.json().errors[0].field).toBe('supervisorId');
  });

  it('keeps the last active administrator', async () => {
    const response = await update(admin.id, { active: false });
    expect(response.statusCode).toBe(409);
    expect(response.json().errors).toEqual([{ field: 'active', message: 'The clinic needs at least one active administrator.' }]);
    const demoted = await update(admin.id, { role: 'supervisor' });
    expect(demoted.statusCode).toBe(409);
    expect(demoted.json().errors[0].field).toBe('role');
    expect((await account(admin.id)).active).toBeTrue();
  });

  it('lets a second administrator be deactivated, signing them out', async () => {
    const second = await addUser(t, 'admin');
    const theirs = new Browser(t.app);
    await theirs.signIn(second.email);
    expect((await update(second.id, { active: false })).statusCode).toBe(200);
    expect((await theirs.request('GET', '/api/v1/auth/me')).statusCode).toBe(401);
    expect((await update(second.id, { active: true })).json().active).toBeTrue();
  });

  it('moves a therapist to another supervisor, and refuses rule-breaking team changes', async () => {
    const [supervisorA, supervisorB] = [await addUser(t, 'supervisor'), await addUser(t, 'supervisor')];
    const therapist = await addUser(t, 'therapist', { supervisorId: supervisorA.id });
    const moved = await update(therapist.id, { supervisorId: supervisorB.id });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().supervisorName).toBe('Test supervisor');

    const supervisorWithTeam = await update(supervisorB.id, { active: false });
    expect(supervisorWithTeam.statusCode).toBe(409);
    expect(supervisorWithTeam.json().errors[0].message).toContain("Move this supervisor's 1 therapist(s)");

    await addClient(t, therapist.id);
    const therapistWithClients = await update(therapist.id, { active: false });
    expect(therapistWithClients.statusCode).toBe(409);
    expect(therapistWithClients.json().errors[0].message).toContain('Reassign this therapist');

    const ownSupervisor = await update(supervisorA.id, { role: 'therapist', supervisorId: supervisorA.id });
    expect(ownSupervisor.statusCode).toBe(409);
    expect(ownSupervisor.json().errors).toEqual([{ field: 'supervisorId', message: 'Nobody can be their own supervisor.' }]);
  });

  it('answers a stale account version with 409 and the current account', async () => {
    const therapistSupervisor = await addUser(t, 'supervisor');
    const current = await account(therapistSupervisor.id);
    await update(therapistSupervisor.id, { name: 'Renamed once' });
    const stale = await browser.request('PUT', `/api/v1/users/${therapistSupervisor.id}`, {
      name: 'Renamed twice',
      role: 'supervisor',
      supervisorId: null,
      active: true,
      version: current.version,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current.name).toBe('Renamed once');
  });

  it('resets a password: the old one stops working, sessions end, a change is required', async () => {
    const therapistUser = await addUser(t, 'therapist');
    const theirs = new Browser(t.app);
    await theirs.signIn(therapistUser.email);
    const reset = await browser.request('POST', `/api/v1/users/${therapistUser.id}/password-reset`);
    expect(reset.statusCode).toBe(200);
    expect((await theirs.request('GET', '/api/v1/auth/me')).statusCode).toBe(401);
    expect((await new Browser(t.app).signIn(therapistUser.email)).statusCode).toBe(401);
    const withTemporary = await new Browser(t.app).signIn(therapistUser.email, reset.json().temporaryPassword);
    expect(withTemporary.json().user.mustChangePassword).toBeTrue();
  });

  it("shows an administrator only assignment facts in a stale reassignment's 409", async () => {
    const supervisor = await addUser(t, 'supervisor');
    const [therapistA, therapistB] = [await addUser(t, 'therapist', { supervisorId: supervisor.id }), await addUser(t, 'therapist', { supervisorId: supervisor.id })];
    const clientId = await addClient(t, therapistA.id);
    await browser.request('PUT', `/api/v1/clients/${clientId}/assignment`, { therapistId: therapistB.id, version: 1 });
    const stale = await browser.request('PUT', `/api/v1/clients/${clientId}/assignment`, { therapistId: therapistA.id, version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current.therapistId).toBe(therapistB.id);
    expect(stale.json().current.dateOfBirth).toBeUndefined();
    expect(stale.json().current.primaryConcerns).toBeUndefined();
  });
});
