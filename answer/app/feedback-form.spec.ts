import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { FEEDBACK_COMMENT_MAX } from '@domain/self-report/self-report-requests';
import { FormPage, settle } from '../testing/form-page';
import { feedbackForm, jsonResponse, sentBody } from '../testing/public-form-fixtures';
import { FEEDBACK_COMMENT_MAX_LENGTH, FeedbackForm } from './feedback-form';
import { SelfReportLink } from './self-report-link';

describe('FeedbackForm', () => {
  let fixture: ComponentFixture<FeedbackForm>;
  let page: FormPage;
  let fetchSpy: jasmine.Spy<typeof fetch>;
  let sent: jasmine.Spy;

  beforeEach(async () => {
    fetchSpy = spyOn(window, 'fetch');
    TestBed.inject(SelfReportLink).open('q9Zl3x0vH2yT7bE1kQm4Rw8sN5uA6cJd-_aPfGiLoYe');
    fixture = TestBed.createComponent(FeedbackForm);
    fixture.componentRef.setInput('form', feedbackForm());
    sent = jasmine.createSpy('sent');
    fixture.componentInstance.sent.subscribe(sent);
    document.body.appendChild(fixture.nativeElement);
    await fixture.whenStable();
    page = new FormPage(fixture);
  });

  afterEach(() => (fixture.nativeElement as HTMLElement).remove());

  it('asks the three questions on the 1–5 agreement scale, naming the session’s date, with an optional comment', () => {
    expect(page.heading('h1')).toBe('How was your family session?');
    expect(page.text()).toContain('3 December 2026');
    expect(page.questions().map((question) => question.querySelectorAll('input[type=radio]').length)).toEqual([5, 5, 5]);
    expect(page.text()).toContain('Strongly agree');
    const comment = fixture.nativeElement.querySelector('textarea') as HTMLTextAreaElement;
    expect(fixture.nativeElement.querySelector('label[for=comment]')?.textContent).toContain('(optional)');
    expect(comment.maxLength).toBe(FEEDBACK_COMMENT_MAX);
    expect(FEEDBACK_COMMENT_MAX_LENGTH).toBe(FEEDBACK_COMMENT_MAX);
  });

  it('refuses to send with an error at each unanswered question, the summary focused', async () => {
    await page.choose('I felt listened to', 'Agree');

    await page.press('Send feedback');

    expect(fetchSpy).not.toHaveBeenCalled();
    expect(page.errorOf('I felt listened to')).toBeNull();
    expect(page.errorOf('I understand what we agreed to do next')).toBe('Error: Choose an answer to question 2');
    expect(page.errorOf('The session was useful for our family')).toBe('Error: Choose an answer to question 3');
    expect(document.activeElement).toBe(page.errorSummary());
  });

  it('sends the three answers and the comment', async () => {
    await page.choose('I felt listened to', 'Strongly agree');
    await page.choose('I understand what we agreed to do next', 'Neither agree nor disagree');
    await page.choose('The session was useful for our family', 'Disagree');
    const comment = fixture.nativeElement.querySelector('textarea') as HTMLTextAreaElement;
    comment.value = '  More time for my sister, please.  ';
    comment.dispatchEvent(new Event('input'));
    fetchSpy.and.resolveTo(jsonResponse(201, { ok: true }));

    await page.press('Send feedback');
    await settle(fixture);

    expect(sentBody(fetchSpy)).toEqual({ listened: 5, understoodNextSteps: 3, useful: 2, comment: 'More time for my sister, please.' });
    expect(sent).toHaveBeenCalledTimes(1);
  });

  it('says so, answers kept, when there have been too many tries (429)', async () => {
    await page.answerAll();
    fetchSpy.and.resolveTo(jsonResponse(429, { title: 'Too many requests', status: 429 }));

    await page.press('Send feedback');
    await settle(fixture);

    expect(fixture.nativeElement.querySelector('[role=alert]')?.textContent).toContain('too many tries');
    expect(sent).not.toHaveBeenCalled();
  });
});
