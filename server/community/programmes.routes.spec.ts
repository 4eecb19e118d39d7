import { addUser, Browser, createTestApp, type TestApp } from '../spec/helpers/test-app';

const body = (overrides: Record<string, unknown> = {}) => ({
  name: 'Riverside walking group',
  kind: 'peer-support-group',
  contactName: 'Pat Doe',
  phone: '+44 20 7946 0000',
  email: 'walks@riverside.example',
  website: 'https://riverside.example/walks',
  area: 'Riverside',
  notes: 'Meets Saturdays at the bandstand.',
  ...overrides,
});

describe('community programmes directory', () => {
  let t: TestApp;
  let admin: Browser;
  let therapist: Browser;

  beforeAll(async () => {
    t = await createTestApp();
    const adminUser = await addUser(t, 'admin');
    const therapistUser = await addUser(t, 'therapist', { supervisorId: (await addUser(t, 'supervisor')).id });
    admin = new Browser(t.app);
    therapist = new Browser(t.app);
    await admin.signIn(adminUser.email);
    await therapist.signIn(therapistUser.email);
  });

  afterAll(async () => {
    await t.close();
  });

  it('lets an administrator add and retire a programme; staff see active ones only', async () => {
    const created = await admin.request('POST', '/api/v1/community-programmes', body());
    expect(created.statusCode).withContext(created.body).toBe(201);
    expect(created.json().active).toBeTrue();
    const retired = await admin.request('PUT', `/api/v1/community-programmes/${created.json().id}`, { ...body(), active: false, version: 1 });
    expect(retired.statusCode).toBe(200);
    const stale = await admin.request('PUT', `/api/v1/community-programmes/${created.json().id}`, { ...body(), version: 1 });
    expect(stale.statusCode).toBe(409);
    const forStaff = (await therapist.request('GET', '/api/v1/community-programmes')).json().items as { id: string }[];
    expect(forStaff.map((p) => p.id)).not.toContain(created.json().id);
    const forAdmin = (await admin.request('GET', '/api/v1/community-programmes')).json().items as { id: string }[];
    expect(forAdmin.map((p) => p.id)).toContain(created.json().id);
    const audited = await t.database.db.selectFrom('audit_events').select('action').where('record_id', '=', created.json().id).execute();
    expect(audited.map((event) => event.action).sort()).toEqual(['create', 'update']);
  });

  it('refuses bad input naming the field, and stores nothing', async () => {
    const bad = await admin.request('POST', '/api/v1/community-programmes', body({ email: 'not-an-email', kind: 'book-club', website: 'riverside' }));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { field: string }) => e.field).sort()).toEqual(['email', 'kind', 'website']);
    const count = await t.database.db.selectFrom('community_programmes').select((eb) => eb.fn.countAll().as('n')).where('email', '=', 'not-an-email').executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
    expect((await therapist.request('POST', '/api/v1/community-programmes', body())).statusCode).toBe(403);
  });
});
