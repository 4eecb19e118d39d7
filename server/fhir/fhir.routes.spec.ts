import type { Bundle, DocumentReference, Encounter, Resource } from '@medplum/fhirtypes';
import { DEMO_PASSWORD, generateDemoClinic, insertDemoClinic } from '../seed/demo-clinic';
import { emptyValues, profileErrors, schemaErrors, unknownHl7Codes, unresolvedReferences } from '../spec/helpers/fhir-validation';
import { addUser, Browser, createTestApp, type TestApp, type TestUser } from '../spec/helpers/test-app';
import { addClient } from '../spec/helpers/test-clients';
import { memberBody } from '../spec/helpers/test-network';

const resourcesOf = (bundle: Bundle): Resource[] => (bundle.entry ?? []).map((entry) => entry.resource!);
const ofType = <T extends Resource>(bundle: Bundle, type: T['resourceType']) => resourcesOf(bundle).filter((resource): resource is T => resource.resourceType === type);

describe('FHIR export of every demo client', () => {
  let t: TestApp;
  const bundles = new Map<string, Bundle>();

  beforeAll(async () => {
    t = await createTestApp({ fhirBaseUrl: 'https://clinic.example/fhir' });
    const clinic = await generateDemoClinic(undefined, 20261125, t.clock.now());
    await insertDemoClinic(t.database.db, clinic);
    for (const therapist of clinic.users.filter((user) => user.role === 'therapist')) {
      const browser = new Browser(t.app);
      expect((await browser.signIn(therapist.email, DEMO_PASSWORD)).statusCode).toBe(200);
      for (const { client } of clinic.clients.filter((record) => record.client.therapist_id === therapist.id)) {
        const response = await browser.request('GET', `/api/v1/clients/${client.id}/fhir`);
        expect(response.statusCode).withContext(client.case_number).toBe(200);
        expect(response.headers['content-type']).toContain('application/fhir+json');
        bundles.set(client.case_number, response.json());
      }
    }
  }, 180_000);

  afterAll(async () => t.close());

  it('has checks that catch what they are for (a wrong date, a Group of RelatedPersons, an invented code)', () => {
    expect(schemaErrors({ resourceType: 'Patient', birthDate: '12/04/1990' })).not.toEqual([]);
    expect(schemaErrors({ resourceType: 'Patient', nickname: 'Sam' } as Resource)).not.toEqual([]);
    const group = { resourceType: 'Group', type: 'person', actual: true, member: [{ entity: { reference: 'RelatedPerson/x' } }] } as Resource;
    expect(schemaErrors(group)).toEqual([]);
    expect(profileErrors(group)).toEqual([jasmine.stringContaining('Group.member.entity may not reference RelatedPerson')]);
    expect(profileErrors({ resourceType: 'Flag', status: 'active' } as Resource)).toEqual(jasmine.arrayContaining(['Flag.code is required', 'Flag.subject is required']));
    expect(unknownHl7Codes({ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-RoleCode', code: 'COUSINISH' }] })).toEqual([
      'http://terminology.hl7.org/CodeSystem/v3-RoleCode#COUSINISH',
    ]);
  });

  it('exports a collection bundle for each of them', () => {
    expect(bundles.size).toBeGreaterThan(40);
    for (const [caseNumber, bundle] of bundles) {
      expect(bundle.resourceType).withContext(caseNumber).toBe('Bundle');
      expect(bundle.type).withContext(caseNumber).toBe('collection');
      expect(ofType(bundle, 'Patient').length).withContext(caseNumber).toBe(1);
    }
  });

  it('has every resource valid against the official R4 JSON schema', () => {
    let checked = 0;
    const failures: string[] = [];
    for (const [caseNumber, bundle] of bundles) {
      // The envelope alone: checking entries through R4's ResourceList (a oneOf over every resource
      // type) would cost minutes; each resource is checked against its own definition below.
      const envelope = { ...bundle, entry: bundle.entry?.map(({ resource: _checkedBelow, ...entry }) => entry) };
      failures.push(...schemaErrors(envelope).map((error) => `${caseNumber} Bundle ${error}`));
      for (const resource of resourcesOf(bundle)) {
        checked++;
        failures.push(...schemaErrors(resource).map((error) => `${caseNumber} ${resource.resourceType}/${resource.id} ${error}`));
      }
    }
    expect(failures.slice(0, 20)).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  }, 120_000);

  it('meets what the R4 profiles add: required elements and allowed reference targets', () => {
    const failures = [...bundles].flatMap(([caseNumber, bundle]) =>
      resourcesOf(bundle).flatMap((resource) => profileErrors(resource).map((error) => `${caseNumber} ${resource.resourceType}/${resource.id} ${error}`)),
    );
    expect(failures.slice(0, 20)).toEqual([]);
  });

  it('uses only HL7 codes that exist, resolves every reference in the bundle and holds no empty values', () => {
    for (const [caseNumber, bundle] of bundles) {
      expect(unknownHl7Codes(bundle)).withContext(caseNumber).toEqual([]);
      expect(unresolvedReferences(bundle)).withContext(caseNumber).toEqual([]);
      expect(emptyValues(bundle)).withContext(caseNumber).toEqual([]);
      const fullUrls = (bundle.entry ?? []).map((entry) => entry.fullUrl);
      expect(new Set(fullUrls).size).withContext(caseNumber).toBe(fullUrls.length);
      expect(fullUrls.every((url) => url!.startsWith('https://clinic.example/fhir/'))).withContext(caseNumber).toBeTrue();
    }
  });

  it('covers every kind of resource the issue asks for across the demo clinic', () => {
    const types = new Set([...bundles.values()].flatMap((bundle) => resourcesOf(bundle).map((resource) => resource.resourceType)));
    for (const type of ['Patient', 'RelatedPerson', 'CareTeam', 'Consent', 'Encounter', 'Questionnaire', 'QuestionnaireResponse', 'Observation', 'Flag', 'DocumentReference']) {
      expect(types.has(type as Resource['resourceType'])).withContext(type).toBeTrue();
    }
    const relationships = [...bundles.values()].flatMap((bundle) => ofType<Resource & { relationship?: { coding?: { code?: string }[] }[] }>(bundle, 'RelatedPerson'));
    const codes = new Set(relationships.flatMap((person) => person.relationship?.[0]?.coding?.map((coding) => coding.code) ?? []));
    expect(codes.has('SIB') || codes.has('PRN') || codes.has('FRND')).toBeTrue();
  });
});

describe('FHIR export access, audit and clinical-only fields', () => {
  let t: TestApp;
  let therapist: TestUser;
  let browsers: Record<'own' | 'colleague' | 'otherTeam' | 'supervisor' | 'otherSupervisor' | 'admin', Browser>;
  let clientId: string;
  let sessionId: string;
  let noteId: string;
  let siblingId: string;
  const noteFirst = 'Sister now visits on Sundays';
  const noteAmended = 'Sister now visits on Sundays and calls midweek';
  const dynamics = 'Mother speaks over the client whenever money comes up';
  const risk = 'Client mentioned giving away belongings';

  const exportAs = (browser: Browser, query = '') => browser.request('GET', `/api/v1/clients/${clientId}/fhir${query}`);
  const auditEvents = () => t.database.db.selectFrom('audit_events').selectAll().where('record_id', '=', clientId).execute();

  beforeAll(async () => {
    t = await createTestApp();
    const supervisor = await addUser(t, 'supervisor');
    const otherSupervisor = await addUser(t, 'supervisor');
    therapist = await addUser(t, 'therapist', { supervisorId: supervisor.id });
    const colleague = await addUser(t, 'therapist', { supervisorId: supervisor.id });
    const otherTeam = await addUser(t, 'therapist', { supervisorId: otherSupervisor.id });
    const admin = await addUser(t, 'admin');
    const users = { own: therapist, colleague, otherTeam, supervisor, otherSupervisor, admin };
    browsers = {} as typeof browsers;
    for (const [key, user] of Object.entries(users)) {
      const browser = new Browser(t.app);
      expect((await browser.signIn(user.email)).statusCode).toBe(200);
      browsers[key as keyof typeof browsers] = browser;
    }
    clientId = await addClient(t, therapist.id);
    const member = (await browsers.own.request('POST', `/api/v1/clients/${clientId}/network`, memberBody({ relationship: 'sibling' }))).json();
    siblingId = member.id;
    const note = await browsers.own.request('POST', `/api/v1/clients/${clientId}/notes`, { noteDate: '2026-11-18', text: noteFirst, memberIds: [member.id] });
    expect(note.statusCode).withContext(note.body).toBe(201);
    noteId = note.json().id;
    const amended = await browsers.own.request('POST', `/api/v1/clients/${clientId}/notes/${noteId}/amendments`, { text: noteAmended, memberIds: [member.id], reason: 'Added the calls', version: 1 });
    expect(amended.statusCode).withContext(amended.body).toBe(200);
    await browsers.own.request('POST', `/api/v1/clients/${clientId}/network`, memberBody({ name: 'Hope Group', relationship: 'peer-support-group', consent: { status: 'not-asked', scope: '', givenOn: null, expiresOn: null } }));
    const planned = await browsers.own.request('POST', `/api/v1/clients/${clientId}/sessions`, {
      type: 'family-session',
      modality: 'video',
      startsAt: '2026-11-20T14:00:00Z',
      pastSession: true,
      durationMinutes: 60,
      memberIds: [member.id],
    });
    expect(planned.statusCode).withContext(planned.body).toBe(201);
    sessionId = planned.json().id;
    const recorded = await browsers.own.request('PUT', `/api/v1/clients/${clientId}/sessions/${sessionId}/record`, {
      status: 'completed',
      attendance: [{ id: member.id, attendance: 'attended' }],
      goals: 'Agree how the family can help on weekends',
      summary: 'Talked it through.',
      dynamicsObservations: dynamics,
      riskConcerns: risk,
      followUps: [],
      version: 1,
    });
    expect(recorded.statusCode).withContext(recorded.body).toBe(200);
    const measure = await browsers.own.request('POST', `/api/v1/clients/${clientId}/measures`, {
      instrument: 'ucla-3',
      administeredOn: '2026-11-20',
      completedBy: 'self-report',
      answers: [3, 3, 2],
    });
    expect(measure.statusCode).withContext(measure.body).toBe(201);
  });

  afterAll(async () => t.close());

  it('lets the client’s therapist and their supervisor export, and answers others as if the client did not exist', async () => {
    expect((await exportAs(browsers.own)).statusCode).toBe(200);
    expect((await exportAs(browsers.supervisor)).statusCode).toBe(200);
    expect((await exportAs(browsers.colleague)).statusCode).toBe(404);
    expect((await exportAs(browsers.otherTeam)).statusCode).toBe(404);
    expect((await exportAs(browsers.otherSupervisor)).statusCode).toBe(404);
    expect((await new Browser(t.app).request('GET', `/api/v1/clients/${clientId}/fhir`)).statusCode).toBe(401);
  });

  it('refuses administrators, who read no client records, and discloses nothing to them', async () => {
    for (const query of ['', '?copy=family']) {
      const response = await exportAs(browsers.admin, query);
      expect(response.statusCode).toBe(403);
      expect(response.body).not.toContain('Samantha');
      expect(response.body).not.toContain(risk);
    }
    const events = await auditEvents();
    expect(events.some((event) => event.action.startsWith('export') && event.outcome === 'success' && event.user_id === null)).toBeFalse();
  });

  it('audits each export as an export, and each refusal as denied', async () => {
    const before = (await auditEvents()).length;
    await exportAs(browsers.own);
    await exportAs(browsers.own, '?copy=family');
    await exportAs(browsers.colleague);
    const events = (await auditEvents()).slice(before);
    expect(events.map((event) => [event.action, event.record_type, event.outcome]).sort()).toEqual(
      [
        ['export', 'fhir-bundle', 'success'],
        ['export-family-copy', 'fhir-bundle', 'success'],
        ['read', 'fhir-bundle', 'denied'],
      ].sort(),
    );
  });

  it('exports clinical-only session fields to clinicians, labelled restricted, and leaves them out of the family copy', async () => {
    for (const browser of [browsers.own, browsers.supervisor]) {
      const bundle: Bundle = (await exportAs(browser)).json();
      const encounter = ofType<Encounter>(bundle, 'Encounter').find((resource) => resource.id === sessionId)!;
      expect(JSON.stringify(encounter)).toContain(dynamics);
      expect(JSON.stringify(encounter)).toContain(risk);
      expect(encounter.meta?.security?.map((label) => label.code)).toEqual(['R']);
      expect(ofType(bundle, 'Flag').map((flag) => flag.id)).toContain(`${clientId}-risk-noted`);
    }
    const family = await exportAs(browsers.own, '?copy=family');
    expect(family.statusCode).toBe(200);
    expect(family.body).not.toContain(dynamics);
    expect(family.body).not.toContain(risk);
    expect(family.body).not.toContain('session-risk-concerns');
    expect(family.body).toContain('Agree how the family can help on weekends');
    expect(ofType(family.json(), 'Flag').map((flag) => flag.id)).not.toContain(`${clientId}-risk-noted`);
  });

  it('exports each support note as DocumentReferences, one per version, each amendment replacing the one before', async () => {
    const bundle: Bundle = (await exportAs(browsers.supervisor)).json();
    const documents = ofType<DocumentReference>(bundle, 'DocumentReference');
    const textOf = (document: DocumentReference) => Buffer.from(document.content[0]!.attachment.data!, 'base64').toString('utf8');
    const current = documents.find((document) => document.id === noteId)!;
    const original = documents.find((document) => document.id === `${noteId}-v1`)!;

    expect(documents.length).toBe(2);
    expect([original.status, original.docStatus, textOf(original)]).toEqual(['superseded', 'final', noteFirst]);
    expect([current.status, current.docStatus, textOf(current)]).toEqual(['current', 'amended', noteAmended]);
    expect(current.relatesTo).toEqual([{ code: 'replaces', target: { reference: `DocumentReference/${noteId}-v1` } }]);
    expect(current.extension).toEqual([{ url: `${t.config.fhirBaseUrl}/StructureDefinition/amendment-reason`, valueString: 'Added the calls' }]);
    expect(current.subject).toEqual({ reference: `Patient/${clientId}` });
    expect(current.context).toEqual({ period: { start: '2026-11-18' }, related: [{ reference: `RelatedPerson/${siblingId}` }] });
    expect(current.author).toEqual([{ reference: `Practitioner/${therapist.id}`, display: jasmine.any(String) }]);
    expect(ofType(bundle, 'Practitioner').map((practitioner) => practitioner.id)).toContain(therapist.id);
    for (const document of documents) {
      expect(schemaErrors(document)).withContext(document.id!).toEqual([]);
      expect(profileErrors(document)).withContext(document.id!).toEqual([]);
    }
    expect(unresolvedReferences(bundle)).toEqual([]);
  });

  it('puts support notes in the family copy too (no note field is clinical-only), and never before an administrator', async () => {
    const family = (await exportAs(browsers.own, '?copy=family')).json() as Bundle;
    expect(ofType<DocumentReference>(family, 'DocumentReference').map((document) => document.id).sort()).toEqual([noteId, `${noteId}-v1`].sort());

    const refused = await exportAs(browsers.admin);
    expect(refused.statusCode).toBe(403);
    expect(refused.body).not.toContain('DocumentReference');
    expect(refused.body).not.toContain(Buffer.from(noteAmended).toString('base64'));
  });

  it('refuses an unknown copy with 400 naming the field', async () => {
    const response = await exportAs(browsers.own, '?copy=everyone');
    expect(response.statusCode).toBe(400);
    expect(JSON.stringify(response.json().errors)).toContain('copy');
  });

  it('maps the network, consent, session, measure and flags as the issue describes', async () => {
    const bundle: Bundle = (await exportAs(browsers.own)).json();
    const people = ofType<Resource & { relationship: { coding?: { system?: string; code?: string }[]; text: string }[] }>(bundle, 'RelatedPerson');
    const sibling = people.find((person) => person.relationship[0]!.text === 'Sibling')!;
    expect(sibling.relationship[0]!.coding![0]).toEqual(jasmine.objectContaining({ system: 'http://terminology.hl7.org/CodeSystem/v3-RoleCode', code: 'SIB' }));
    const group = people.find((person) => person.relationship[0]!.text === 'Peer-support group')!;
    expect(group.relationship[0]!.coding!.some((coding) => coding.system!.includes('v3-RoleCode'))).toBeFalse();
    // Consent for the sibling (granted); none for the group (never asked).
    expect(ofType(bundle, 'Consent').map((consent) => consent.id)).toEqual([`consent-${sibling.id}`]);
    const [team] = ofType<Resource & { participant: { extension: { url: string }[] }[] }>(bundle, 'CareTeam');
    expect(team!.participant.length).toBe(2);
    const urls = new Set(team!.participant.flatMap((participant) => participant.extension.map((extension) => extension.url)));
    for (const name of ['support-type', 'tie-strength', 'tie-quality']) {
      expect(urls.has(`${t.config.fhirBaseUrl}/StructureDefinition/${name}`)).withContext(name).toBeTrue();
    }
    const observations = ofType<Resource & { id: string; valueQuantity: { value: number }; interpretation?: { text: string }[] }>(bundle, 'Observation');
    const total = observations.find((observation) => observation.id.endsWith('-total'))!;
    expect(total.valueQuantity.value).toBe(8);
    expect(total.interpretation![0]!.text).toBe('Lonely');
    expect(ofType(bundle, 'Questionnaire').map((questionnaire) => questionnaire.id).sort()).toEqual(['lsns-6', 'mspss', 'ucla-3']);
    expect(ofType(bundle, 'QuestionnaireResponse').length).toBe(1);
    expect(ofType(bundle, 'Flag').map((flag) => flag.id)).toContain(`${clientId}-loneliness`);
  });
});
