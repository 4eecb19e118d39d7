import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { UNUSABLE_LINK_MESSAGE } from '@domain/self-report/unusable-link';
import { FormPage, settle } from '../testing/form-page';
import { feedbackForm, jsonResponse, measuresForm } from '../testing/public-form-fixtures';
import { AnswerApp } from './answer-app';
import { LinkAddress } from './link-token';

describe('AnswerApp', () => {
  const TOKEN = 'q9Zl3x0vH2yT7bE1kQm4Rw8sN5uA6cJd-_aPfGiLoYe';
  let fetchSpy: jasmine.Spy<typeof fetch>;
  let fixture: ComponentFixture<AnswerApp>;
  let page: FormPage;

  async function open(token: string | null): Promise<void> {
    TestBed.configureTestingModule({ providers: [{ provide: LinkAddress, useValue: { takeToken: () => token } }] });
    fixture = TestBed.createComponent(AnswerApp);
    document.body.appendChild(fixture.nativeElement);
    page = new FormPage(fixture);
    await settle(fixture);
  }

  beforeEach(() => {
    fetchSpy = spyOn(window, 'fetch');
  });

  afterEach(() => (fixture.nativeElement as HTMLElement).remove());

  it('loads the link’s form and shows the clinic’s name and the client’s first name, nothing more', async () => {
    fetchSpy.and.resolveTo(jsonResponse(200, measuresForm()));

    await open(TOKEN);

    expect(fetchSpy.calls.mostRecent().args[0]).toBe(`/api/public/self-report/${TOKEN}`);
    expect(fixture.nativeElement.querySelector('.masthead')?.textContent?.trim()).toBe('Riverside Family Clinic');
    expect(page.heading('h1')).toBe('Hello Sam');
    expect(page.heading('h2')).toBe('Support from people around you');
  });

  it('shows the one "can no longer be used" page for a dead link (410), its heading focused', async () => {
    fetchSpy.and.resolveTo(jsonResponse(410, { message: UNUSABLE_LINK_MESSAGE }));

    await open(TOKEN);

    expect(page.heading('h1')).toBe(UNUSABLE_LINK_MESSAGE);
    expect(document.activeElement).toBe(fixture.nativeElement.querySelector('h1'));
    expect(page.questions()).toEqual([]);
  });

  it('asks to wait after too many tries (429), and tries again on request', async () => {
    fetchSpy.and.resolveTo(jsonResponse(429, { title: 'Too many requests', status: 429 }));
    await open(TOKEN);
    expect(page.heading('h1')).toBe('Too many tries');

    fetchSpy.and.resolveTo(jsonResponse(200, feedbackForm()));
    await page.press('Try again');
    await settle(fixture);

    expect(page.heading('h1')).toBe('How was your family session?');
  });

  it('offers to try again when the questions could not be loaded (no connection)', async () => {
    fetchSpy.and.rejectWith(new TypeError('Failed to fetch'));
    await open(TOKEN);
    expect(page.heading('h1')).toBe('Your questions could not be loaded');

    fetchSpy.and.resolveTo(jsonResponse(200, measuresForm()));
    await page.press('Try again');
    await settle(fixture);

    expect(page.heading('h2')).toBe('Support from people around you');
    expect(fetchSpy).toHaveBeenCalledTimes(2);
  });

  it('thanks the client once the answers are stored', async () => {
    fetchSpy.and.resolveTo(jsonResponse(200, measuresForm({ instruments: [measuresForm().instruments[1]] })));
    await open(TOKEN);
    await page.answerAll();

    fetchSpy.and.resolveTo(jsonResponse(201, { ok: true }));
    await page.press('Send answers');
    await settle(fixture);

    expect(page.heading('h1')).toBe('Thank you, Sam');
    expect(page.text()).toContain('Your answers have been sent to Riverside Family Clinic');
    expect(document.activeElement).toBe(fixture.nativeElement.querySelector('h1'));
  });

  it('shows the "can no longer be used" page when the link died before the answers were sent', async () => {
    fetchSpy.and.resolveTo(jsonResponse(200, feedbackForm()));
    await open(TOKEN);
    await page.answerAll();

    fetchSpy.and.resolveTo(jsonResponse(410, { message: UNUSABLE_LINK_MESSAGE }));
    await page.press('Send feedback');
    await settle(fixture);

    expect(page.heading('h1')).toBe(UNUSABLE_LINK_MESSAGE);
  });

  it('asks to open the link again when the address holds no token (a reload), without asking the server', async () => {
    await open(null);

    expect(page.heading('h1')).toBe('Open your link again');
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
