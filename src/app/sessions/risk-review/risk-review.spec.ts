import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { FamilySession } from '@domain/sessions/family-session';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { SessionsApiActions } from '../sessions-api.actions';
import { completedSession, CLIENT_ID } from '../testing/sessions-fixtures';
import { RiskReview } from './risk-review';

describe('RiskReview', () => {
  function render(session: FamilySession, canWrite = true) {
    TestBed.configureTestingModule({
      providers: [provideMockStore(), provideHttpClient(), provideHttpClientTesting()],
    });
    const fixture = TestBed.createComponent(RiskReview);
    fixture.componentRef.setInput('session', session);
    fixture.componentRef.setInput('canWrite', canWrite);
    fixture.detectChanges();
    return fixture;
  }

  it('flags unreviewed concerns and sends the note on the session’s version', () => {
    const session = completedSession({ version: 2 });
    const fixture = render(session);
    const element = fixture.nativeElement as HTMLElement;
    expect(element.textContent).toContain('Risk noted');
    const dispatch = spyOn(TestBed.inject(MockStore), 'dispatch');

    element.querySelector('button')!.click();
    fixture.detectChanges();
    expect(element.textContent).toContain('Say what was done about these concerns.');
    TestBed.inject(HttpTestingController).expectNone(() => true);

    const textarea = element.querySelector('textarea')!;
    textarea.value = 'Safety plan agreed';
    textarea.dispatchEvent(new Event('input'));
    element.querySelector('button')!.click();
    const request = TestBed.inject(HttpTestingController).expectOne(
      `/api/v1/clients/${CLIENT_ID}/sessions/${session.id}/risk-review`,
    );
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({ note: 'Safety plan agreed', version: 2 });
    const reviewed = { ...session, version: 3, riskReview: { reviewedAt: '2026-11-25T10:00:00.000Z', reviewedBy: 'u', note: 'Safety plan agreed' } };
    request.flush(reviewed);
    expect(dispatch).toHaveBeenCalledWith(SessionsApiActions.sessionLoaded({ session: reviewed }));
  });

  it('shows a review once made, and offers no form to someone who cannot change the session', () => {
    const reviewed = render(
      completedSession({ riskReview: { reviewedAt: '2026-11-25T10:00:00.000Z', reviewedBy: 'u', note: 'GP informed' } }),
    );
    expect((reviewed.nativeElement as HTMLElement).textContent).toContain('Risk concerns reviewed on Nov 25, 2026: GP informed');
    TestBed.resetTestingModule();
    const readOnly = render(completedSession(), false);
    expect((readOnly.nativeElement as HTMLElement).textContent).toContain('Risk noted');
    expect((readOnly.nativeElement as HTMLElement).querySelector('form')).toBeNull();
  });

  it('says nothing when no risk concerns were recorded', () => {
    const fixture = render(completedSession({ riskConcerns: '' }));
    expect((fixture.nativeElement as HTMLElement).textContent!.trim()).toBe('');
  });
});
