import { Clipboard } from '@angular/cdk/clipboard';
import { afterNextRender, ChangeDetectionStrategy, Component, computed, effect, ElementRef, inject, Injector, input, signal, untracked } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import type { SelfReportRequest } from '@domain/self-report/self-report-request';
import { FEEDBACK_QUESTIONS, type FeedbackQuestion } from '@domain/self-report/feedback-questions';
import type { SessionAttendee } from '@domain/sessions/family-session';
import { Store } from '@ngrx/store';
import { Icon } from '../../shared/icon/icon';
import { QrCode } from '../../shared/qr-code/qr-code';
import { FamilyFeedbackActions } from '../family-feedback.actions';
import { RequestStateChip } from '../request-state-chip/request-state-chip';
import { dateOf } from '../self-report-words';
import { sessionFeedbackFeature } from '../session-feedback.feature';
import { TakesFocus } from '../../shared/focus/takes-focus';

/** Who may be asked: network members who were there (clinicians are not asked about their own session). */
const askable = (attendee: SessionAttendee) => attendee.kind === 'member' && (attendee.attendance === 'attended' || attendee.attendance === 'late');

/**
 * A completed family session's "Family feedback": the therapist sends a short form to the network
 * members who attended (the server refuses anyone without granted, current consent, and the reason
 * shows beside them), copies or shows the links once, and reads the answers, comments included
 * (clinicians only).
 */
@Component({
  selector: 'app-family-feedback',
  imports: [TakesFocus, MatButton, MatCheckbox, Icon, MatProgressBar, MatProgressSpinner, QrCode, RequestStateChip],
  templateUrl: './family-feedback.html',
  styleUrl: './family-feedback.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FamilyFeedback {
  private readonly store = inject(Store);
  private readonly clipboard = inject(Clipboard);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly clientId = input.required<string>();
  readonly sessionId = input.required<string>();
  readonly attendees = input.required<readonly SessionAttendee[]>();
  readonly canWrite = input(false);

  protected readonly questions = Object.entries(FEEDBACK_QUESTIONS) as [FeedbackQuestion, string][];
  protected readonly viewModel = this.store.selectSignal(sessionFeedbackFeature.selectFeedbackViewModel);
  protected readonly refused = this.store.selectSignal(sessionFeedbackFeature.selectRefused);
  protected readonly sendError = this.store.selectSignal(sessionFeedbackFeature.selectSendError);
  protected readonly issued = this.store.selectSignal(sessionFeedbackFeature.selectIssued);
  private readonly sendStatus = this.store.selectSignal(sessionFeedbackFeature.selectSendStatus);
  protected readonly sending = computed(() => this.sendStatus() === 'sending');
  protected readonly members = computed(() => this.attendees().filter(askable));
  protected readonly chosen = signal<readonly string[]>([]);
  protected readonly chooseError = signal('');
  /** memberId of the link whose QR code is shown, one at a time. */
  protected readonly qrShown = signal<string | null>(null);
  protected readonly copyStatus = signal('');
  protected readonly dateOf = dateOf;

  protected readonly memberName = computed(() => {
    const names = new Map(this.attendees().map((attendee) => [attendee.id, attendee.name]));
    return (memberId: string) => names.get(memberId) ?? 'Network member';
  });

  constructor() {
    effect(() => {
      const clientId = this.clientId();
      const sessionId = this.sessionId();
      untracked(() => this.store.dispatch(FamilyFeedbackActions.opened({ clientId, sessionId })));
    });
    // A refusal lands focus on the first refused attendee, whose checkbox reads out the reason.
    effect(() => {
      if (Object.keys(this.refused()).length > 0) {
        this.focusAfterRender('.member.refused input');
      }
    });
  }

  private focusAfterRender(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), { injector: this.injector });
  }

  protected toggle(memberId: string, checked: boolean): void {
    this.chooseError.set('');
    this.chosen.update((ids) => (checked ? [...ids.filter((id) => id !== memberId), memberId] : ids.filter((id) => id !== memberId)));
  }

  protected send(): void {
    if (this.sending()) {
      return;
    }
    // In attendee order, so the server's `memberIds.N` names the same person on screen.
    const memberIds = this.members()
      .map((member) => member.id)
      .filter((id) => this.chosen().includes(id));
    if (memberIds.length === 0) {
      this.chooseError.set('Choose at least one attendee.');
      this.focusAfterRender('.member input');
      return;
    }
    this.store.dispatch(FamilyFeedbackActions.sendSubmitted({ clientId: this.clientId(), sessionId: this.sessionId(), memberIds }));
  }

  protected copy(link: string, memberId: string): void {
    this.copyStatus.set(
      this.clipboard.copy(link) ? `Link for ${this.memberName()(memberId)} copied.` : 'The link could not be copied. Select it and copy it by hand.',
    );
  }

  protected toggleQr(memberId: string): void {
    this.qrShown.update((shown) => (shown === memberId ? null : memberId));
  }

  protected newLink(request: SelfReportRequest): void {
    this.store.dispatch(FamilyFeedbackActions.newLinkClicked({ request }));
  }

  protected retry(): void {
    this.store.dispatch(FamilyFeedbackActions.retryClicked());
  }
}
