import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { PROBLEM_SHOWN_BY_CALLER } from '../core/auth/problem-snackbar.interceptor';
import { fieldsOf } from './member-edit';
import { NetworkApi } from './network-api';
import { CLIENT_ID, memberWith, viewWith } from './testing/network-fixtures';

describe('NetworkApi', () => {
  let api: NetworkApi;
  let backend: HttpTestingController;
  const base = `/api/v1/clients/${CLIENT_ID}/network`;
  const member = memberWith();

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    api = TestBed.inject(NetworkApi);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('loads today’s network without a date, and a past one with it, showing its own problems', () => {
    let answer: unknown;
    api.loadNetwork(CLIENT_ID, null).subscribe((view) => (answer = view));
    const today = backend.expectOne({ method: 'GET', url: base });
    expect(today.request.context.get(PROBLEM_SHOWN_BY_CALLER)).toBeTrue();
    today.flush(viewWith());
    expect(answer).toEqual(viewWith());

    api.loadNetwork(CLIENT_ID, '2026-03-01').subscribe();
    backend
      .expectOne({ method: 'GET', url: `${base}?asOf=2026-03-01` })
      .flush(viewWith({ current: false }));
  });

  it('keeps only the client facts the tab needs', () => {
    let answer: unknown;
    api.loadClient(CLIENT_ID).subscribe((client) => (answer = client));

    backend.expectOne({ method: 'GET', url: `/api/v1/clients/${CLIENT_ID}` }).flush({
      id: CLIENT_ID,
      preferredName: 'Robin',
      treatmentStart: '2026-01-15',
      legalName: 'Robin Example',
      version: 3,
    });

    expect(answer).toEqual({ id: CLIENT_ID, preferredName: 'Robin', treatmentStart: '2026-01-15' });
  });

  it('adds a member with the form’s fields and no version', () => {
    api.saveMember(CLIENT_ID, { kind: 'create', fields: fieldsOf(member) }, null).subscribe();

    const call = backend.expectOne({ method: 'POST', url: base });
    expect(call.request.body).toEqual(fieldsOf(member));
    expect(call.request.context.get(PROBLEM_SHOWN_BY_CALLER)).toBeTrue();
    call.flush(member, { status: 201, statusText: 'Created' });
  });

  it('changes and ends a member on the version the change is based on', () => {
    api
      .saveMember(CLIENT_ID, { kind: 'update', memberId: member.id, fields: fieldsOf(member) }, 2)
      .subscribe();
    expect(backend.expectOne({ method: 'PUT', url: `${base}/${member.id}` }).request.body).toEqual({
      ...fieldsOf(member),
      version: 2,
    });

    api
      .saveMember(
        CLIENT_ID,
        { kind: 'end', memberId: member.id, endedOn: '2026-11-01', endReason: 'Moved away' },
        3,
      )
      .subscribe();
    expect(
      backend.expectOne({ method: 'POST', url: `${base}/${member.id}/end` }).request.body,
    ).toEqual({
      endedOn: '2026-11-01',
      endReason: 'Moved away',
      version: 3,
    });
  });

  it('re-activates a member, leaving its problems to the app’s snack bar', () => {
    api.saveMember(CLIENT_ID, { kind: 'reactivate', memberId: member.id }, 4).subscribe();

    const call = backend.expectOne({ method: 'POST', url: `${base}/${member.id}/reactivate` });
    expect(call.request.body).toEqual({ version: 4 });
    expect(call.request.context.get(PROBLEM_SHOWN_BY_CALLER)).toBeFalse();
  });
});
