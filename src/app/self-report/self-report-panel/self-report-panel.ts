import { ChangeDetectionStrategy, Component, effect, type ElementRef, inject, Injector, input, untracked, viewChild } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { type MatDialogRef } from '@angular/material/dialog';
import { MatProgressBar } from '@angular/material/progress-bar';
import type { SelfReportRequest } from '@domain/self-report/self-report-request';
import { Store } from '@ngrx/store';
import { EmptyState } from '../../shared/empty-state/empty-state';
import { openLinkDialog, type LinkDialog } from '../link-dialog/link-dialog';
import { RequestStateChip } from '../request-state-chip/request-state-chip';
import { SelfReportPanelActions } from '../self-report-panel.actions';
import { dateOf, instrumentNames } from '../self-report-words';
import { selfReportFeature } from '../self-report.feature';
import { selectSelfReportEmail } from '../../core/auth/auth.feature';
import { openSendDialog } from '../send-dialog/send-dialog';
import { LinkDialogActions } from '../send-dialog.actions';

/**
 * The Measures tab's "Self-report" panel: the instruments sent to the client to answer at home, each
 * with its state, and (for the therapist) sending, withdrawing and sending again. A request just
 * issued opens the link dialog, the one place its link is shown.
 */
@Component({
  selector: 'app-self-report-panel',
  imports: [MatButton, MatProgressBar, EmptyState, RequestStateChip],
  templateUrl: './self-report-panel.html',
  styleUrl: './self-report-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SelfReportPanel {
  private readonly store = inject(Store);
  private readonly injector = inject(Injector);

  readonly clientId = input.required<string>();
  protected readonly viewModel = this.store.selectSignal(selfReportFeature.selectPanelViewModel);
  private readonly issued = this.store.selectSignal(selfReportFeature.selectIssued);
  /** The email field (and emailing a new link) is offered only when the server can send email (SMTP_URL configured). */
  protected readonly emailAvailable = this.store.selectSignal(selectSelfReportEmail);
  private readonly notice = viewChild<ElementRef<HTMLElement>>('notice');
  private linkDialog: MatDialogRef<LinkDialog> | null = null;

  protected readonly instrumentNames = instrumentNames;
  protected readonly dateOf = dateOf;

  constructor() {
    effect(() => {
      const clientId = this.clientId();
      untracked(() => this.store.dispatch(SelfReportPanelActions.opened({ clientId })));
    });
    effect(() => {
      const issued = this.issued();
      if (issued && this.linkDialog === null) {
        untracked(() => this.showLink(issued));
      }
    });
    // A conflict or failure notice takes focus, so keyboard and screen-reader users meet it at once.
    effect(() => this.notice()?.nativeElement.focus());
  }

  protected send(): void {
    openSendDialog(this.injector, { clientId: this.clientId(), emailAvailable: this.emailAvailable() });
  }

  protected withdraw(request: SelfReportRequest): void {
    this.store.dispatch(SelfReportPanelActions.withdrawClicked({ request }));
  }

  protected hasActions(request: SelfReportRequest): boolean {
    return request.state !== 'answered' && request.state !== 'withdrawn';
  }

  protected createLink(request: SelfReportRequest, email: boolean): void {
    this.store.dispatch(SelfReportPanelActions.createLinkClicked({ request, email }));
  }

  protected createLinkLabel(request: SelfReportRequest): string {
    const names = instrumentNames(request.instruments);
    return request.state === 'due'
      ? `Create the link for the ${names} repeat due ${dateOf(request.dueAt ?? request.createdAt)}`
      : `New link for ${names} sent ${dateOf(request.linkIssuedAt ?? request.createdAt)}: the old link stops working`;
  }

  protected withdrawLabel(request: SelfReportRequest): string {
    const names = instrumentNames(request.instruments);
    return request.state === 'waiting'
      ? `Withdraw ${names} sent ${dateOf(request.linkIssuedAt ?? request.createdAt)}`
      : `Stop the ${names} repeats (next due ${dateOf(request.dueAt ?? request.createdAt)})`;
  }

  protected sendAgain(request: SelfReportRequest): void {
    this.store.dispatch(SelfReportPanelActions.sendAgainClicked({ request }));
  }

  protected dismissNotice(): void {
    this.store.dispatch(SelfReportPanelActions.noticeDismissed());
  }

  protected retry(): void {
    this.store.dispatch(SelfReportPanelActions.retryClicked());
  }

  private showLink(issued: NonNullable<ReturnType<typeof this.issued>>): void {
    this.linkDialog = openLinkDialog(this.injector, { clientId: this.clientId(), issued });
    this.linkDialog.afterClosed().subscribe(() => {
      this.linkDialog = null;
      this.store.dispatch(LinkDialogActions.closed());
    });
  }
}
