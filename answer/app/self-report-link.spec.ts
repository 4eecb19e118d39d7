import { TestBed } from '@angular/core/testing';
import { jsonResponse, measuresForm } from '../testing/public-form-fixtures';
import { SelfReportLink } from './self-report-link';

describe('SelfReportLink', () => {
  const TOKEN = 'q9Zl3x0vH2yT7bE1kQm4Rw8sN5uA6cJd-_aPfGiLoYe';
  let link: SelfReportLink;
  let fetchSpy: jasmine.Spy<typeof fetch>;

  beforeEach(() => {
    fetchSpy = spyOn(window, 'fetch');
    link = TestBed.inject(SelfReportLink);
    link.open(TOKEN);
  });

  it('loads the form from the public API without cookies or referrer', async () => {
    const form = measuresForm();
    fetchSpy.and.resolveTo(jsonResponse(200, form));

    expect(await link.load()).toEqual({ outcome: 'form', form });
    const [url, init] = fetchSpy.calls.mostRecent().args;
    expect(url).toBe(`/api/public/self-report/${TOKEN}`);
    expect(init).toEqual(jasmine.objectContaining({ method: 'GET', credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-store' }));
  });

  it('posts the answers as JSON, again without cookies or referrer', async () => {
    fetchSpy.and.resolveTo(jsonResponse(201, { ok: true }));

    expect(await link.submit({ answers: { mspss: [1, 2, 3] } })).toEqual({ outcome: 'sent' });
    const [url, init] = fetchSpy.calls.mostRecent().args;
    expect(url).toBe(`/api/public/self-report/${TOKEN}`);
    expect(init).toEqual(jasmine.objectContaining({ method: 'POST', credentials: 'omit', referrerPolicy: 'no-referrer' }));
    expect(new Headers(init?.headers).get('content-type')).toBe('application/json');
    expect(JSON.parse(String(init?.body))).toEqual({ answers: { mspss: [1, 2, 3] } });
  });

  it('tells a dead link (410), too many tries (429) and no answer (network, 5xx) apart', async () => {
    const cases: [Response | Error, string][] = [
      [jsonResponse(410, { message: 'gone' }), 'unusable'],
      [jsonResponse(429, { title: 'Too many requests' }), 'rate-limited'],
      [jsonResponse(503, { title: 'Unavailable' }), 'unavailable'],
      [new TypeError('Failed to fetch'), 'unavailable'],
    ];
    for (const [answer, outcome] of cases) {
      if (answer instanceof Error) {
        fetchSpy.and.rejectWith(answer);
      } else {
        fetchSpy.and.callFake(async () => answer.clone());
      }
      expect((await link.load()).outcome).withContext(`load: ${outcome}`).toBe(outcome);
      expect((await link.submit({})).outcome).withContext(`submit: ${outcome}`).toBe(outcome);
    }
  });

  it('hands back the fields a 400 names', async () => {
    const errors = [{ field: 'answers.mspss.2', message: 'Item 3 is unanswered.' }];
    fetchSpy.and.resolveTo(jsonResponse(400, { title: 'Invalid request', status: 400, errors }));

    expect(await link.submit({ answers: {} })).toEqual({ outcome: 'invalid', errors });
  });
});
