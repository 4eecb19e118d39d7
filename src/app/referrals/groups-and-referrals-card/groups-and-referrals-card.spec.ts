import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { ClientGroup } from '@domain/groups/group';
import type { ClientReferral } from '@domain/referrals/referral';
import { GroupsAndReferralsCard } from './groups-and-referrals-card';

const CLIENT_ID = '01900000-0000-7000-8000-0000000000c1';

const place: ClientGroup = {
  enrolmentId: 'e1',
  groupId: 'g1',
  groupName: 'Thursday peer-support group',
  kind: 'peer-support-group',
  schedule: { frequency: 'weekly', startDate: '2026-09-03', endDate: '2027-03-25', startTime: '18:00', durationMinutes: 90, modality: 'in-person', location: 'Room 2' },
  status: 'enrolled',
  referredOn: '2026-09-01',
  declineReason: null,
  enrolledOn: '2026-09-02',
  leftOn: null,
  leaveReason: null,
  meetings: [
    { date: '2026-11-26', attendance: 'present', progressNote: null, noteAuthorName: null },
    { date: '2026-11-19', attendance: 'absent', progressNote: null, noteAuthorName: null },
    { date: '2026-11-12', attendance: 'present', progressNote: 'Spoke up', noteAuthorName: 'Dr Tan' },
  ],
};

const referral: ClientReferral = {
  id: 'r1',
  clientId: CLIENT_ID,
  target: { type: 'programme', id: 'p1', name: 'Riverside walking group', kind: 'peer-support-group' },
  enrolmentId: null,
  reason: 'To meet others',
  consentGivenOn: '2026-11-02',
  sharedDetails: ['name'],
  status: 'contacted',
  statusOn: '2026-11-03',
  followUpDue: true,
  networkMemberId: null,
  events: [],
  version: 2,
  createdAt: '2026-11-02T10:00:00Z',
  createdBy: 'u1',
  updatedAt: '2026-11-03T10:00:00Z',
  updatedBy: 'u1',
};

describe('GroupsAndReferralsCard', () => {
  let fixture: ComponentFixture<GroupsAndReferralsCard>;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(GroupsAndReferralsCard);
    fixture.componentRef.setInput('clientId', CLIENT_ID);
    fixture.detectChanges();
  });

  afterEach(() => http.verify());

  const text = () => (fixture.nativeElement as HTMLElement).textContent!.replace(/\s+/g, ' ');

  it('lists the client’s groups with attendance, and referrals with status, date and follow-up marker', async () => {
    http.expectOne(`/api/v1/clients/${CLIENT_ID}/groups`).flush({ items: [place] });
    http.expectOne(`/api/v1/clients/${CLIENT_ID}/referrals`).flush({ items: [referral] });
    await fixture.whenStable();

    expect(text()).toContain('Thursday peer-support group');
    expect(text()).toContain('Enrolled · attended 2 of 3 meetings');
    expect(text()).toContain('Riverside walking group');
    expect(text()).toContain('Contacted since Nov 3, 2026');
    expect(text()).toContain('Follow-up due');
  });

  it('says when there is nothing yet, and shows a failed list without hiding the other', async () => {
    http.expectOne(`/api/v1/clients/${CLIENT_ID}/groups`).flush({ title: 'Server error', status: 500 }, { status: 500, statusText: 'Server Error' });
    http.expectOne(`/api/v1/clients/${CLIENT_ID}/referrals`).flush({ items: [] });
    await fixture.whenStable();

    expect((fixture.nativeElement as HTMLElement).querySelector('[role="alert"]')?.textContent).toContain('The groups could not be loaded');
    expect(text()).toContain('No referrals.');
    expect(text()).not.toContain('Follow-up due');
  });
});
