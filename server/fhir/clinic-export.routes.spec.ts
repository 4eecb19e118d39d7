import { CLINIC_EXPORT_PAGE } from './clinic-export.repository';
import { generateDemoClinic, insertDemoClinic } from '../seed/demo-clinic';
import { addUser, Browser, createTestApp, type TestApp } from '../spec/helpers/test-app';

const lines = (body: string) => body.split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as Record<string, unknown>);

describe('clinic export (administrator, FHIR Bulk Data NDJSON)', () => {
  let t: TestApp;
  let admin: Browser;
  let therapist: Browser;
  let clients: number;

  beforeAll(async () => {
    t = await createTestApp({ fhirBaseUrl: 'https://clinic.example/fhir' });
    // More clients than one page, so the stream spans several queries.
    const clinic = await generateDemoClinic({ supervisors: 2, therapistsPerSupervisor: 3, clientsPerTherapist: { min: 100, max: 100 } }, 7, t.clock.now());
    await insertDemoClinic(t.database.db, clinic);
    clients = clinic.clients.length;
    const adminUser = await addUser(t, 'admin');
    admin = new Browser(t.app);
    await admin.signIn(adminUser.email);
    const therapistUser = await addUser(t, 'therapist');
    therapist = new Browser(t.app);
    await therapist.signIn(therapistUser.email);
  }, 120_000);

  afterAll(async () => t.close());

  it('lists one NDJSON file per resource type with its count', async () => {
    expect(clients).toBeGreaterThan(CLINIC_EXPORT_PAGE);
    const manifest = (await admin.request('GET', '/api/v1/clinic-export')).json();
    expect(manifest.output.map((file: { type: string; count: number }) => [file.type, file.count])).toEqual([
      ['Patient', clients],
      ['EpisodeOfCare', clients],
      ['Practitioner', 7],
    ]);
  });

  it('streams every client once, as NDJSON, and audits the export', async () => {
    const exportsAudited = () => t.database.db.selectFrom('audit_events').select('fields').where('record_type', '=', 'clinic-export').where('action', '=', 'export').orderBy('id').execute();
    const before = (await exportsAudited()).length;
    const response = await admin.request('GET', '/api/v1/clinic-export/Patient.ndjson');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('application/fhir+ndjson');
    const patients = lines(response.body);
    expect(patients.length).toBe(clients);
    expect(new Set(patients.map((patient) => patient['id'])).size).toBe(clients);
    const episodes = lines((await admin.request('GET', '/api/v1/clinic-export/EpisodeOfCare.ndjson')).body);
    expect(episodes.length).toBe(clients);
    const practitioners = new Set(lines((await admin.request('GET', '/api/v1/clinic-export/Practitioner.ndjson')).body).map((p) => `Practitioner/${String(p['id'])}`));
    expect(episodes.every((episode) => practitioners.has((episode['careManager'] as { reference: string }).reference))).toBeTrue();
    expect((await exportsAudited()).slice(before).map((event) => event.fields)).toEqual(['Patient', 'EpisodeOfCare', 'Practitioner']);
  });

  it('carries no clinical content (the stated policy: the assignment view only)', async () => {
    const patients = lines((await admin.request('GET', '/api/v1/clinic-export/Patient.ndjson')).body);
    const keys = new Set(patients.flatMap((patient) => Object.keys(patient)));
    expect([...keys].sort()).toEqual(['active', 'id', 'identifier', 'name', 'resourceType']);
    const episodes = lines((await admin.request('GET', '/api/v1/clinic-export/EpisodeOfCare.ndjson')).body);
    expect([...new Set(episodes.flatMap((episode) => Object.keys(episode)))].sort()).toEqual(['careManager', 'id', 'patient', 'resourceType', 'status']);
  });

  it('is for administrators only; other files are refused', async () => {
    expect((await therapist.request('GET', '/api/v1/clinic-export')).statusCode).toBe(403);
    expect((await therapist.request('GET', '/api/v1/clinic-export/Patient.ndjson')).statusCode).toBe(403);
    expect((await admin.request('GET', '/api/v1/clinic-export/Observation.ndjson')).statusCode).toBe(400);
  });
});
