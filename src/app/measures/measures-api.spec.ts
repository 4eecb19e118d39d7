import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { PROBLEM_SHOWN_BY_CALLER } from '../core/auth/problem-snackbar.interceptor';
import { memberNumber } from '../network/testing/network-fixtures';
import { MeasuresApi } from './measures-api';
import { CLIENT_ID, indicatorsWith, measureNumber, revisionWith } from './testing/measures-fixtures';

describe('MeasuresApi', () => {
  let api: MeasuresApi;
  let http: HttpTestingController;
  const base = `/api/v1/clients/${CLIENT_ID}`;
  const measure = measureNumber(1, 'ucla-3', [1, 2, 1]);

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(MeasuresApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('reads every measure with the indicators, showing its own problems', async () => {
    const view = { items: [measure], indicators: indicatorsWith() };
    const answer = firstValueFrom(api.loadMeasures(CLIENT_ID));

    const request = http.expectOne(`${base}/measures`);
    expect(request.request.method).toBe('GET');
    expect(request.request.context.get(PROBLEM_SHOWN_BY_CALLER)).toBeTrue();
    request.flush(view);
    expect(await answer).toEqual(view);
  });

  it('records with POST and amends with PUT on the version', async () => {
    const body = { instrument: 'ucla-3' as const, administeredOn: '2026-03-01', completedBy: 'self-report' as const, answers: [1, 2, 1] };
    const recorded = firstValueFrom(api.recordMeasure(CLIENT_ID, body));
    const post = http.expectOne(`${base}/measures`);
    expect(post.request.method).toBe('POST');
    expect(post.request.body).toEqual(body);
    post.flush(measure);
    expect(await recorded).toEqual(measure);

    const amendment = { administeredOn: '2026-03-01', completedBy: 'self-report' as const, answers: [1, 1, 1], amendmentReason: 'Typo' };
    const amended = firstValueFrom(api.amendMeasure(CLIENT_ID, measure.id, amendment, 4));
    const put = http.expectOne(`${base}/measures/${measure.id}`);
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual({ ...amendment, version: 4 });
    expect(put.request.context.get(PROBLEM_SHOWN_BY_CALLER)).toBeTrue();
    put.flush({ ...measure, version: 5 });
    expect((await amended).version).toBe(5);
  });

  it('reads a measure’s history', async () => {
    const items = [revisionWith(1, measure)];
    const answer = firstValueFrom(api.loadHistory(CLIENT_ID, measure.id));
    http.expectOne(`${base}/measures/${measure.id}/history`).flush({ items });

    expect(await answer).toEqual(items);
  });

  it('reads only when and how each family session went, for the chart’s markers', async () => {
    const answer = firstValueFrom(api.loadSessionDates(CLIENT_ID));
    http.expectOne(`${base}/sessions`).flush({
      items: [{ id: 's1', startsAt: '2026-03-01T10:00:00.000Z', status: 'completed', type: 'family-session', summary: 'Clinical text', riskConcerns: 'x' }],
    });

    expect(await answer).toEqual([{ id: 's1', startsAt: '2026-03-01T10:00:00.000Z', status: 'completed', type: 'family-session' }]);
  });

  it('reads what changed in the network, opaque ids and dates only', async () => {
    const items = [{ id: 'm.1.tie-added', memberId: 'm', kind: 'tie-added', date: '2026-01-02', from: null, to: null }];
    const answer = firstValueFrom(api.loadNetworkEvents(CLIENT_ID));
    http.expectOne(`${base}/network/events`).flush({ items });

    expect(await answer).toEqual(items as never);
  });

  it('reads everyone ever in the network, current and ended', async () => {
    const current = memberNumber(1);
    const ended = memberNumber(2, { endedOn: '2026-05-01', endReason: 'Moved away' });
    const answer = firstValueFrom(api.loadNetworkMembers(CLIENT_ID));
    http.expectOne(`${base}/network`).flush({ asOf: '2026-11-25', current: true, members: [current], endedMembers: [ended], summary: {} });

    expect(await answer).toEqual([current, ended]);
  });
});
