import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, type Injector } from '@angular/core';
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
import type { SupportNote } from '@domain/notes/support-note';
import { Store } from '@ngrx/store';
import { NoteHistoryDialogActions } from '../note-history-dialog.actions';
import { notesFeature } from '../notes.feature';
import { RevisionEntry } from '../../../shared/revision-entry/revision-entry';
import { dialogFocus } from '../../../shared/focus/dialog-focus';

export interface NoteHistoryDialogData {
  readonly clientId: string;
  readonly note: SupportNote;
  readonly memberNames: Readonly<Record<string, string>>;
}

/** Every version of a note, the original first: what it said, who recorded it, when and why. */
@Component({
  selector: 'app-note-history-dialog',
  imports: [RevisionEntry, 
    DatePipe,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatButton,
    MatProgressBar,
  ],
  templateUrl: './note-history-dialog.html',
  styleUrl: './note-history-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NoteHistoryDialog {
  private readonly store = inject(Store);
  protected readonly data = inject<NoteHistoryDialogData>(MAT_DIALOG_DATA);
  protected readonly history = this.store.selectSignal(notesFeature.selectHistory);

  constructor() {
    this.store.dispatch(
      NoteHistoryDialogActions.opened({ clientId: this.data.clientId, noteId: this.data.note.id }),
    );
  }

  protected memberNames(ids: readonly string[]): string {
    return ids.map((id) => this.data.memberNames[id] ?? 'Former network member').join(', ');
  }

  protected retry(): void {
    this.store.dispatch(
      NoteHistoryDialogActions.retryClicked({
        clientId: this.data.clientId,
        noteId: this.data.note.id,
      }),
    );
  }
}

export function openNoteHistoryDialog(
  injector: Injector,
  data: NoteHistoryDialogData,
): MatDialogRef<NoteHistoryDialog> {
  return injector.get(MatDialog).open<NoteHistoryDialog, NoteHistoryDialogData>(NoteHistoryDialog, {
    width: '40rem',
    maxWidth: '96vw',
    ...dialogFocus('dialog'),
    ariaLabelledBy: 'note-history-title',
    data,
  });
}
