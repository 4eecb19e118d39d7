import { DatePipe } from '@angular/common';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { Icon } from '../../shared/icon/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { MatOption, MatSelect } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import type { FamilySession } from '@domain/sessions/family-session';
import { SESSION_STATUS_CODES, SESSION_STATUSES } from '@domain/sessions/session-codes';
import { TEXT_LIMITS } from '@domain/validation/text-limits';
import { Store } from '@ngrx/store';
import { applyFieldErrors, FIELD_ERROR } from '../../shared/forms/apply-field-errors';
import { injectFocusFirstInvalid } from '../../shared/forms/focus-first-invalid';
import { AttendanceFields } from '../attendance-fields/attendance-fields';
import { FollowUpFields, type OwnerOption } from '../follow-up-fields/follow-up-fields';
import { RECORD_TEXT_FIELDS } from '../record-fields';
import { RecordPageActions } from '../record-page.actions';
import { sessionChanges } from '../session-changes';
import { sessionRefOf } from '../session-route';
import { typeLabel } from '../session-words';
import { sessionsFeature } from '../sessions.feature';
import {
  followUpGroup,
  isAmendment,
  readRecord,
  recordFieldErrors,
  recordForm,
  type RecordForm,
} from './record-form';
import { ConflictNotice } from '../../shared/conflict-notice/conflict-notice';
import { versionedEdit } from '../../shared/versioned-edits/versioned-edit';
import type { SessionConflict } from '../session-edit';
import { TakesFocus } from '../../shared/focus/takes-focus';

/**
 * Records what happened in a session: its status, who came, the record and the follow-up actions.
 * Once a session is completed, every change is an amendment with a reason, and the earlier record
 * stays in the session's history. A save over someone else's change shows what changed; the user
 * re-applies their record on the current version or discards it.
 */
@Component({
  selector: 'app-record-page',
  imports: [TakesFocus, ConflictNotice, 
    DatePipe,
    ReactiveFormsModule,
    RouterLink,
    MatAnchor,
    MatButton,
    Icon,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatSelect,
    MatOption,
    MatProgressBar,
    MatProgressSpinner,
    AttendanceFields,
    FollowUpFields,
  ],
  templateUrl: './record-page.html',
  styleUrl: './record-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class RecordPage {
  private readonly store = inject(Store);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly focusFirstInvalidField = injectFocusFirstInvalid('[aria-invalid="true"], .attendance .error');

  protected readonly ref = toSignal(sessionRefOf(this.store), { initialValue: null });
  private readonly entities = this.store.selectSignal(sessionsFeature.selectSessionEntities);
  private readonly detail = this.store.selectSignal(sessionsFeature.selectDetail);
  private readonly members = this.store.selectSignal(sessionsFeature.selectMembers);
  private readonly memberNames = this.store.selectSignal(sessionsFeature.selectMemberNames);
  private readonly saveStatus = this.store.selectSignal(sessionsFeature.selectSaveStatus);
  private readonly saveError = this.store.selectSignal(sessionsFeature.selectSaveError);

  protected readonly fieldError = FIELD_ERROR;
  protected readonly reasonMax = TEXT_LIMITS.shortText;
  protected readonly textMax = TEXT_LIMITS.longText;
  protected readonly statusOptions = SESSION_STATUS_CODES.map((code) => ({
    code,
    label: SESSION_STATUSES[code],
  }));
  protected readonly textFields = RECORD_TEXT_FIELDS;
  protected readonly typeLabel = typeLabel;

  /** The version the record is based on (once the session is here), and a conflict of a record with a newer one. */
  private readonly versioned = versionedEdit<FamilySession, SessionConflict>(
    null,
    this.store.selectSignal(sessionsFeature.selectConflict),
    ({ edit }) => edit.kind === 'record',
  );
  protected readonly base = this.versioned.base;
  protected readonly conflict = this.versioned.conflict;
  protected readonly form = signal<RecordForm | null>(null);
  /** Set on "Save record", so only this page's own save leads back to the session. */
  private readonly submitted = signal(false);

  protected readonly amending = computed(() => {
    const base = this.base();
    return base !== null && isAmendment(base);
  });
  protected readonly saving = computed(() => this.saveStatus() === 'saving');
  protected readonly loadError = computed(() =>
    this.detail().status === 'failed' ? this.detail().error : null,
  );
  protected readonly conflictChanges = computed(() => {
    const conflict = this.conflict();
    const base = this.base();
    return conflict && base ? sessionChanges(base, conflict.current, this.memberNames()) : [];
  });
  protected readonly formProblem = computed(() => {
    const problem = this.saveError();
    const form = this.form();
    const base = this.base();
    const onFields =
      form !== null &&
      base !== null &&
      recordFieldErrors(problem?.errors ?? [], base).some(({ field }) => form.get(field) !== null);
    return problem && !onFields ? problem : null;
  });
  /** Today's members, and any former member who still owns a follow-up of this session. */
  protected readonly owners = computed<OwnerOption[]>(() => {
    const names = this.memberNames();
    const active = this.members().map(({ id, name }) => ({ id, name }));
    const former = (this.base()?.followUps ?? [])
      .map(({ ownerMemberId }) => ownerMemberId)
      .filter((id): id is string => id !== null && !active.some((member) => member.id === id))
      .map((id) => ({ id, name: `${names[id] ?? 'Former network member'} (left the network)` }));
    return [...active, ...former];
  });

  constructor() {
    effect(() => {
      const ref = this.ref();
      if (ref !== null) {
        untracked(() => {
          this.form.set(null);
          this.base.set(null);
          this.store.dispatch(RecordPageActions.opened(ref));
        });
      }
    });
    // The form starts from the session as the server has it now (its version matters).
    effect(() => {
      const ref = this.ref();
      const detail = this.detail();
      const session = ref ? this.entities()[ref.sessionId] : undefined;
      if (
        session &&
        detail.sessionId === session.id &&
        detail.status === 'loaded' &&
        untracked(this.form) === null
      ) {
        untracked(() => {
          this.base.set(session);
          this.form.set(recordForm(session, Date.now()));
        });
      }
    });
    effect(() => {
      const ref = this.ref();
      if (this.saveStatus() === 'saved' && untracked(this.submitted) && ref) {
        void this.router.navigate(['/clients', ref.clientId, 'sessions', ref.sessionId]);
      }
    });
    effect(() => {
      const form = this.form();
      const base = this.base();
      if (
        form &&
        base &&
        applyFieldErrors(form, recordFieldErrors(this.saveError()?.errors ?? [], base))
      ) {
        this.focusFirstInvalidField();
      }
    });
  }

  protected addFollowUp(form: RecordForm): void {
    form.controls.followUps.push(followUpGroup());
    afterNextRender(
      () => {
        const inputs = this.host.nativeElement.querySelectorAll<HTMLInputElement>(
          'app-follow-up-fields input[formcontrolname="what"]',
        );
        inputs.item(inputs.length - 1)?.focus();
      },
      { injector: this.injector },
    );
  }

  protected removeFollowUp(form: RecordForm, index: number): void {
    form.controls.followUps.removeAt(index);
  }

  protected submit(): void {
    const form = this.form();
    const base = this.base();
    const ref = this.ref();
    if (this.saving() || form === null || base === null || ref === null) {
      return;
    }
    const record = readRecord(form, base);
    if (record === null) {
      this.focusFirstInvalidField();
      return;
    }
    this.submitted.set(true);
    this.store.dispatch(RecordPageActions.submitted({ ...ref, record, version: base.version }));
  }

  /** Saves the form again, on top of the session as it is now (an amendment then needs its reason). */
  protected reapply(): void {
    this.versioned.reapply(() => this.submit());
  }

  /** Drops the user's record: the form shows the session as it is now. */
  protected discard(): void {
    this.versioned.discard((current) => {
      this.form.set(recordForm(current, Date.now()));
      this.store.dispatch(RecordPageActions.conflictDiscarded({ current }));
    });
  }
}
