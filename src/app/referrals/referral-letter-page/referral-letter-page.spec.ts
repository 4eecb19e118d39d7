import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { ReferralLetter } from '@domain/referrals/referral-letter';
import ReferralLetterPage from './referral-letter-page';

const CLIENT_ID = '01900000-0000-7000-8000-0000000000c1';
const REFERRAL_ID = '01900000-0000-7000-8000-0000000000a1';
const URL = `/api/v1/clients/${CLIENT_ID}/referrals/${REFERRAL_ID}/letter`;

function letterWith(changes: Partial<ReferralLetter> = {}): ReferralLetter {
  return {
    referralId: REFERRAL_ID,
    clinicName: 'CareCircle Demo Clinic',
    printedAt: '2026-11-25T09:00:00.000Z',
    referredOn: '2026-11-20',
    consentGivenOn: '2026-11-19',
    programme: { name: 'Riverside walking group', contactName: 'Pat Organiser', phone: '0161 496 0000', email: 'walks@example.org', website: '', area: 'Riverside' },
    clientName: 'Sam',
    contactDetailsShared: true,
    reason: 'Would like to walk with others.',
    referringClinician: { name: 'Dr Tan', email: 'tan@demo.carecircle.test' },
    ...changes,
  };
}

describe('ReferralLetterPage', () => {
  let fixture: ComponentFixture<ReferralLetterPage>;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ReferralLetterPage);
    fixture.componentRef.setInput('id', CLIENT_ID);
    fixture.componentRef.setInput('referralId', REFERRAL_ID);
    fixture.detectChanges();
  });

  afterEach(() => http.verify());

  const text = () => (fixture.nativeElement as HTMLElement).textContent!.replace(/\s+/g, ' ');

  it('asks the server for the letter once (the print it records) and lays out all the consent covers', async () => {
    const request = http.expectOne(URL);
    expect(request.request.method).toBe('POST');
    request.flush(letterWith());
    await fixture.whenStable();

    expect(text()).toContain('Referral to Riverside walking group');
    expect(text()).toContain('For the attention of Pat Organiser');
    const facts = [...(fixture.nativeElement as HTMLElement).querySelectorAll('dl div')].map((pair) => [pair.querySelector('dt')?.textContent?.trim(), pair.querySelector('dd')?.textContent?.trim()]);
    expect(facts[0]).toEqual(['Referred', 'Sam']);
    expect(text()).toContain('Would like to walk with others.');
    expect(text()).toContain('To be written in by the referring clinician');
    expect(text()).toContain('Dr Tan · tan@demo.carecircle.test');
    expect(text()).toContain('opening this page recorded a print');
  });

  it('leaves out the name, the reason and the contact line when the consent does not cover them', async () => {
    http.expectOne(URL).flush(letterWith({ clientName: null, reason: null, contactDetailsShared: false }));
    await fixture.whenStable();

    expect(text()).toContain('did not agree to share their name');
    expect(text()).not.toContain('Reason for the referral');
    expect(text()).toContain('Not shared: please contact the referring clinician.');
    expect(text()).not.toContain('To be written in');
  });

  it('says a referral without a letter has none, without a Retry that would fail again', async () => {
    http.expectOne(URL).flush({ title: 'Not found', status: 404 }, { status: 404, statusText: 'Not Found' });
    await fixture.whenStable();

    expect((fixture.nativeElement as HTMLElement).querySelector('[role="alert"]')?.textContent).toContain('only a referral to a community programme has one');
    expect(text()).not.toContain('Retry');
  });
});
