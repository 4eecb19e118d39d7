import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  type Injector,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialog,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { MatOption, MatSelect } from '@angular/material/select';
import { todayIsoDate } from '@domain/common/iso-date';
import type { SupportNote } from '@domain/notes/support-note';
import {
  amendSupportNoteRequestSchema,
  createSupportNoteRequestSchema,
  NOTE_MAX_LENGTH,
} from '@domain/notes/support-note-requests';
import { TEXT_LIMITS } from '@domain/validation/text-limits';
import { Store } from '@ngrx/store';
import { applyFieldErrors, FIELD_ERROR } from '../../../shared/forms/apply-field-errors';
import { validateWithSchema } from '../../../shared/forms/validate-with-schema';
import { formatCalendarDate } from '../../../shared/time/calendar-date';
import { NoteDialogActions } from '../note-dialog.actions';
import { notesFeature } from '../notes.feature';
import { injectFocusFirstInvalid } from '../../../shared/forms/focus-first-invalid';
import { ConflictNotice } from '../../../shared/conflict-notice/conflict-notice';
import { versionedEdit } from '../../../shared/versioned-edits/versioned-edit';
import { TakesFocus } from '../../../shared/focus/takes-focus';
import { dialogFocus } from '../../../shared/focus/dialog-focus';

export interface TaggableMember {
  readonly id: string;
  readonly name: string;
}

export interface NoteDialogData {
  readonly clientId: string;
  /** The note to amend; null writes a new one. */
  readonly note: SupportNote | null;
  /** The people the note can be about. */
  readonly members: readonly TaggableMember[];
}

/**
 * Writes a support note, or amends one (the new wording, the people it is about, and why: the
 * earlier wording stays in the note's history). Checked with the shared schema before sending.
 * An amendment over someone else's shows the note as it is now; the user re-applies or discards.
 */
@Component({
  selector: 'app-note-dialog',
  imports: [TakesFocus, ConflictNotice, 
    ReactiveFormsModule,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatSelect,
    MatOption,
    MatButton,
    MatProgressSpinner,
  ],
  templateUrl: './note-dialog.html',
  styleUrl: './note-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NoteDialog {
  private readonly store = inject(Store);
  private readonly dialogRef = inject<MatDialogRef<NoteDialog>>(MatDialogRef);
  private readonly focusFirstInvalidField = injectFocusFirstInvalid();
  protected readonly data = inject<NoteDialogData>(MAT_DIALOG_DATA);

  protected readonly today = todayIsoDate();
  protected readonly maxLength = NOTE_MAX_LENGTH;
  protected readonly reasonMax = TEXT_LIMITS.shortText;
  protected readonly fieldError = FIELD_ERROR;
  protected readonly amending = this.data.note !== null;
  protected readonly noteDate = this.data.note ? formatCalendarDate(this.data.note.noteDate) : '';

  /** The version an amendment is based on, and a conflict with a newer one. */
  private readonly versioned = versionedEdit(
    this.data.note,
    this.store.selectSignal(notesFeature.selectConflict),
  );
  protected readonly base = this.versioned.base;
  protected readonly conflict = this.versioned.conflict;
  protected readonly form = new FormGroup({
    noteDate: new FormControl(this.data.note?.noteDate ?? this.today, { nonNullable: true }),
    text: new FormControl(this.data.note?.text ?? '', { nonNullable: true }),
    memberIds: new FormControl<string[]>([...(this.data.note?.memberIds ?? [])], {
      nonNullable: true,
    }),
    reason: new FormControl('', { nonNullable: true }),
  });
  private readonly text = toSignal(this.form.controls.text.valueChanges, {
    initialValue: this.form.controls.text.value,
  });
  protected readonly length = computed(() => this.text().length);

  private readonly saveStatus = this.store.selectSignal(notesFeature.selectSaveStatus);
  private readonly saveError = this.store.selectSignal(notesFeature.selectSaveError);
  protected readonly saving = computed(() => this.saveStatus() === 'saving');
  protected readonly formProblem = computed(() => {
    const problem = this.saveError();
    const aboutFields =
      problem?.errors?.some(({ field }) => this.form.contains(field.split('.')[0])) ?? false;
    return problem && !aboutFields ? problem : null;
  });

  constructor() {
    this.store.dispatch(NoteDialogActions.opened());
    effect(() => {
      if (this.saveStatus() === 'saved') {
        this.dialogRef.close(true);
      }
    });
    effect(() => {
      // A tag the server refuses ("memberIds.0") is shown on the tags field.
      const errors = (this.saveError()?.errors ?? []).map(({ field, message }) => ({
        field: field.split('.')[0],
        message,
      }));
      if (applyFieldErrors(this.form, errors)) {
        this.focusFirstInvalidField();
      }
    });
  }

  protected memberName(id: string): string {
    return this.data.members.find((member) => member.id === id)?.name ?? 'Former network member';
  }

  protected submit(): void {
    if (this.saving()) {
      return;
    }
    const { noteDate, text, memberIds, reason } = this.form.getRawValue();
    const note = this.base();
    if (note === null) {
      const request = validateWithSchema(this.form, createSupportNoteRequestSchema, {
        noteDate: noteDate || undefined,
        text,
        memberIds,
      });
      if (request === null) {
        this.focusFirstInvalidField();
        return;
      }
      this.store.dispatch(
        NoteDialogActions.createSubmitted({ clientId: this.data.clientId, request }),
      );
      return;
    }
    const request = validateWithSchema(this.form, amendSupportNoteRequestSchema, {
      text,
      memberIds,
      reason,
      version: note.version,
    });
    if (request === null) {
      this.focusFirstInvalidField();
      return;
    }
    const { version, ...amendment } = request;
    this.store.dispatch(
      NoteDialogActions.amendSubmitted({
        clientId: this.data.clientId,
        noteId: note.id,
        amendment,
        version,
      }),
    );
  }

  /** Sends the same amendment again, on top of the note as it is now. */
  protected reapply(): void {
    this.versioned.reapply(({ current, amendment }) =>
      this.store.dispatch(
        NoteDialogActions.amendSubmitted({
          clientId: this.data.clientId,
          noteId: current.id,
          amendment,
          version: current.version,
        }),
      ),
    );
  }

  /** Drops the user's amendment: the form shows the note as it is now. */
  protected discard(): void {
    this.versioned.discard((current) => {
      this.form.reset({
        noteDate: current.noteDate,
        text: current.text,
        memberIds: [...current.memberIds],
        reason: '',
      });
      this.store.dispatch(NoteDialogActions.conflictDiscarded({ current }));
    });
  }
}

/** Opens the note form; closes with `true` once saved. */
export function openNoteDialog(
  injector: Injector,
  data: NoteDialogData,
): MatDialogRef<NoteDialog, boolean> {
  return injector.get(MatDialog).open<NoteDialog, NoteDialogData, boolean>(NoteDialog, {
    width: '40rem',
    maxWidth: '96vw',
    // The note's text is what the user came to write (the date starts as today).
    ...dialogFocus('textarea'),
    ariaLabelledBy: 'note-dialog-title',
    data,
  });
}
