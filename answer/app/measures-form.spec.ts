import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { FormPage, settle } from '../testing/form-page';
import { jsonResponse, measuresForm, sentBody } from '../testing/public-form-fixtures';
import { MeasuresForm } from './measures-form';
import { SelfReportLink } from './self-report-link';

describe('MeasuresForm', () => {
  let fixture: ComponentFixture<MeasuresForm>;
  let page: FormPage;
  let fetchSpy: jasmine.Spy<typeof fetch>;
  let sent: jasmine.Spy;
  let unusable: jasmine.Spy;

  beforeEach(async () => {
    fetchSpy = spyOn(window, 'fetch');
    TestBed.inject(SelfReportLink).open('q9Zl3x0vH2yT7bE1kQm4Rw8sN5uA6cJd-_aPfGiLoYe');
    fixture = TestBed.createComponent(MeasuresForm);
    fixture.componentRef.setInput('form', measuresForm());
    sent = jasmine.createSpy('sent');
    unusable = jasmine.createSpy('unusable');
    fixture.componentInstance.sent.subscribe(sent);
    fixture.componentInstance.unusable.subscribe(unusable);
    document.body.appendChild(fixture.nativeElement);
    await fixture.whenStable();
    page = new FormPage(fixture);
  });

  afterEach(() => (fixture.nativeElement as HTMLElement).remove());

  it('shows the first instrument with its own instructions, its items as radio groups, and greets the client', () => {
    expect(page.heading('h1')).toBe('Hello Sam');
    expect(page.text()).toContain('Riverside Family Clinic');
    expect(page.heading('h2')).toBe('Support from people around you');
    expect(page.text()).toContain('How do you feel about each statement?');
    expect(page.text()).toContain('Questionnaire 1 of 2');
    expect(page.questions().length).toBe(3);
    expect(page.question('My family really tries to help me.').querySelectorAll('input[type=radio]').length).toBe(3);
  });

  it('refuses Next with an error at each unanswered item and a focused summary linking to them', async () => {
    await page.choose('My family really tries to help me.', 'Agree');

    await page.press('Next');

    expect(page.heading('h2')).toBe('Support from people around you');
    expect(page.errorOf('My family really tries to help me.')).toBeNull();
    expect(page.errorOf('I can count on my friends.')).toBe('Error: Choose an answer to question 2');
    expect(page.errorOf('Someone cares about my feelings.')).toBe('Error: Choose an answer to question 3');
    expect(page.question('I can count on my friends.').getAttribute('aria-describedby')).toBe('q-mspss-2-error');
    expect(page.summaryLinks()).toEqual(['Choose an answer to question 2', 'Choose an answer to question 3']);
    expect(document.activeElement).toBe(page.errorSummary());
  });

  it('jumps from a summary link to the first choice of its question, staying on the page', async () => {
    await page.press('Next');

    page.errorSummary()?.querySelector('a')?.click();

    expect(document.activeElement).toBe(page.question('My family really tries to help me.').querySelector('input'));
  });

  it('clears an item’s error as soon as it is answered', async () => {
    await page.press('Next');
    await page.choose('I can count on my friends.', 'Neutral');

    expect(page.errorOf('I can count on my friends.')).toBeNull();
    expect(page.summaryLinks()).toEqual(['Choose an answer to question 1', 'Choose an answer to question 3']);
  });

  it('goes page by page, keeps answers on Back, and sends every instrument’s answers at once', async () => {
    await page.choose('My family really tries to help me.', 'Agree');
    await page.choose('I can count on my friends.', 'Neutral');
    await page.choose('Someone cares about my feelings.', 'Disagree');
    await page.press('Next');

    expect(page.heading('h2')).toBe('Feeling connected');
    expect(document.activeElement?.textContent?.trim()).toBe('Feeling connected');
    await page.press('Back');
    expect(page.question('I can count on my friends.').querySelector<HTMLInputElement>('input[value="2"]')?.checked).toBeTrue();
    await page.press('Next');

    await page.choose('How often do you feel left out?', 'Often');
    await page.choose('How often do you feel isolated?', 'Hardly ever');
    fetchSpy.and.resolveTo(jsonResponse(201, { ok: true }));
    await page.press('Send answers');
    await settle(fixture);

    expect(fetchSpy).toHaveBeenCalledTimes(1);
    expect(fetchSpy.calls.argsFor(0)[1]?.method).toBe('POST');
    expect(sentBody(fetchSpy)).toEqual({ answers: { mspss: [3, 2, 1], 'ucla-3': [3, 1] } });
    expect(sent).toHaveBeenCalledTimes(1);
  });

  it('shows the item the server names in a 400 on its own page', async () => {
    await page.answerAll();
    await page.press('Next');
    await page.answerAll();
    fetchSpy.and.resolveTo(
      jsonResponse(400, { title: 'Invalid request', status: 400, errors: [{ field: 'answers.mspss.1', message: 'Item 2 is unanswered.' }] }),
    );

    await page.press('Send answers');
    await settle(fixture);

    expect(page.heading('h2')).toBe('Support from people around you');
    expect(page.errorOf('I can count on my friends.')).toBe('Error: Choose an answer to question 2');
    expect(document.activeElement).toBe(page.errorSummary());
    expect(sent).not.toHaveBeenCalled();
  });

  it('hands a link that died meanwhile (410) to the page, and keeps answers when the connection fails', async () => {
    await page.answerAll();
    await page.press('Next');
    await page.answerAll();

    fetchSpy.and.rejectWith(new TypeError('Failed to fetch'));
    await page.press('Send answers');
    await settle(fixture);
    const alert = fixture.nativeElement.querySelector('[role=alert]') as HTMLElement;
    expect(alert.textContent).toContain('Your answers are still here');
    expect(document.activeElement).toBe(alert);
    expect(page.question('How often do you feel left out?').querySelector<HTMLInputElement>('input')?.checked).toBeTrue();

    fetchSpy.and.resolveTo(jsonResponse(410, { message: 'gone' }));
    await page.press('Send answers');
    await settle(fixture);
    expect(unusable).toHaveBeenCalledTimes(1);
    expect(sent).not.toHaveBeenCalled();
  });
});
