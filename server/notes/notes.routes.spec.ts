import { addUser, Browser, createTestApp, type TestApp, type TestUser } from '../spec/helpers/test-app';
import { addClient } from '../spec/helpers/test-clients';
import { memberBody } from '../spec/helpers/test-network';

describe('support notes routes', () => {
  let t: TestApp;
  let therapist: TestUser;
  let browser: Browser;
  let clientId: string;
  let base: string;

  beforeEach(async () => {
    t = await createTestApp();
    therapist = await addUser(t, 'therapist');
    clientId = await addClient(t, therapist.id);
    base = `/api/v1/clients/${clientId}/notes`;
    browser = new Browser(t.app);
    await browser.signIn(therapist.email);
  });

  afterEach(async () => {
    await t.close();
  });

  it('writes a dated note tagged with members, newest first in the timeline', async () => {
    const member = (await browser.request('POST', `/api/v1/clients/${clientId}/network`, memberBody())).json();
    await browser.request('POST', base, { noteDate: '2026-03-01', text: 'Older note', memberIds: [] });
    const created = await browser.request('POST', base, { noteDate: '2026-04-01', text: 'Sister now drives to sessions.', memberIds: [member.id] });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toEqual(jasmine.objectContaining({ memberIds: [member.id], amended: false, version: 1 }));
    const list = (await browser.request('GET', base)).json();
    expect(list.items.map((note: { text: string }) => note.text)).toEqual(['Sister now drives to sessions.', 'Older note']);
  });

  it("refuses a member id of another client's network, naming it, and stores nothing", async () => {
    const otherClient = await addClient(t, therapist.id);
    const foreign = (await browser.request('POST', `/api/v1/clients/${otherClient}/network`, memberBody())).json();
    const response = await browser.request('POST', base, { noteDate: '2026-03-01', text: 'Note', memberIds: [foreign.id] });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ field: 'memberIds.0', message: "Not a member of this client's network." }]);
    expect((await browser.request('GET', base)).json().total).toBe(0);
  });

  it('refuses a note over the length limit, naming the field', async () => {
    const response = await browser.request('POST', base, { noteDate: '2026-03-01', text: 'x'.repeat(5001), memberIds: [] });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('text');
  });

  it('keeps the original text in the history when a note is amended, with who and why', async () => {
    const note = (await browser.request('POST', base, { noteDate: '2026-03-01', text: 'Original wording', memberIds: [] })).json();
    const amended = await browser.request('POST', `${base}/${note.id}/amendments`, {
      text: 'Corrected wording',
      memberIds: [],
      reason: 'Typo in date reference',
      version: 1,
    });
    expect(amended.statusCode).toBe(200);
    expect(amended.json()).toEqual(jasmine.objectContaining({ text: 'Corrected wording', amended: true, version: 2 }));
    const history = (await browser.request('GET', `${base}/${note.id}/history`)).json().items;
    expect(history.map((r: { version: number; text: string; reason: string | null }) => [r.version, r.text, r.reason])).toEqual([
      [1, 'Original wording', null],
      [2, 'Corrected wording', 'Typo in date reference'],
    ]);
    expect(history[1].recordedBy).toBe(therapist.id);

    const stale = await browser.request('POST', `${base}/${note.id}/amendments`, { text: 'Again', memberIds: [], reason: 'x', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current.text).toBe('Corrected wording');
  });

  it('offers no way to change a note without an amendment', async () => {
    const note = (await browser.request('POST', base, { noteDate: '2026-03-01', text: 'Original', memberIds: [] })).json();
    expect((await browser.request('PUT', `${base}/${note.id}`, { text: 'Sneaky' })).statusCode).toBe(404);
    expect((await browser.request('DELETE', `${base}/${note.id}`)).statusCode).toBe(404);
  });
});
