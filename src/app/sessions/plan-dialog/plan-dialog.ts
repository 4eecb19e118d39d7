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
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
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
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { MatOption, MatSelect } from '@angular/material/select';
import { todayIsoDate } from '@domain/common/iso-date';
import type { FamilySession } from '@domain/sessions/family-session';
import {
  MAX_SESSION_MINUTES,
  MODALITIES,
  MODALITY_CODES,
  SESSION_TYPE_CODES,
  SESSION_TYPES,
} from '@domain/sessions/session-codes';
import { TEXT_LIMITS } from '@domain/validation/text-limits';
import { Store } from '@ngrx/store';
import { ConsentBadge } from '../../network/consent-badge/consent-badge';
import { applyFieldErrors, FIELD_ERROR } from '../../shared/forms/apply-field-errors';
import { PlanDialogActions } from '../plan-dialog.actions';
import type { SessionWarning } from '../session-edit';
import { statusLabel } from '../session-words';
import { sessionsFeature } from '../sessions.feature';
import type { ClientsState } from '../../clients/clients.feature';
import { clinicianIdsOf, planFieldErrors, planForm, readPlan } from './plan-form';
import { injectFocusFirstInvalid } from '../../shared/forms/focus-first-invalid';
import { ConflictNotice } from '../../shared/conflict-notice/conflict-notice';
import { versionedEdit } from '../../shared/versioned-edits/versioned-edit';
import { SUBMIT_SHORTCUT_ARIA, SUBMIT_SHORTCUT_LABEL, SubmitShortcut } from '../../shared/forms/submit-shortcut';
import { TakesFocus } from '../../shared/focus/takes-focus';
import { dialogFocus } from '../../shared/focus/dialog-focus';

export interface PlanDialogData {
  readonly clientId: string;
  /** The planned session to change; null plans a new one. */
  readonly session: FamilySession | null;
}

/**
 * Plans a family session, or changes a planned one: when, how long, what kind, where, who from the
 * client's network is invited (with each person's consent to share) and the goals. Checked with
 * the shared schema before sending. When the server asks, the clinician reviews the warnings
 * (invitees without consent, overlapping sessions) and confirms them; a save over someone else's
 * change shows the session as it is now, and the user re-applies or discards their change.
 */
@Component({
  selector: 'app-plan-dialog',
  imports: [
    TakesFocus,
    ConflictNotice,
    SubmitShortcut,
    DatePipe,
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
    MatCheckbox,
    MatButton,
    MatProgressBar,
    MatProgressSpinner,
    ConsentBadge,
  ],
  templateUrl: './plan-dialog.html',
  styleUrl: './plan-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlanDialog {
  private readonly store = inject(Store);
  private readonly dialogRef = inject<MatDialogRef<PlanDialog>>(MatDialogRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly focusFirstInvalidField = injectFocusFirstInvalid('[aria-invalid="true"], .unconfirmed input, .members-error');
  protected readonly data = inject<PlanDialogData>(MAT_DIALOG_DATA);

  /** Consent is checked for today, as the server checks it. */
  protected readonly today = todayIsoDate();
  protected readonly fieldError = FIELD_ERROR;
  protected readonly maxMinutes = MAX_SESSION_MINUTES;
  protected readonly limits = TEXT_LIMITS;
  protected readonly statusLabel = statusLabel;
  protected readonly typeOptions = SESSION_TYPE_CODES.map((code) => ({
    code,
    label: SESSION_TYPES[code],
  }));
  protected readonly modalityOptions = MODALITY_CODES.map((code) => ({
    code,
    label: MODALITIES[code],
  }));

  /** The version a change is based on, and a conflict of a plan with a newer one. */
  private readonly versioned = versionedEdit(
    this.data.session,
    this.store.selectSignal(sessionsFeature.selectConflict),
    ({ edit }) => edit.kind === 'plan',
  );
  protected readonly base = this.versioned.base;
  protected readonly conflict = this.versioned.conflict;
  protected readonly form = planForm(this.data.session);
  private readonly value = toSignal(this.form.valueChanges, {
    initialValue: this.form.getRawValue(),
  });
  private readonly selectedIds = computed(() => this.value().memberIds ?? []);

  protected readonly members = this.store.selectSignal(sessionsFeature.selectMembers);
  protected readonly membersStatus = this.store.selectSignal(sessionsFeature.selectMembersStatus);
  protected readonly membersError = this.store.selectSignal(sessionsFeature.selectMembersError);
  /** Invitees who have left the network since: a re-plan no longer invites them. */
  protected readonly formerInvitees = computed(() => {
    const active = new Set(this.members().map(({ id }) => id));
    return this.membersStatus() === 'loaded'
      ? (this.base()?.attendees ?? []).filter(
          ({ kind, id }) => kind === 'member' && !active.has(id),
        )
      : [];
  });

  private readonly saveStatus = this.store.selectSignal(sessionsFeature.selectSaveStatus);
  private readonly saveError = this.store.selectSignal(sessionsFeature.selectSaveError);
  private readonly allWarnings = this.store.selectSignal(sessionsFeature.selectWarnings);
  protected readonly saving = computed(() => this.saveStatus() === 'saving');
  /** The plan form is long: Ctrl+Enter saves from any field, as said beside Save. */
  protected readonly shortcut = { label: SUBMIT_SHORTCUT_LABEL, aria: SUBMIT_SHORTCUT_ARIA };
  /** The warnings still about this plan: consent only for people still invited. */
  protected readonly warnings = computed(() =>
    this.allWarnings().filter(
      ({ kind, memberId }) =>
        kind === 'overlap' ||
        (kind === 'consent' && (memberId === null || this.selectedIds().includes(memberId))),
    ),
  );
  // Read leniently: the dialog may open where the clients state is not provided.
  private readonly openClient = this.store.selectSignal(
    (state: { clients?: ClientsState }) => state.clients?.client ?? null,
  );
  /**
   * The client declined family involvement: shown before saving (from the open client record), or
   * when the server says so (a client record not loaded, or changed meanwhile).
   */
  protected readonly clientDeclined = computed(() => {
    const client = this.openClient();
    return (
      (client?.id === this.data.clientId && client.familyConsent === 'declined') ||
      this.allWarnings().some(({ kind }) => kind === 'client-declined')
    );
  });
  protected readonly consentWarnings = computed(() =>
    this.warnings().filter(({ kind }) => kind === 'consent'),
  );
  protected readonly overlapWarnings = computed(() =>
    this.warnings().filter(({ kind }) => kind === 'overlap'),
  );
  /** Set when the user saves without ticking a confirmation the warnings ask for. */
  protected readonly unconfirmed = signal(false);
  /** Set when the user saves without confirming, with a reason, a plan the client declined. */
  protected readonly declinedUnconfirmed = signal(false);

  /** The clinician ticked the confirmation and gave a reason (else the reason field says why not). */
  private declinedAcknowledged(): boolean {
    const { clientDeclinedAcknowledged, clientDeclinedReason } = this.form.controls;
    if (clientDeclinedAcknowledged.value && clientDeclinedReason.value.trim() === '') {
      applyFieldErrors(this.form, [
        {
          field: 'clientDeclinedReason',
          message: 'Say why this session is planned although the client declined.',
        },
      ]);
    }
    return clientDeclinedAcknowledged.value && clientDeclinedReason.value.trim() !== '';
  }
  protected readonly formProblem = computed(() => {
    const problem = this.saveError();
    const onFields = planFieldErrors(problem?.errors ?? []).some(({ field }) =>
      this.form.contains(field),
    );
    return problem && !onFields ? problem : null;
  });

  constructor() {
    this.store.dispatch(PlanDialogActions.opened());
    effect(() => {
      if (this.saveStatus() === 'saved') {
        this.dialogRef.close(true);
      }
    });
    // The warnings open at the top of the form: take the user there.
    effect(() => {
      if (this.saveStatus() === 'unacknowledged') {
        afterNextRender(
          () =>
            this.host.nativeElement
              .querySelector<HTMLElement>('#plan-warnings-heading, #client-declined-heading')
              ?.focus(),
          {
            injector: this.injector,
          },
        );
      }
    });
    effect(() => {
      if (applyFieldErrors(this.form, planFieldErrors(this.saveError()?.errors ?? []))) {
        this.focusFirstInvalidField();
      }
    });
  }

  protected isInvited(memberId: string): boolean {
    return this.selectedIds().includes(memberId);
  }

  protected toggleMember(memberId: string, invited: boolean): void {
    const current = this.form.controls.memberIds.value;
    // Keep the order of the network list, so the invitation reads the same everywhere.
    const next = this.members()
      .map(({ id }) => id)
      .filter((id) => (id === memberId ? invited : current.includes(id)));
    this.form.controls.memberIds.setValue(next);
    this.form.controls.memberIds.markAsTouched();
  }

  protected warningText(warning: SessionWarning): string {
    const name = this.members().find(({ id }) => id === warning.memberId)?.name;
    return name ? `${name}: ${warning.message}` : warning.message;
  }

  protected submit(): void {
    if (this.saving()) {
      return;
    }
    const base = this.base();
    // Invitees who left the network cannot be invited again; the server would refuse them.
    const stillActive = new Set(this.members().map(({ id }) => id));
    if (this.membersStatus() === 'loaded') {
      this.form.controls.memberIds.setValue(
        this.form.controls.memberIds.value.filter((id) => stillActive.has(id)),
      );
    }
    const plan = readPlan(this.form, clinicianIdsOf(base), Date.now());
    const unconfirmed =
      (this.consentWarnings().length > 0 && !this.form.controls.consentWarningAcknowledged.value) ||
      (this.overlapWarnings().length > 0 && !this.form.controls.overlapAcknowledged.value);
    this.unconfirmed.set(unconfirmed);
    const declinedUnconfirmed = this.clientDeclined() && !this.declinedAcknowledged();
    this.declinedUnconfirmed.set(declinedUnconfirmed);
    if (plan === null || unconfirmed || declinedUnconfirmed) {
      this.focusFirstInvalidField();
      return;
    }
    this.store.dispatch(
      PlanDialogActions.submitted({
        clientId: this.data.clientId,
        sessionId: base?.id ?? null,
        plan,
        version: base?.version ?? null,
      }),
    );
  }

  /** Sends the same plan again, on top of the session as it is now. */
  protected reapply(): void {
    this.versioned.reapply(({ current, edit }) => {
      if (edit.kind === 'plan') {
        this.store.dispatch(
          PlanDialogActions.submitted({
            clientId: this.data.clientId,
            sessionId: current.id,
            plan: edit.plan,
            version: current.version,
          }),
        );
      }
    });
  }

  /** Drops the user's change: the form shows the session as it is now. */
  protected discard(): void {
    this.versioned.discard((current) => {
      this.form.reset(planForm(current).getRawValue());
      this.store.dispatch(PlanDialogActions.conflictDiscarded({ current }));
    });
  }
}

/** Opens the plan form; closes with `true` once saved. */
export function openPlanDialog(
  injector: Injector,
  data: PlanDialogData,
): MatDialogRef<PlanDialog, boolean> {
  return injector.get(MatDialog).open<PlanDialog, PlanDialogData, boolean>(PlanDialog, {
    width: '44rem',
    maxWidth: '96vw',
    ...dialogFocus('first-tabbable'),
    ariaLabelledBy: 'plan-dialog-title',
    data,
  });
}
