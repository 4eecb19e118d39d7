import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { ActivatedRoute, provideRouter } from '@angular/router';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import type { ClientReferral } from '@domain/referrals/referral';
import { ReferralsPanel } from './referrals-panel';

const CLIENT_ID = '01900000-0000-7000-8000-0000000000c1';

function referral(changes: Partial<ClientReferral> = {}): ClientReferral {
  return {
    id: '01900000-0000-7000-8000-0000000000a1',
    clientId: CLIENT_ID,
    target: { type: 'programme', id: 'p1', name: 'Riverside walking group', kind: 'peer-support-group' },
    enrolmentId: null,
    reason: 'To meet others',
    consentGivenOn: '2026-11-20',
    sharedDetails: ['name'],
    status: 'referred',
    statusOn: '2026-11-20',
    followUpDue: false,
    networkMemberId: null,
    events: [{ status: 'referred', on: '2026-11-20', note: '', recordedAt: '2026-11-20T10:00:00Z', recordedByName: 'Dr Tan' }],
    version: 1,
    createdAt: '2026-11-20T10:00:00Z',
    createdBy: 'u1',
    updatedAt: '2026-11-20T10:00:00Z',
    updatedBy: 'u1',
    ...changes,
  };
}

describe('ReferralsPanel', () => {
  let fixture: ComponentFixture<ReferralsPanel>;
  let http: HttpTestingController;
  let host: HTMLElement;

  async function render(referrals: readonly ClientReferral[], canEdit = true, fragment: string | null = null): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        { provide: ActivatedRoute, useValue: { snapshot: { fragment } } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ReferralsPanel);
    fixture.componentRef.setInput('clientId', CLIENT_ID);
    fixture.componentRef.setInput('clientName', 'Sam');
    fixture.componentRef.setInput('canEdit', canEdit);
    fixture.detectChanges();
    http.expectOne(`/api/v1/clients/${CLIENT_ID}/referrals`).flush({ items: referrals });
    if (canEdit) {
      http.expectOne('/api/v1/groups').flush({ items: [] });
      http.expectOne('/api/v1/community-programmes').flush({ items: [] });
    }
    fixture.detectChanges();
    await fixture.whenStable();
    host = fixture.nativeElement as HTMLElement;
  }

  const button = (text: string) => Array.from(host.querySelectorAll('button')).find((b) => b.textContent!.includes(text)) as HTMLButtonElement | undefined;

  afterEach(() => http.verify());

  it('opens the referral form at once for a therapist sent here to refer (#refer), with its heading focused', async () => {
    await render([], true, 'refer');
    expect(host.querySelector('form.new-referral')).not.toBeNull();
    expect(document.activeElement?.id).toBe('new-referral-heading');
    expect(button('Refer Sam')).toBeUndefined();
  });

  it('does not open the form for a supervisor sent with #refer, nor for a therapist without it', async () => {
    await render([], false, 'refer');
    expect(host.querySelector('form.new-referral')).toBeNull();
    TestBed.resetTestingModule();
    await render([], true, null);
    expect(host.querySelector('form.new-referral')).toBeNull();
  });

  it('shows each referral with its timeline: status, date and who recorded it, and a follow-up that is due', async () => {
    await render([
      referral({
        status: 'contacted',
        followUpDue: true,
        events: [
          { status: 'referred', on: '2026-11-01', note: '', recordedAt: 'x', recordedByName: 'Dr Tan' },
          { status: 'contacted', on: '2026-11-03', note: 'Left a message', recordedAt: 'y', recordedByName: 'Dr Tan' },
        ],
      }),
    ]);
    const steps = Array.from(host.querySelectorAll('.timeline .event')).map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(steps.length).toBe(2);
    expect(steps[1]).toContain('Contacted');
    expect(steps[1]).toContain('recorded by Dr Tan');
    expect(steps[1]).toContain('Left a message');
    expect(host.querySelector('.follow-up')?.textContent).toContain('Follow-up due');
  });

  it('says so when there are no referrals', async () => {
    await render([]);
    expect(host.textContent).toContain('No referrals yet');
  });

  it('records the next step with the version it was read at, and shows the conflict notice on a stale write', async () => {
    await render([referral()]);
    button('Record next step')!.click();
    fixture.detectChanges();
    await fixture.whenStable();
    (host.querySelector('form.step') as HTMLFormElement).dispatchEvent(new Event('submit'));
    const request = http.expectOne(`/api/v1/clients/${CLIENT_ID}/referrals/${referral().id}/status`);
    expect(request.request.body).toEqual(jasmine.objectContaining({ status: 'contacted', version: 1 }));
    request.flush({ type: '/api/v1/problems/409', title: 'Changed', status: 409, current: referral({ version: 2, status: 'no-response' }) }, { status: 409, statusText: 'Conflict' });
    fixture.detectChanges();
    await fixture.whenStable();
    expect(host.querySelector('app-conflict-notice')?.textContent).toContain('no response');
  });

  it('offers to add an attended programme to the network, and tells the network to reload', async () => {
    await render([
      referral({
        status: 'attending',
        events: [
          { status: 'referred', on: '2026-11-01', note: '', recordedAt: 'x', recordedByName: 'Dr Tan' },
          { status: 'contacted', on: '2026-11-03', note: '', recordedAt: 'y', recordedByName: 'Dr Tan' },
          { status: 'attending', on: '2026-11-10', note: '', recordedAt: 'z', recordedByName: 'Dr Tan' },
        ],
      }),
    ]);
    let reloaded = 0;
    fixture.componentInstance.networkChanged.subscribe(() => reloaded++);
    expect(host.querySelector('.network-offer')?.textContent).toContain('Peer-support group');
    button('Add to the network')!.click();
    const request = http.expectOne(`/api/v1/clients/${CLIENT_ID}/referrals/${referral().id}/network-member`);
    expect(request.request.body.member).toEqual(jasmine.objectContaining({ name: 'Riverside walking group', relationship: 'peer-support-group', activeFrom: '2026-11-10' }));
    request.flush(referral({ status: 'attending', networkMemberId: 'm1', version: 2 }));
    fixture.detectChanges();
    expect(reloaded).toBe(1);
    expect(host.querySelector('.network-offer')).toBeNull();
  });

  it('gives a supervisor the timeline without any action', async () => {
    await render([referral()], false);
    expect(button('Record next step')).toBeUndefined();
    expect(button('Refer')).toBeUndefined();
  });
});
