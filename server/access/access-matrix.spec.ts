import { addUser, Browser, createTestApp, type TestApp } from '../spec/helpers/test-app';
import { addClient, clientBody } from '../spec/helpers/test-clients';
import { memberBody } from '../spec/helpers/test-network';
import { groupBody } from '../spec/helpers/test-groups';
import { foreignBundle } from '../spec/helpers/test-fhir';
import { referralBody } from '../spec/helpers/test-referrals';

/**
 * Every client, account and audit route × every kind of caller, with the exact status each gets.
 * "own" = the client's therapist; "colleague" = another therapist on the same team; "other team" =
 * a therapist elsewhere; "team supervisor" supervises the client's therapist; "facilitator" is a
 * therapist of another team who runs the group the client attends (issue #16): for the client's own
 * records they are another team's therapist, so a row that does not name them expects what "other
 * team" gets.
 */
type Caller = 'own' | 'colleague' | 'other team' | 'facilitator' | 'team supervisor' | 'other supervisor' | 'admin' | 'signed out';
const CALLERS: Caller[] = ['own', 'colleague', 'other team', 'facilitator', 'team supervisor', 'other supervisor', 'admin', 'signed out'];

describe('access matrix', () => {
  let t: TestApp;
  let browsers: Record<Caller, Browser>;
  let clientId: string;
  let ids: Record<string, string>;
  let memberId: string;
  let noteId: string;
  let sessionId: string;
  let selfReportId: string;
  let groupId: string;
  let referralGroupId: string;
  let meetingId: string;
  let programmeId: string;
  let ownEmail: string;

  beforeAll(async () => {
    t = await createTestApp();
    const supervisor = await addUser(t, 'supervisor');
    const otherSupervisor = await addUser(t, 'supervisor');
    const own = await addUser(t, 'therapist', { supervisorId: supervisor.id });
    const colleague = await addUser(t, 'therapist', { supervisorId: supervisor.id });
    const otherTeam = await addUser(t, 'therapist', { supervisorId: otherSupervisor.id });
    const admin = await addUser(t, 'admin');
    const facilitator = await addUser(t, 'therapist', { supervisorId: otherSupervisor.id });
    // A password reset signs its target out, so it gets an account no caller uses.
    const resetTarget = await addUser(t, 'therapist', { supervisorId: supervisor.id });
    ids = { own: own.id, colleague: colleague.id, otherTeam: otherTeam.id, supervisor: supervisor.id, resetTarget: resetTarget.id, facilitator: facilitator.id };
    clientId = await addClient(t, own.id);
    ownEmail = own.email;
    const accounts: Record<Exclude<Caller, 'signed out'>, string> = {
      own: own.email,
      colleague: colleague.email,
      'other team': otherTeam.email,
      facilitator: facilitator.email,
      'team supervisor': supervisor.email,
      'other supervisor': otherSupervisor.email,
      admin: admin.email,
    };
    browsers = {} as Record<Caller, Browser>;
    for (const caller of CALLERS) {
      browsers[caller] = new Browser(t.app);
      if (caller !== 'signed out') {
        expect((await browsers[caller].signIn(accounts[caller])).statusCode).toBe(200);
      }
    }
  });

  beforeAll(async () => {
    const member = await browsers.own.request('POST', `/api/v1/clients/${clientId}/network`, memberBody());
    memberId = member.json().id;
    const note = await browsers.own.request('POST', `/api/v1/clients/${clientId}/notes`, { noteDate: '2026-03-01', text: 'A note', memberIds: [] });
    noteId = note.json().id;
    const session = await browsers.own.request('POST', `/api/v1/clients/${clientId}/sessions`, {
      type: 'family-session',
      modality: 'video',
      startsAt: '2026-12-01T14:00:00Z',
      durationMinutes: 60,
      memberIds: [memberId],
    });
    sessionId = session.json().id;
    const selfReport = await browsers.own.request('POST', `/api/v1/clients/${clientId}/self-report-requests`, { instruments: ['mspss'] });
    selfReportId = selfReport.json().request.id;
    // The client attends a group run by the facilitator (created by the client's team supervisor).
    groupId = (await browsers['team supervisor'].request('POST', '/api/v1/groups', groupBody([ids['facilitator']!]))).json().id;
    referralGroupId = (await browsers['team supervisor'].request('POST', '/api/v1/groups', groupBody([ids['facilitator']!], { name: 'Referral group' }))).json().id;
    const referral = (await browsers.own.request('POST', `/api/v1/clients/${clientId}/referrals`, referralBody({ groupId }))).json();
    await browsers.facilitator.request('POST', `/api/v1/groups/${groupId}/roster/${referral.enrolmentId}/decision`, { decision: 'accept', version: 1 });
    const meetings = (await browsers.facilitator.request('GET', `/api/v1/groups/${groupId}/meetings`)).json().items as { id: string; date: string }[];
    meetingId = meetings.find((meeting) => meeting.date === '2026-11-25')!.id;
    programmeId = (await browsers.admin.request('POST', '/api/v1/community-programmes', { name: 'Matrix directory entry', kind: 'community-centre' })).json().id;
  });

  async function meetingVersion(): Promise<number> {
    const row = await t.database.db.selectFrom('group_meetings').select('version').where('id', '=', meetingId).executeTakeFirstOrThrow();
    return row.version;
  }

  /** A fresh client of "own", referred to the group: a decision or leave per caller needs its own. */
  async function freshReferral(accepted: boolean): Promise<{ id: string; version: number }> {
    const fresh = await addClient(t, ids['own']!);
    const referral = (await browsers.own.request('POST', `/api/v1/clients/${fresh}/referrals`, referralBody({ groupId }))).json();
    if (!accepted) {
      return { id: referral.enrolmentId, version: 1 };
    }
    const decided = (await browsers.facilitator.request('POST', `/api/v1/groups/${groupId}/roster/${referral.enrolmentId}/decision`, { decision: 'accept', version: 1 })).json();
    return { id: decided.id, version: decided.version };
  }

  /** A fresh referral of the shared client to the directory entry, moved on to `status` by its therapist. */
  async function freshClientReferral(status: 'referred' | 'attending'): Promise<{ id: string; version: number }> {
    let referral = (await browsers.own.request('POST', `/api/v1/clients/${clientId}/referrals`, referralBody({ programmeId }))).json();
    if (status === 'attending') {
      for (const [next, on] of [['contacted', '2026-11-21'], ['attending', '2026-11-22']] as const) {
        referral = (await browsers.own.request('POST', `/api/v1/clients/${clientId}/referrals/${referral.id}/status`, { status: next, on, version: referral.version })).json();
      }
    }
    return { id: referral.id, version: referral.version };
  }

  afterAll(async () => {
    await t.close();
  });

  async function versionOf(table: 'network_members' | 'support_notes', id: string): Promise<number> {
    const row = await t.database.db.selectFrom(table).select('version').where('id', '=', id).executeTakeFirstOrThrow();
    return row.version;
  }

  async function currentVersion(): Promise<number> {
    const row = await t.database.db.selectFrom('clients').select('version').where('id', '=', clientId).executeTakeFirstOrThrow();
    return row.version;
  }

  let caseloadRows = 0;
  /** A valid one-row caseload file with a new case number each time. */
  const caseloadCsv = () =>
    'caseNumber,legalName,dateOfBirth,primaryConcerns,treatmentStart,familyConsent,therapistEmail\n' +
    `MATRIX-CSV-${++caseloadRows},Matrix Row,1990-01-01,depression,2026-01-05,granted,${ownEmail}\n`;

  interface RouteCase {
    readonly name: string;
    readonly call: (browser: Browser) => Promise<{ statusCode: number }>;
    readonly expected: Record<Exclude<Caller, 'facilitator'>, number> & { readonly facilitator?: number };
  }

  const routes: RouteCase[] = [
    {
      name: 'GET /clients/:id',
      call: (b) => b.request('GET', `/api/v1/clients/${clientId}`),
      expected: { own: 200, colleague: 404, 'other team': 404, 'team supervisor': 200, 'other supervisor': 404, admin: 200, 'signed out': 401 },
    },
    {
      name: 'GET /clients/:id/history',
      call: (b) => b.request('GET', `/api/v1/clients/${clientId}/history`),
      expected: { own: 200, colleague: 404, 'other team': 404, 'team supervisor': 200, 'other supervisor': 404, admin: 403, 'signed out': 401 },
    },
    {
      name: 'PUT /clients/:id',
      call: async (b) => b.request('PUT', `/api/v1/clients/${clientId}`, { ...clientBody({ caseNumber: 'MATRIX-1' }), version: await currentVersion() }),
      expected: { own: 200, colleague: 404, 'other team': 404, 'team supervisor': 403, 'other supervisor': 404, admin: 403, 'signed out': 401 },
    },
    {
      name: 'POST /clients/:id/status',
      call: async (b) => b.request('POST', `/api/v1/clients/${clientId}/status`, { status: 'on-hold', version: await currentVersion() }),
      expected: { own: 200, colleague: 404, 'other team': 404, 'team supervisor': 403, 'other supervisor': 404, admin: 403, 'signed out': 401 },
    },
    {
      name: 'PUT /clients/:id/assignment',
      call: async (b) => b.request('PUT', `/api/v1/clients/${clientId}/assignment`, { therapistId: ids['own'], version: await currentVersion() }),
      expected: { own: 403, colleague: 404, 'other team': 404, 'team supervisor': 200, 'other supervisor': 404, admin: 200, 'signed out': 401 },
    },
    {
      // A read sent as POST (the term stays out of the URL): every role may search, supervisors included.
      name: 'POST /clients/search',
      call: (b) => b.request('POST', '/api/v1/clients/search', { search: 'a', status: 'all' }),
      expected: { own: 200, colleague: 200, 'other team': 200, 'team supervisor': 200, 'other supervisor': 200, admin: 200, 'signed out': 401 },
    },
    {
      // Validation runs before the sign-in check, so even a signed-out caller learns only "not here".
      name: 'GET /clients?search (a term in the URL)',
      call: (b) => b.request('GET', '/api/v1/clients?search=a'),
      expected: { own: 400, colleague: 400, 'other team': 400, 'team supervisor': 400, 'other supervisor': 400, admin: 400, 'signed out': 400 },
    },
    {
      name: 'POST /clients',
      call: (b) => b.request('POST', '/api/v1/clients', clientBody()),
      expected: { own: 201, colleague: 201, 'other team': 201, 'team supervisor': 403, 'other supervisor': 403, admin: 403, 'signed out': 401 },
    },
    {
      name: 'GET /clients/:id/network',
      call: (b) => b.request('GET', `/api/v1/clients/${clientId}/network`),
      expected: { own: 200, colleague: 404, 'other team': 404, 'team supervisor': 200, 'other supervisor': 404, admin: 403, 'signed out': 401 },
    },
    {
      name: 'GET /clients/:id/network?asOf',
      call: (b) => b.request('GET', `/api/v1/clients/${clientId}/network?asOf=2026-02-01`),
      expected: { own: 200, colleague: 404, 'other team': 404, 'team supervisor': 200, 'other supervisor': 404, admin: 403, 'signed out': 401 },
    },
    {
      name: 'POST /clients/:id/network',
      call: (b) => b.request('POST', `/api/v1/clients/${clientId}/network`, memberBody({ name: 'Matrix member' })),
      expected: { own: 201, colleague: 404, 'other team': 404, 'team supervisor': 403, 'other supervisor': 404, admin: 403, 'signed out': 401 },
    },
    {
      name: 'PUT /clients/:id/network/:memberId',
      call: async (b) =>
        b.request('PUT', `/api/v1/clients/${clientId}/network/${memberId}`, { ...memberBody(), version: await versionOf('network_members', memberId) }),
      expected: { own: 200, colleague: 404, 'other team': 404, 'team supervisor': 403, 'other supervisor': 404, admin: 403, 'signed out': 401 },
    },
    {
      name: 'GET /clients/:id/notes',
      call: (b) => b.request('GET', `/api/v1/clients/${clientId}/notes`),
      expected: { own: 200, colleague: 404, 'other team': 404, 'team supervisor': 200, 'other supervisor': 404, admin: 403, 'signed out': 401 },
    },
    {
      name: 'POST /clients/:id/notes',
      call: (b) => b.request('POST', `/api/v1/clients/${clientId}/notes`, { noteDate: '2026-03-02', text: 'Matrix note', memberIds: [] }),
      expected: { own: 201, colleague: 404, 'other team': 404, 'team supervisor': 403, 'other supervisor': 404, admin: 403, 'signed out': 401 },
    },
    {
      name: 'POST /clients/:id/notes/:noteId/amendments',
      call: async (b) =>
        b.request('POST', `/api/v1/clients/${clientId}/notes/${noteId}/amendments`, {
          text: 'Amended in the matrix',
          memberIds: [],
          reason: 'Matrix',
          version: await versionOf('support_notes', noteId),
        }),
      expected: { own: 200, colleague: 404, 'other team': 404, 'team supervisor': 403, 'other supervisor': 404, admin: 403, 'signed out': 401 },
    },
    {
      name: 'GET /clients/:id/notes/:noteId/history',
      call: (b) => b.request('GET', `/api/v1/clients/${clientId}/notes/${noteId}/history`),
      expected: { own: 200, colleague: 404, 'other team': 404, 'team supervisor': 200, 'other supervisor': 404, admin: 403, 'signed out': 401 },
    },
    {
      name: 'GET /clients/:id/sessions',
      call: (b) => b.request('GET', `/api/v1/clients/${clientId}/sessions`),
      expected: { own: 200, colleague: 404, 'other team': 404, 'team supervisor': 200, 'other supervisor': 404, admin: 403, 'signed out': 401 },
    },
    {
      name: 'POST /clients/:id/sessions',
      call: (b) =>
        b.request('POST', `/api/v1/clients/${clientId}/sessions`, {
          type: 'network-meeting',
          modality: 'phone',
          startsAt: '2027-01-05T10:00:00Z',
          durationMinutes: 30,
          overlapAcknowledged: true,
        }),
      expected: { own: 201, colleague: 404, 'other team': 404, 'team supervisor': 403, 'other supervisor': 404, admin: 403, 'signed out': 401 },
    },
    {
      name: 'PUT /clients/:id/sessions/:sessionId/record',
      call: async (b) => {
        const row = await t.database.db.selectFrom('family_sessions').select(['version', 'status']).where('id', '=', sessionId).executeTakeFirstOrThrow();
        return b.request('PUT', `/api/v1/clients/${clientId}/sessions/${sessionId}/record`, {
          status: 'planned',
          goals: 'Matrix',
          version: row.version,
          amendmentReason: row.status === 'completed' ? 'Matrix' : null,
        });
      },
      expected: { own: 200, colleague: 404, 'other team': 404, 'team supervisor': 403, 'other supervisor': 404, admin: 403, 'signed out': 401 },
    },
    {
      name: 'POST /clients/:id/sessions/:sessionId/printouts',
      call: (b) => b.request('POST', `/api/v1/clients/${clientId}/sessions/${sessionId}/printouts`, { copy: 'family' }),
      expected: { own: 200, colleague: 404, 'other team': 404, 'team supervisor': 200, 'other supervisor': 404, admin: 403, 'signed out': 401 },
    },
    {
      name: 'GET /clients/:id/sessions/:sessionId/calendar.ics',
      call: (b) => b.request('GET', `/api/v1/clients/${clientId}/sessions/${sessionId}/calendar.ics`),
      expected: { own: 200, colleague: 404, 'other team': 404, 'team supervisor': 200, 'other supervisor': 404, admin: 403, 'signed out': 401 },
    },
    {
      name: 'GET /sessions/agenda',
      call: (b) => b.request('GET', '/api/v1/sessions/agenda?from=2026-11-01&to=2026-12-31'),
      expected: { own: 200, colleague: 200, 'other team': 200, 'team supervisor': 403, 'other supervisor': 403, admin: 403, 'signed out': 401 },
    },
    {
      name: 'GET /users',
      call: (b) => b.request('GET', '/api/v1/users'),
      expected: { own: 403, colleague: 403, 'other team': 403, 'team supervisor': 403, 'other supervisor': 403, admin: 200, 'signed out': 401 },
    },
    {
      name: 'POST /users/search',
      call: (b) => b.request('POST', '/api/v1/users/search', { search: 'clinic' }),
      expected: { own: 403, colleague: 403, 'other team': 403, 'team supervisor': 403, 'other supervisor': 403, admin: 200, 'signed out': 401 },
    },
    {
      name: 'POST /users',
      call: (b) => b.request('POST', '/api/v1/users', { name: 'New Person', email: `new-${Math.random()}@clinic.test`, role: 'supervisor' }),
      expected: { own: 403, colleague: 403, 'other team': 403, 'team supervisor': 403, 'other supervisor': 403, admin: 201, 'signed out': 401 },
    },
    {
      name: 'POST /users/:id/password-reset',
      call: (b) => b.request('POST', `/api/v1/users/${ids['resetTarget']}/password-reset`),
      expected: { own: 403, colleague: 403, 'other team': 403, 'team supervisor': 403, 'other supervisor': 403, admin: 200, 'signed out': 401 },
    },
    {
      name: 'GET /therapists',
      call: (b) => b.request('GET', '/api/v1/therapists'),
      expected: { own: 403, colleague: 403, 'other team': 403, 'team supervisor': 200, 'other supervisor': 200, admin: 200, 'signed out': 401 },
    },
    {
      name: 'GET /audit-events',
      call: (b) => b.request('GET', '/api/v1/audit-events'),
      expected: { own: 403, colleague: 403, 'other team': 403, 'team supervisor': 403, 'other supervisor': 403, admin: 200, 'signed out': 401 },
    },
    // The client's record as FHIR and as a printed complete record (#19): clinicians who may read the client; administrators read no client records.
    {
      name: 'GET /clients/:id/fhir',
      call: (b) => b.request('GET', `/api/v1/clients/${clientId}/fhir`),
      expected: { own: 200, colleague: 404, 'other team': 404, 'team supervisor': 200, 'other supervisor': 404, admin: 403, 'signed out': 401 },
    },
    {
      name: 'POST /clients/:id/record-printouts',
      call: (b) => b.request('POST', `/api/v1/clients/${clientId}/record-printouts`, {}),
      expected: { own: 200, colleague: 404, 'other team': 404, 'team supervisor': 200, 'other supervisor': 404, admin: 403, 'signed out': 401 },
    },
    // Importing a client from a FHIR bundle (#19): therapists, into their own caseload; supervisors read only, administrators hold no clinical content.
    {
      name: 'POST /fhir-imports/preview',
      call: (b) => b.request('POST', '/api/v1/fhir-imports/preview', foreignBundle()),
      expected: { own: 200, colleague: 200, 'other team': 200, 'team supervisor': 403, 'other supervisor': 403, admin: 403, 'signed out': 401 },
    },
    {
      name: 'POST /fhir-imports',
      call: (b) => b.request('POST', '/api/v1/fhir-imports', foreignBundle()),
      expected: { own: 201, colleague: 201, 'other team': 201, 'team supervisor': 403, 'other supervisor': 403, admin: 403, 'signed out': 401 },
    },
    // The caseload CSV import (#19) assigns therapists: administrators only.
    {
      name: 'POST /caseload-imports/preview',
      call: (b) => b.request('POST', '/api/v1/caseload-imports/preview', { csv: caseloadCsv() }),
      expected: { own: 403, colleague: 403, 'other team': 403, 'team supervisor': 403, 'other supervisor': 403, admin: 200, 'signed out': 401 },
    },
    {
      name: 'POST /caseload-imports',
      call: (b) => b.request('POST', '/api/v1/caseload-imports', { csv: caseloadCsv() }),
      expected: { own: 403, colleague: 403, 'other team': 403, 'team supervisor': 403, 'other supervisor': 403, admin: 201, 'signed out': 401 },
    },
    // The clinic export (#19): administrators only, and it carries the assignment view, no clinical content.
    {
      name: 'GET /clinic-export',
      call: (b) => b.request('GET', '/api/v1/clinic-export'),
      expected: { own: 403, colleague: 403, 'other team': 403, 'team supervisor': 403, 'other supervisor': 403, admin: 200, 'signed out': 401 },
    },
    {
      name: 'GET /clinic-export/Patient.ndjson',
      call: (b) => b.request('GET', '/api/v1/clinic-export/Patient.ndjson'),
      expected: { own: 403, colleague: 403, 'other team': 403, 'team supervisor': 403, 'other supervisor': 403, admin: 200, 'signed out': 401 },
    },
    // Self-report links (#15): therapists of the client send and withdraw, the team supervisor reads only.
    {
      name: 'GET /clients/:id/self-report-requests',
      call: (b) => b.request('GET', `/api/v1/clients/${clientId}/self-report-requests`),
      expected: { own: 200, colleague: 404, 'other team': 404, 'team supervisor': 200, 'other supervisor': 404, admin: 403, 'signed out': 401 },
    },
    {
      name: 'POST /clients/:id/self-report-requests',
      call: (b) => b.request('POST', `/api/v1/clients/${clientId}/self-report-requests`, { instruments: ['ucla-3'] }),
      expected: { own: 201, colleague: 404, 'other team': 404, 'team supervisor': 403, 'other supervisor': 404, admin: 403, 'signed out': 401 },
    },
    {
      // A new link for a waiting request (its old link stops working); each caller tries a fresh one,
      // since rows run in random order and the withdraw row closes the shared request.
      name: 'POST /clients/:id/self-report-requests/:requestId/link',
      call: async (b) => {
        const fresh = (await browsers.own.request('POST', `/api/v1/clients/${clientId}/self-report-requests`, { instruments: ['mspss'] })).json().request;
        return b.request('POST', `/api/v1/clients/${clientId}/self-report-requests/${fresh.id}/link`, { version: fresh.version });
      },
      expected: { own: 201, colleague: 404, 'other team': 404, 'team supervisor': 403, 'other supervisor': 404, admin: 403, 'signed out': 401 },
    },
    {
      name: 'POST /clients/:id/self-report-requests/:requestId/withdraw',
      call: async (b) => {
        const row = await t.database.db.selectFrom('self_report_requests').select('version').where('id', '=', selfReportId).executeTakeFirstOrThrow();
        return b.request('POST', `/api/v1/clients/${clientId}/self-report-requests/${selfReportId}/withdraw`, { version: row.version });
      },
      expected: { own: 200, colleague: 404, 'other team': 404, 'team supervisor': 403, 'other supervisor': 404, admin: 403, 'signed out': 401 },
    },
    {
      name: 'POST /clients/:id/self-report-seen',
      call: (b) => b.request('POST', `/api/v1/clients/${clientId}/self-report-seen`),
      expected: { own: 204, colleague: 404, 'other team': 404, 'team supervisor': 403, 'other supervisor': 404, admin: 403, 'signed out': 401 },
    },
    {
      name: 'GET /clients/:id/session-feedback-trend',
      call: (b) => b.request('GET', `/api/v1/clients/${clientId}/session-feedback-trend`),
      expected: { own: 200, colleague: 404, 'other team': 404, 'team supervisor': 200, 'other supervisor': 404, admin: 403, 'signed out': 401 },
    },
    {
      name: 'GET /clients/:id/sessions/:sessionId/feedback',
      call: (b) => b.request('GET', `/api/v1/clients/${clientId}/sessions/${sessionId}/feedback`),
      expected: { own: 200, colleague: 404, 'other team': 404, 'team supervisor': 200, 'other supervisor': 404, admin: 403, 'signed out': 401 },
    },
    {
      // The matrix's session is only planned: its therapist is told why (409), everyone else as for any write.
      name: 'POST /clients/:id/sessions/:sessionId/feedback-requests',
      call: (b) => b.request('POST', `/api/v1/clients/${clientId}/sessions/${sessionId}/feedback-requests`, { memberIds: [memberId] }),
      expected: { own: 409, colleague: 404, 'other team': 404, 'team supervisor': 403, 'other supervisor': 404, admin: 403, 'signed out': 401 },
    },
    {
      name: 'GET /groups',
      call: (b) => b.request('GET', '/api/v1/groups'),
      expected: { own: 200, colleague: 200, 'other team': 200, facilitator: 200, 'team supervisor': 200, 'other supervisor': 200, admin: 200, 'signed out': 401 },
    },
    {
      name: 'GET /groups/facilitator-options',
      call: (b) => b.request('GET', '/api/v1/groups/facilitator-options'),
      expected: { own: 403, colleague: 403, 'other team': 403, facilitator: 403, 'team supervisor': 200, 'other supervisor': 200, admin: 200, 'signed out': 401 },
    },
    {
      name: 'POST /groups',
      call: (b) => b.request('POST', '/api/v1/groups', groupBody([ids['facilitator']!], { name: 'Matrix group' })),
      expected: { own: 403, colleague: 403, 'other team': 403, facilitator: 403, 'team supervisor': 201, 'other supervisor': 201, admin: 201, 'signed out': 401 },
    },
    {
      name: 'GET /groups/:groupId',
      call: (b) => b.request('GET', `/api/v1/groups/${groupId}`),
      expected: { own: 200, colleague: 200, 'other team': 200, facilitator: 200, 'team supervisor': 200, 'other supervisor': 200, admin: 200, 'signed out': 401 },
    },
    {
      name: 'PUT /groups/:groupId',
      call: async (b) => {
        const row = await t.database.db.selectFrom('clinic_groups').select('version').where('id', '=', groupId).executeTakeFirstOrThrow();
        return b.request('PUT', `/api/v1/groups/${groupId}`, { ...groupBody([ids['facilitator']!]), version: row.version });
      },
      expected: { own: 403, colleague: 403, 'other team': 403, facilitator: 403, 'team supervisor': 200, 'other supervisor': 403, admin: 200, 'signed out': 401 },
    },
    {
      name: 'GET /groups/:groupId/roster',
      call: (b) => b.request('GET', `/api/v1/groups/${groupId}/roster`),
      expected: { own: 404, colleague: 404, 'other team': 404, facilitator: 200, 'team supervisor': 404, 'other supervisor': 404, admin: 403, 'signed out': 401 },
    },
    {
      name: 'POST /groups/:groupId/roster/:enrolmentId/decision',
      call: async (b) => {
        const referral = await freshReferral(false);
        return b.request('POST', `/api/v1/groups/${groupId}/roster/${referral.id}/decision`, { decision: 'decline', reason: 'Matrix', version: referral.version });
      },
      expected: { own: 404, colleague: 404, 'other team': 404, facilitator: 200, 'team supervisor': 404, 'other supervisor': 404, admin: 403, 'signed out': 401 },
    },
    {
      name: 'POST /groups/:groupId/roster/:enrolmentId/leave',
      call: async (b) => {
        const place = await freshReferral(true);
        return b.request('POST', `/api/v1/groups/${groupId}/roster/${place.id}/leave`, { leftOn: '2026-11-25', reason: 'Matrix', version: place.version });
      },
      expected: { own: 404, colleague: 404, 'other team': 404, facilitator: 200, 'team supervisor': 404, 'other supervisor': 404, admin: 403, 'signed out': 401 },
    },
    {
      name: 'GET /groups/:groupId/meetings',
      call: (b) => b.request('GET', `/api/v1/groups/${groupId}/meetings`),
      expected: { own: 404, colleague: 404, 'other team': 404, facilitator: 200, 'team supervisor': 404, 'other supervisor': 404, admin: 403, 'signed out': 401 },
    },
    {
      name: 'GET /groups/:groupId/meetings/:meetingId',
      call: (b) => b.request('GET', `/api/v1/groups/${groupId}/meetings/${meetingId}`),
      expected: { own: 404, colleague: 404, 'other team': 404, facilitator: 200, 'team supervisor': 404, 'other supervisor': 404, admin: 403, 'signed out': 401 },
    },
    {
      name: 'PUT /groups/:groupId/meetings/:meetingId',
      call: async (b) => b.request('PUT', `/api/v1/groups/${groupId}/meetings/${meetingId}`, { date: '2026-11-25', startTime: '18:30', cancelled: false, version: await meetingVersion() }),
      expected: { own: 404, colleague: 404, 'other team': 404, facilitator: 200, 'team supervisor': 404, 'other supervisor': 404, admin: 403, 'signed out': 401 },
    },
    {
      name: 'PUT /groups/:groupId/meetings/:meetingId/attendance',
      call: async (b) =>
        b.request('PUT', `/api/v1/groups/${groupId}/meetings/${meetingId}/attendance`, {
          entries: [{ clientId, attendance: 'present', progressNote: 'Matrix progress note' }],
          version: await meetingVersion(),
        }),
      expected: { own: 404, colleague: 404, 'other team': 404, facilitator: 200, 'team supervisor': 404, 'other supervisor': 404, admin: 403, 'signed out': 401 },
    },
    {
      name: 'PUT /groups/:groupId/meetings/:meetingId/group-note',
      call: async (b) => b.request('PUT', `/api/v1/groups/${groupId}/meetings/${meetingId}/group-note`, { groupNote: 'Matrix group note', version: await meetingVersion() }),
      expected: { own: 404, colleague: 404, 'other team': 404, facilitator: 200, 'team supervisor': 404, 'other supervisor': 404, admin: 403, 'signed out': 401 },
    },
    {
      name: 'GET /clients/:id/groups',
      call: (b) => b.request('GET', `/api/v1/clients/${clientId}/groups`),
      expected: { own: 200, colleague: 404, 'other team': 404, facilitator: 404, 'team supervisor': 200, 'other supervisor': 404, admin: 403, 'signed out': 401 },
    },
    {
      name: 'POST /clients/:id/referrals (to a clinic group)',
      call: (b) => b.request('POST', `/api/v1/clients/${clientId}/referrals`, referralBody({ groupId: referralGroupId })),
      expected: { own: 201, colleague: 404, 'other team': 404, facilitator: 404, 'team supervisor': 403, 'other supervisor': 404, admin: 403, 'signed out': 401 },
    },
    {
      name: 'GET /clients/:id/referrals',
      call: (b) => b.request('GET', `/api/v1/clients/${clientId}/referrals`),
      expected: { own: 200, colleague: 404, 'other team': 404, facilitator: 404, 'team supervisor': 200, 'other supervisor': 404, admin: 403, 'signed out': 401 },
    },
    {
      name: 'POST /clients/:id/referrals',
      call: (b) => b.request('POST', `/api/v1/clients/${clientId}/referrals`, referralBody({ programmeId })),
      expected: { own: 201, colleague: 404, 'other team': 404, facilitator: 404, 'team supervisor': 403, 'other supervisor': 404, admin: 403, 'signed out': 401 },
    },
    {
      name: 'POST /clients/:id/referrals/:referralId/status',
      call: async (b) => {
        const referral = await freshClientReferral('referred');
        return b.request('POST', `/api/v1/clients/${clientId}/referrals/${referral.id}/status`, { status: 'contacted', on: '2026-11-24', version: referral.version });
      },
      expected: { own: 200, colleague: 404, 'other team': 404, facilitator: 404, 'team supervisor': 403, 'other supervisor': 404, admin: 403, 'signed out': 401 },
    },
    {
      name: 'POST /clients/:id/referrals/:referralId/network-member',
      call: async (b) => {
        const referral = await freshClientReferral('attending');
        return b.request('POST', `/api/v1/clients/${clientId}/referrals/${referral.id}/network-member`, { memberId, version: referral.version });
      },
      expected: { own: 200, colleague: 404, 'other team': 404, facilitator: 404, 'team supervisor': 403, 'other supervisor': 404, admin: 403, 'signed out': 401 },
    },
    {
      name: 'POST /clients/:id/referrals/:referralId/letter',
      call: async (b) => {
        const referral = await freshClientReferral('referred');
        return b.request('POST', `/api/v1/clients/${clientId}/referrals/${referral.id}/letter`);
      },
      expected: { own: 200, colleague: 404, 'other team': 404, facilitator: 404, 'team supervisor': 200, 'other supervisor': 404, admin: 403, 'signed out': 401 },
    },
    {
      name: 'GET /community-programmes',
      call: (b) => b.request('GET', '/api/v1/community-programmes'),
      expected: { own: 200, colleague: 200, 'other team': 200, facilitator: 200, 'team supervisor': 200, 'other supervisor': 200, admin: 200, 'signed out': 401 },
    },
    {
      name: 'POST /community-programmes',
      call: (b) => b.request('POST', '/api/v1/community-programmes', { name: 'Matrix programme', kind: 'volunteering' }),
      expected: { own: 403, colleague: 403, 'other team': 403, facilitator: 403, 'team supervisor': 403, 'other supervisor': 403, admin: 201, 'signed out': 401 },
    },
    {
      name: 'PUT /community-programmes/:programmeId',
      call: async (b) => {
        const row = await t.database.db.selectFrom('community_programmes').select('version').where('id', '=', programmeId).executeTakeFirstOrThrow();
        return b.request('PUT', `/api/v1/community-programmes/${programmeId}`, { name: 'Matrix programme', kind: 'volunteering', version: row.version });
      },
      expected: { own: 403, colleague: 403, 'other team': 403, facilitator: 403, 'team supervisor': 403, 'other supervisor': 403, admin: 200, 'signed out': 401 },
    },
  ];

  for (const route of routes) {
    it(`${route.name} answers each caller exactly`, async () => {
      const actual = {} as Record<Caller, number>;
      for (const caller of CALLERS) {
        actual[caller] = (await route.call(browsers[caller])).statusCode;
      }
      expect(actual).toEqual({ facilitator: route.expected['other team'], ...route.expected });
    });
  }

  it('never lists another therapist\'s client, and gives an admin no clinical fields', async () => {
    const listed = async (caller: Caller) =>
      (await browsers[caller].request('GET', '/api/v1/clients?pageSize=100')).json().items as Record<string, unknown>[];
    expect((await listed('own')).map((c) => c['id'])).toContain(clientId);
    expect((await listed('team supervisor')).map((c) => c['id'])).toContain(clientId);
    for (const caller of ['colleague', 'other team', 'other supervisor'] as Caller[]) {
      expect((await listed(caller)).map((c) => c['id'])).withContext(caller).not.toContain(clientId);
    }
    const adminView = (await listed('admin')).find((c) => c['id'] === clientId)!;
    expect(Object.keys(adminView).sort()).toEqual(
      ['caseNumber', 'id', 'legalName', 'preferredName', 'status', 'therapistId', 'therapistName', 'version'].sort(),
    );
    const adminRecord = (await browsers.admin.request('GET', `/api/v1/clients/${clientId}`)).json();
    expect(adminRecord.dateOfBirth).toBeUndefined();
    expect(adminRecord.primaryConcerns).toBeUndefined();
  });

  it('never finds another therapist\'s client by searching for it, not even by its exact case number', async () => {
    const { case_number: caseNumber } = await t.database.db.selectFrom('clients').select('case_number').where('id', '=', clientId).executeTakeFirstOrThrow();
    const found = async (caller: Caller) => {
      const response = await browsers[caller].request('POST', '/api/v1/clients/search', { search: caseNumber, status: 'all', pageSize: 100 });
      expect(response.statusCode).withContext(caller).toBe(200);
      return (response.json().items as Record<string, unknown>[]).map((c) => c['id']);
    };
    expect(await found('own')).toContain(clientId);
    expect(await found('team supervisor')).toContain(clientId);
    for (const caller of ['colleague', 'other team', 'other supervisor'] as Caller[]) {
      expect(await found(caller)).withContext(caller).not.toContain(clientId);
    }
  });

  it('audits out-of-scope reads as denied', async () => {
    await browsers['other team'].request('GET', `/api/v1/clients/${clientId}`);
    const denied = await t.database.db
      .selectFrom('audit_events')
      .selectAll()
      .where('record_id', '=', clientId)
      .where('outcome', '=', 'denied')
      .where('user_id', '=', ids['otherTeam'])
      .execute();
    expect(denied.length).toBeGreaterThan(0);
  });
});
