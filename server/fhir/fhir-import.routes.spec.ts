import type { Bundle, BundleEntry } from '@medplum/fhirtypes';
import { FHIR_IMPORT_MAX_BYTES } from '@domain/clients/fhir-import';
import { instrumentOf } from '@domain/measures/instrument-catalog';
import { addUser, Browser, createTestApp, type TestApp, type TestUser } from '../spec/helpers/test-app';
import { addClient } from '../spec/helpers/test-clients';
import { foreignBundle } from '../spec/helpers/test-fhir';
import { memberBody } from '../spec/helpers/test-network';

type Entries = { resource: Record<string, unknown> }[];

describe('FHIR import of one client', () => {
  let t: TestApp;
  let therapist: TestUser;
  let own: Browser;
  let exported: Bundle;

  const counts = async () => ({
    clients: (await t.database.db.selectFrom('clients').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n,
    members: (await t.database.db.selectFrom('network_members').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n,
    measures: (await t.database.db.selectFrom('measures').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n,
  });
  /** The export with another case number, so it imports as a new client. */
  const withCaseNumber = (bundle: Bundle, caseNumber: string): Bundle => {
    const copy = structuredClone(bundle);
    const patient = copy.entry!.find((entry) => entry.resource!.resourceType === 'Patient')!.resource as { identifier: { value: string }[] };
    patient.identifier[0]!.value = caseNumber;
    return copy;
  };
  const entryIndex = (bundle: { entry?: unknown[] }, type: string) => (bundle.entry as Entries).findIndex((entry) => entry.resource['resourceType'] === type);

  beforeAll(async () => {
    t = await createTestApp({ fhirBaseUrl: 'https://clinic.example/fhir' });
    therapist = await addUser(t, 'therapist');
    own = new Browser(t.app);
    await own.signIn(therapist.email);
    const clientId = await addClient(t, therapist.id);
    expect((await own.request('POST', `/api/v1/clients/${clientId}/network`, memberBody())).statusCode).toBe(201);
    expect((await own.request('POST', `/api/v1/clients/${clientId}/measures`, { instrument: 'ucla-3', administeredOn: '2026-03-01', completedBy: 'self-report', answers: [1, 2, 3] })).statusCode).toBe(201);
    const note = (await own.request('POST', `/api/v1/clients/${clientId}/notes`, { noteDate: '2026-03-01', text: 'Sister visits on Sundays', memberIds: [] })).json();
    const amendment = { text: 'Sister visits on Sundays and Wednesdays', memberIds: [], reason: 'Midweek visits', version: 1 };
    expect((await own.request('POST', `/api/v1/clients/${clientId}/notes/${note.id}/amendments`, amendment)).statusCode).toBe(200);
    exported = (await own.request('GET', `/api/v1/clients/${clientId}/fhir`)).json();
  });

  afterAll(async () => t.close());

  it('previews what an export would create, scored by the domain, and stores nothing', async () => {
    const before = await counts();
    const response = await own.request('POST', '/api/v1/fhir-imports/preview', withCaseNumber(exported, 'PREVIEW-1'));
    expect(response.statusCode).toBe(200);
    const preview = response.json();
    expect(preview.client).toEqual(jasmine.objectContaining({ caseNumber: 'PREVIEW-1', legalName: 'Samantha Example', preferredName: 'Sam', status: 'active' }));
    expect(preview.members).toEqual([jasmine.objectContaining({ name: 'Jo Example', relationship: 'sibling', consent: 'granted' })]);
    const expected = instrumentOf('ucla-3').score([1, 2, 3]);
    expect(preview.measures).toEqual([{ instrument: 'ucla-3', administeredOn: '2026-03-01', total: expected.total, band: expected.band }]);
    expect(preview.recomputed).toEqual(jasmine.objectContaining({ Questionnaire: 3, Practitioner: 1 }));
    expect(await counts()).toEqual(before);
  });

  it('imports an export into the therapist\'s own caseload, audited, with network and measures', async () => {
    const response = await own.request('POST', '/api/v1/fhir-imports', withCaseNumber(exported, 'IMPORTED-1'));
    expect(response.statusCode).toBe(201);
    const { clientId, members, measures } = response.json();
    expect({ members, measures }).toEqual({ members: 1, measures: 1 });
    const client = (await own.request('GET', `/api/v1/clients/${clientId}`)).json();
    expect(client).toEqual(jasmine.objectContaining({ caseNumber: 'IMPORTED-1', therapistId: therapist.id, primaryConcerns: ['depression'] }));
    const network = (await own.request('GET', `/api/v1/clients/${clientId}/network`)).json();
    expect(JSON.stringify(network)).toContain('Jo Example');
    const stored = (await own.request('GET', `/api/v1/clients/${clientId}/measures`)).json().items;
    expect(stored.map((measure: { completedBy: string; answers: number[] }) => [measure.completedBy, measure.answers])).toEqual([['self-report', [1, 2, 3]]]);
    const audit = await t.database.db.selectFrom('audit_events').select(['record_type', 'record_id']).where('action', '=', 'import').execute();
    expect(audit.filter((event) => event.record_id === clientId).map((event) => event.record_type)).toEqual(['client']);
    expect(new Set(audit.map((event) => event.record_type))).toEqual(new Set(['client', 'measure', 'network-member']));
  });

  it('leaves an export\'s support notes out with a notice rather than refusing the bundle, and stores none', async () => {
    const bundle = withCaseNumber(exported, 'NOTES-1');
    expect(entryIndex(bundle, 'DocumentReference')).toBeGreaterThan(-1);
    const preview = await own.request('POST', '/api/v1/fhir-imports/preview', bundle);
    expect(preview.statusCode).withContext(preview.body).toBe(200);
    expect(preview.json().notices).toContain('2 support note versions are not imported: notes stay with the clinic whose clinicians wrote them.');

    const imported = await own.request('POST', '/api/v1/fhir-imports', bundle);
    expect(imported.statusCode).withContext(imported.body).toBe(201);
    const notes = await t.database.db.selectFrom('support_notes').select('id').where('client_id', '=', imported.json().clientId).execute();
    expect(notes).toEqual([]);
  });

  it('answers 409 for a case number already in the clinic, in the preview and the import', async () => {
    const before = await counts();
    expect((await own.request('POST', '/api/v1/fhir-imports/preview', exported)).statusCode).toBe(409);
    expect((await own.request('POST', '/api/v1/fhir-imports', exported)).statusCode).toBe(409);
    expect(await counts()).toEqual(before);
  });

  it('imports a bundle from another system: HL7 RoleCode read, missing facts filled in and said', async () => {
    const preview = (await own.request('POST', '/api/v1/fhir-imports/preview', foreignBundle({ caseNumber: 'EXT-1' }))).json();
    expect(preview.client).toEqual(jasmine.objectContaining({ legalName: 'Jordan Imported', preferredName: 'Jordan Imported', caseNumber: 'EXT-1', primaryConcerns: ['other'] }));
    expect(preview.members).toEqual([jasmine.objectContaining({ name: 'Alex Imported', relationship: 'parent', consent: 'not-asked' })]);
    expect(preview.notices.join(' ')).toContain('tie strength, quality and contact frequency');
    expect((await own.request('POST', '/api/v1/fhir-imports', foreignBundle({ caseNumber: 'EXT-1' }), { headers: { 'content-type': 'application/fhir+json' } })).statusCode).toBe(201);
  });

  describe('refuses bad input with the path of the element and stores nothing', () => {
    const refused = async (body: unknown) => {
      const before = await counts();
      const preview = await own.request('POST', '/api/v1/fhir-imports/preview', body);
      const response = await own.request('POST', '/api/v1/fhir-imports', body);
      expect(preview.statusCode).toBe(response.statusCode);
      expect(await counts()).toEqual(before);
      return response;
    };
    const fields = (response: { json(): { errors?: { field: string }[] } }) => (response.json().errors ?? []).map((error) => error.field);

    it('an unknown relationship code', async () => {
      const bundle = foreignBundle({ relationship: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-RoleCode', code: 'COUSINISH' }] } });
      const response = await refused(bundle);
      expect(response.statusCode).toBe(400);
      expect(fields(response)).toEqual(['entry[1].resource.relationship[0]']);
    });

    it('an unknown clinic code', async () => {
      const bundle = withCaseNumber(exported, 'BAD-CODE') as unknown as { entry: Entries };
      const index = entryIndex(bundle, 'CareTeam');
      const participant = (bundle.entry[index]!.resource['participant'] as { extension: { url: string; valueCoding: { code: string } }[] }[])[0]!;
      participant.extension.find((extension) => extension.url.endsWith('/tie-quality'))!.valueCoding.code = 'wonderful';
      const response = await refused(bundle);
      expect(response.statusCode).toBe(400);
      expect(fields(response)).toEqual([jasmine.stringMatching(new RegExp(`^entry\\[${index}\\]\\.resource\\.participant\\[0\\]\\.extension\\[\\d+\\]\\.valueCoding\\.code$`))]);
    });

    it('an unsupported resource (a family session)', async () => {
      const response = await refused(foreignBundle({ extra: [{ resource: { resourceType: 'Encounter', id: 'e1', status: 'finished' } }] }));
      expect(response.statusCode).toBe(400);
      expect(fields(response)).toEqual(['entry[2].resource.resourceType']);
    });

    it('invalid FHIR: a date in another form, an answer off the scale, a reference to another patient', async () => {
      const bundle = withCaseNumber(exported, 'BAD-FHIR') as unknown as { entry: Entries };
      const patient = bundle.entry[entryIndex(bundle, 'Patient')]!.resource;
      patient['birthDate'] = '12/04/1990';
      const responseIndex = entryIndex(bundle, 'QuestionnaireResponse');
      const items = bundle.entry[responseIndex]!.resource['item'] as { answer: { valueCoding?: unknown; valueInteger?: number }[] }[];
      items[1]!.answer = [{ valueInteger: 9 }];
      const personIndex = entryIndex(bundle, 'RelatedPerson');
      bundle.entry[personIndex]!.resource['patient'] = { reference: 'Patient/someone-else' };
      const response = await refused(bundle);
      expect(response.statusCode).toBe(400);
      expect(fields(response)).toEqual(
        jasmine.arrayWithExactContents([
          'entry[0].resource.birthDate',
          `entry[${responseIndex}].resource.item[1]`,
          `entry[${personIndex}].resource.patient`,
        ]),
      );
    });

    it('not a bundle, or no Patient', async () => {
      expect(fields(await refused({ resourceType: 'Patient' }))).toEqual(['resourceType']);
      expect(fields(await refused({ resourceType: 'Bundle', type: 'collection', entry: [] }))).toEqual(['entry']);
    });

    it('a body over the stated limit (413)', async () => {
      const bundle = foreignBundle() as { entry: BundleEntry[] };
      bundle.entry.push({ resource: { resourceType: 'Basic', id: 'padding', code: { text: 'x'.repeat(FHIR_IMPORT_MAX_BYTES) } } });
      const response = await refused(bundle);
      expect(response.statusCode).toBe(413);
    });
  });
});
