import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, type Injector } from '@angular/core';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialog,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  type MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatProgressBar } from '@angular/material/progress-bar';
import type { FamilySession } from '@domain/sessions/family-session';
import { Store } from '@ngrx/store';
import { sessionChanges } from '../session-changes';
import { SessionHistoryDialogActions } from '../session-history-dialog.actions';
import { statusLabel } from '../session-words';
import { sessionsFeature } from '../sessions.feature';
import { RevisionEntry } from '../../shared/revision-entry/revision-entry';
import { dialogFocus } from '../../shared/focus/dialog-focus';

export interface SessionHistoryDialogData {
  readonly clientId: string;
  readonly session: FamilySession;
  /** Names of network members, for follow-up owners. */
  readonly memberNames: Readonly<Record<string, string>>;
}

/**
 * Every saved version of a completed session, oldest first: who saved it, when, why, and what
 * changed from the version before. Nothing in a completed record changes without leaving a trace.
 */
@Component({
  selector: 'app-session-history-dialog',
  imports: [RevisionEntry, 
    DatePipe,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatButton,
    MatProgressBar,
  ],
  templateUrl: './session-history-dialog.html',
  styleUrl: './session-history-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SessionHistoryDialog {
  private readonly store = inject(Store);
  protected readonly data = inject<SessionHistoryDialogData>(MAT_DIALOG_DATA);
  protected readonly history = this.store.selectSignal(sessionsFeature.selectHistory);

  protected readonly revisions = computed(() =>
    this.history().items.map((revision, index, all) => ({
      revision,
      status: revision.session.status ? statusLabel(revision.session) : null,
      changes:
        index === 0
          ? []
          : sessionChanges(all[index - 1].session, revision.session, this.data.memberNames),
      first: index === 0,
    })),
  );

  constructor() {
    this.store.dispatch(
      SessionHistoryDialogActions.opened({
        clientId: this.data.clientId,
        sessionId: this.data.session.id,
      }),
    );
  }

  protected retry(): void {
    this.store.dispatch(
      SessionHistoryDialogActions.retryClicked({
        clientId: this.data.clientId,
        sessionId: this.data.session.id,
      }),
    );
  }
}

export function openSessionHistoryDialog(
  injector: Injector,
  data: SessionHistoryDialogData,
): MatDialogRef<SessionHistoryDialog> {
  return injector
    .get(MatDialog)
    .open<SessionHistoryDialog, SessionHistoryDialogData>(SessionHistoryDialog, {
      width: '48rem',
      maxWidth: '96vw',
      ...dialogFocus('dialog'),
      ariaLabelledBy: 'session-history-title',
      data,
    });
}
