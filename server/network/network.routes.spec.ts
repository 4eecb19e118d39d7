import { addUser, Browser, createTestApp, type TestApp, type TestUser } from '../spec/helpers/test-app';
import { addClient } from '../spec/helpers/test-clients';
import { memberBody } from '../spec/helpers/test-network';

describe('network routes', () => {
  let t: TestApp;
  let therapist: TestUser;
  let browser: Browser;
  let clientId: string;
  let base: string;

  beforeEach(async () => {
    t = await createTestApp();
    therapist = await addUser(t, 'therapist');
    clientId = await addClient(t, therapist.id);
    base = `/api/v1/clients/${clientId}/network`;
    browser = new Browser(t.app);
    await browser.signIn(therapist.email);
  });

  afterEach(async () => {
    await t.close();
  });

  const countMembers = async () =>
    Number((await t.database.db.selectFrom('network_members').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  it('adds a member with its derived category and shows it in the network with the summary', async () => {
    const created = await browser.request('POST', base, memberBody());
    expect(created.statusCode).toBe(201);
    expect(created.json()).toEqual(jasmine.objectContaining({ category: 'family', version: 1, clientId }));
    const view = (await browser.request('GET', base)).json();
    expect(view.current).toBeTrue();
    expect(view.members.length).toBe(1);
    expect(view.summary).toEqual(
      jasmine.objectContaining({ activeMembers: 1, supportiveTies: 1, coveredSupportTypes: ['emotional', 'companionship'] }),
    );
  });

  const badInputs: [string, Record<string, unknown>, string][] = [
    ['an unknown relationship', { relationship: 'cousin-in-law' }, 'relationship'],
    ['an unknown support type', { supportTypes: ['spiritual'] }, 'supportTypes.0'],
    ['consent expiring before it was given', { consent: { status: 'granted', scope: '', givenOn: '2026-03-01', expiresOn: '2026-02-01' } }, 'consent.expiresOn'],
    ['granted consent without a date', { consent: { status: 'granted', scope: '', givenOn: null, expiresOn: null } }, 'consent.givenOn'],
    ['a start in the future', { activeFrom: '2999-01-01' }, 'activeFrom'],
    ['an over-long boundaries note', { boundariesNote: 'x'.repeat(20_001) }, 'boundariesNote'],
  ];
  for (const [what, overrides, field] of badInputs) {
    it(`refuses ${what} with 400 naming ${field}, storing nothing`, async () => {
      const response = await browser.request('POST', base, memberBody(overrides));
      expect(response.statusCode).toBe(400);
      expect(response.json().errors.map((error: { field: string }) => error.field)).toContain(field);
      expect(await countMembers()).toBe(0);
    });
  }

  it('refuses an end date before the start, and keeps the member active', async () => {
    const member = (await browser.request('POST', base, memberBody({ activeFrom: '2026-03-01' }))).json();
    const response = await browser.request('POST', `${base}/${member.id}/end`, { endedOn: '2026-02-01', endReason: 'Moved', version: 1 });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ field: 'endedOn', message: 'Cannot be before the relationship started.' }]);
    expect((await browser.request('GET', base)).json().members.length).toBe(1);
  });

  it('ends a relationship keeping its history, shows it in the past view, and re-activates it', async () => {
    const member = (await browser.request('POST', base, memberBody({ activeFrom: '2026-01-05' }))).json();
    const ended = await browser.request('POST', `${base}/${member.id}/end`, { endedOn: '2026-06-30', endReason: 'Moved abroad', version: 1 });
    expect(ended.statusCode).toBe(200);
    expect(ended.json()).toEqual(jasmine.objectContaining({ endedOn: '2026-06-30', endReason: 'Moved abroad', version: 2 }));

    const now = (await browser.request('GET', base)).json();
    expect(now.members).toEqual([]);
    expect(now.endedMembers.map((m: { id: string }) => m.id)).toEqual([member.id]);
    const past = (await browser.request('GET', `${base}?asOf=2026-03-01`)).json();
    expect(past.current).toBeFalse();
    expect(past.members.map((m: { id: string }) => m.id)).toEqual([member.id]);
    expect(past.summary.activeMembers).toBe(1);
    expect((await browser.request('GET', `${base}?asOf=2025-12-31`)).json().members).toEqual([]);

    const reactivated = await browser.request('POST', `${base}/${member.id}/reactivate`, { version: 2 });
    expect(reactivated.json().endedOn).toBeNull();
    expect((await browser.request('GET', base)).json().members.length).toBe(1);
    // The gap stays in the history.
    expect((await browser.request('GET', `${base}?asOf=2026-08-01`)).json().members).toEqual([]);
  });

  it('shows a tie as it was before a later change', async () => {
    const member = (await browser.request('POST', base, memberBody({ activeFrom: '2026-01-05' }))).json();
    const updated = await browser.request('PUT', `${base}/${member.id}`, { ...memberBody({ tieQuality: 'strained' }), version: 1 });
    expect(updated.statusCode).toBe(200);
    const past = (await browser.request('GET', `${base}?asOf=2026-02-01`)).json();
    expect(past.members[0].tieQuality).toBe('supportive');
    expect((await browser.request('GET', base)).json().members[0].tieQuality).toBe('strained');
  });

  it('answers a stale member version with 409 and the current member', async () => {
    const member = (await browser.request('POST', base, memberBody())).json();
    await browser.request('PUT', `${base}/${member.id}`, { ...memberBody({ name: 'First edit' }), version: 1 });
    const stale = await browser.request('PUT', `${base}/${member.id}`, { ...memberBody({ name: 'Second edit' }), version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current.name).toBe('First edit');
  });

  it("answers a member of another client's network as missing", async () => {
    const otherClient = await addClient(t, therapist.id);
    const member = (await browser.request('POST', base, memberBody())).json();
    const response = await browser.request('PUT', `/api/v1/clients/${otherClient}/network/${member.id}`, { ...memberBody(), version: 1 });
    expect(response.statusCode).toBe(404);
  });

  it('refuses an as-of date in the future', async () => {
    const response = await browser.request('GET', `${base}?asOf=2999-01-01`);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('querystring.asOf');
  });
});
