import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  type Injector,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
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
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { MatOption, MatSelect } from '@angular/material/select';
import { todayIsoDate } from '@domain/common/iso-date';
import { MemberFacts } from '../member-facts/member-facts';
import {
  CONSENT_STATUS_CODES,
  CONSENT_STATUSES,
  CONTACT_FREQUENCIES,
  CONTACT_FREQUENCY_CODES,
  ENERGY_FLOW_CODES,
  ENERGY_FLOWS,
  NETWORK_CATEGORIES,
  RELATIONSHIP_CODES,
  RELATIONSHIPS,
  SUPPORT_TYPE_CODES,
  SUPPORT_TYPES,
  TIE_QUALITIES,
  TIE_QUALITY_CODES,
  TIE_STRENGTH_CODES,
  TIE_STRENGTHS,
  TREATMENT_INVOLVEMENT,
  TREATMENT_INVOLVEMENT_CODES,
  type ConsentStatus,
  type ContactFrequency,
  type EnergyFlow,
  type Relationship,
  type SupportType,
  type TieQuality,
  type TieStrength,
  type TreatmentInvolvement,
} from '@domain/network/network-codes';
import type { NetworkMember } from '@domain/network/network-member';
import {
  createNetworkMemberRequestSchema,
  endNetworkMemberRequestSchema,
} from '@domain/network/network-member-requests';
import type { FieldError } from '@domain/validation/field-errors';
import { TEXT_LIMITS } from '@domain/validation/text-limits';
import { Store } from '@ngrx/store';
import { applyFieldErrors, FIELD_ERROR } from '../../shared/forms/apply-field-errors';
import { validateWithSchema } from '../../shared/forms/validate-with-schema';
import { ConsentBadge } from '../consent-badge/consent-badge';
import { MemberDialogActions } from '../member-dialog.actions';
import { fieldsOf, type MemberEdit } from '../member-edit';
import { networkFeature } from '../network.feature';
import { injectFocusFirstInvalid } from '../../shared/forms/focus-first-invalid';
import { ConflictNotice } from '../../shared/conflict-notice/conflict-notice';
import { versionedEdit } from '../../shared/versioned-edits/versioned-edit';
import { SUBMIT_SHORTCUT_ARIA, SUBMIT_SHORTCUT_LABEL, SubmitShortcut } from '../../shared/forms/submit-shortcut';
import { TakesFocus } from '../../shared/focus/takes-focus';
import { dialogFocus } from '../../shared/focus/dialog-focus';

export interface MemberDialogData {
  readonly clientId: string;
  /** The member to edit or read; null adds a new one. */
  readonly member: NetworkMember | null;
  /** Supervisors, and anyone looking at a past date, read without changing. */
  readonly readOnly: boolean;
}

const options = <Code extends string>(codes: readonly Code[], labels: Record<Code, string>) =>
  codes.map((code) => ({ code, label: labels[code] }));

/** The selects a clinician must choose: empty means "Required.", not an unknown code. */
const REQUIRED_CHOICES = ['relationship', 'tieStrength', 'tieQuality', 'contactFrequency'] as const;

function memberForm(member: NetworkMember | null, today: string) {
  const fields = member ? fieldsOf(member) : null;
  return new FormGroup({
    name: new FormControl(fields?.name ?? '', { nonNullable: true }),
    relationship: new FormControl<Relationship | ''>(fields?.relationship ?? '', {
      nonNullable: true,
    }),
    supportTypes: new FormControl<SupportType[]>(fields ? [...fields.supportTypes] : [], {
      nonNullable: true,
    }),
    tieStrength: new FormControl<TieStrength | ''>(fields?.tieStrength ?? '', {
      nonNullable: true,
    }),
    tieQuality: new FormControl<TieQuality | ''>(fields?.tieQuality ?? '', { nonNullable: true }),
    energyFlow: new FormControl<EnergyFlow>(fields?.energyFlow ?? 'both', { nonNullable: true }),
    contactFrequency: new FormControl<ContactFrequency | ''>(fields?.contactFrequency ?? '', {
      nonNullable: true,
    }),
    livesWithClient: new FormControl(fields?.livesWithClient ?? false, { nonNullable: true }),
    involvement: new FormControl<TreatmentInvolvement>(fields?.involvement ?? 'none', {
      nonNullable: true,
    }),
    consent: new FormGroup({
      status: new FormControl<ConsentStatus>(fields?.consent.status ?? 'not-asked', {
        nonNullable: true,
      }),
      scope: new FormControl(fields?.consent.scope ?? '', { nonNullable: true }),
      givenOn: new FormControl(fields?.consent.givenOn ?? '', { nonNullable: true }),
      expiresOn: new FormControl(fields?.consent.expiresOn ?? '', { nonNullable: true }),
    }),
    emergencyContact: new FormControl(fields?.emergencyContact ?? false, { nonNullable: true }),
    boundariesNote: new FormControl(fields?.boundariesNote ?? '', { nonNullable: true }),
    activeFrom: new FormControl(fields?.activeFrom ?? today, { nonNullable: true }),
  });
}

type MemberForm = ReturnType<typeof memberForm>;

/**
 * Adds a network member, edits one, or ends the relationship; or shows a member read-only. Checked
 * with the shared schema before anything is sent; the server's field errors land on the same
 * fields. A save over someone else's change shows the member as it is now, and the user re-applies
 * their change or discards it.
 */
@Component({
  selector: 'app-member-dialog',
  imports: [
    TakesFocus,
    ConflictNotice,
    MemberFacts,
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
    MatProgressSpinner,
    ConsentBadge,
    SubmitShortcut,
  ],
  templateUrl: './member-dialog.html',
  styleUrl: './member-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MemberDialog {
  private readonly store = inject(Store);
  private readonly dialogRef = inject<MatDialogRef<MemberDialog>>(MatDialogRef);
  private readonly focusFirstInvalidField = injectFocusFirstInvalid();
  protected readonly data = inject<MemberDialogData>(MAT_DIALOG_DATA);

  protected readonly today = todayIsoDate();
  protected readonly fieldError = FIELD_ERROR;
  protected readonly limits = TEXT_LIMITS;
  protected readonly shortcut = { label: SUBMIT_SHORTCUT_LABEL, aria: SUBMIT_SHORTCUT_ARIA };
  protected readonly relationshipOptions = RELATIONSHIP_CODES.map((code) => ({
    code,
    label: RELATIONSHIPS[code].label,
    category: NETWORK_CATEGORIES[RELATIONSHIPS[code].category],
  }));
  protected readonly supportTypeOptions = options(SUPPORT_TYPE_CODES, SUPPORT_TYPES);
  protected readonly strengthOptions = options(TIE_STRENGTH_CODES, TIE_STRENGTHS);
  protected readonly qualityOptions = options(TIE_QUALITY_CODES, TIE_QUALITIES);
  protected readonly flowOptions = options(ENERGY_FLOW_CODES, ENERGY_FLOWS);
  protected readonly contactOptions = options(CONTACT_FREQUENCY_CODES, CONTACT_FREQUENCIES);
  protected readonly involvementOptions = options(
    TREATMENT_INVOLVEMENT_CODES,
    TREATMENT_INVOLVEMENT,
  );
  protected readonly consentOptions = options(CONSENT_STATUS_CODES, CONSENT_STATUSES);

  /** The version the user's change is based on, and a conflict with a newer one. */
  private readonly versioned = versionedEdit(
    this.data.member,
    this.store.selectSignal(networkFeature.selectConflict),
  );
  protected readonly base = this.versioned.base;
  protected readonly conflict = this.versioned.conflict;
  protected readonly form: MemberForm = memberForm(this.data.member, this.today);
  protected readonly endForm = new FormGroup({
    endedOn: new FormControl(this.today, { nonNullable: true }),
    endReason: new FormControl('', { nonNullable: true }),
  });
  protected readonly ending = signal(false);

  private readonly saveStatus = this.store.selectSignal(networkFeature.selectSaveStatus);
  private readonly saveError = this.store.selectSignal(networkFeature.selectSaveError);
  protected readonly saving = computed(() => this.saveStatus() === 'saving');
  protected readonly formProblem = computed(() => {
    const problem = this.saveError();
    const aboutFields =
      problem?.errors?.some(
        ({ field }) => this.form.get(field) !== null || this.endForm.contains(field),
      ) ?? false;
    return problem && !aboutFields ? problem : null;
  });

  private readonly value = toSignal(this.form.valueChanges, {
    initialValue: this.form.getRawValue(),
  });
  protected readonly category = computed(() => {
    const relationship = this.value().relationship;
    return relationship ? NETWORK_CATEGORIES[RELATIONSHIPS[relationship].category] : null;
  });
  protected readonly supportTypes = computed(() => this.value().supportTypes ?? []);
  protected readonly consentNow = computed(() => {
    const consent = this.form.controls.consent.getRawValue();
    // Read the signal so the badge follows the fields.
    this.value();
    return { ...consent, givenOn: consent.givenOn || null, expiresOn: consent.expiresOn || null };
  });

  protected readonly title = computed(() => {
    const member = this.base();
    return member === null
      ? 'Add a person to the network'
      : this.data.readOnly
        ? member.name
        : `Edit ${member.name}`;
  });
  protected readonly canEnd = computed(
    () => !this.data.readOnly && this.base() !== null && this.base()?.endedOn === null,
  );

  constructor() {
    this.store.dispatch(MemberDialogActions.opened());
    if (this.data.readOnly) {
      this.form.disable();
    }
    effect(() => {
      if (this.saveStatus() === 'saved') {
        this.dialogRef.close(true);
      }
    });
    effect(() => {
      const errors = this.saveError()?.errors ?? [];
      const onForm = applyFieldErrors(this.form, errors);
      const onEnd = applyFieldErrors(this.endForm, errors);
      if (onForm || onEnd) {
        this.focusFirstInvalidField();
      }
    });
  }

  protected relationshipLabel(code: Relationship): string {
    return RELATIONSHIPS[code].label;
  }

  protected strengthLabel(code: TieStrength): string {
    return TIE_STRENGTHS[code];
  }

  protected qualityLabel(code: TieQuality): string {
    return TIE_QUALITIES[code].toLowerCase();
  }

  protected consentLabel(code: ConsentStatus): string {
    return CONSENT_STATUSES[code];
  }

  protected toggleSupportType(type: SupportType, checked: boolean): void {
    const current = this.form.controls.supportTypes.value;
    const next = checked
      ? SUPPORT_TYPE_CODES.filter((code) => code === type || current.includes(code))
      : current.filter((code) => code !== type);
    this.form.controls.supportTypes.setValue(next);
  }

  protected submit(): void {
    if (this.saving() || this.data.readOnly) {
      return;
    }
    const raw = this.form.getRawValue();
    const fields = validateWithSchema(this.form, createNetworkMemberRequestSchema, {
      ...raw,
      relationship: raw.relationship || undefined,
      tieStrength: raw.tieStrength || undefined,
      tieQuality: raw.tieQuality || undefined,
      contactFrequency: raw.contactFrequency || undefined,
      activeFrom: raw.activeFrom || undefined,
      consent: {
        ...raw.consent,
        givenOn: raw.consent.givenOn || null,
        expiresOn: raw.consent.expiresOn || null,
      },
    });
    const missing: FieldError[] = REQUIRED_CHOICES.filter((field) => raw[field] === '').map(
      (field) => ({ field, message: 'Required.' }),
    );
    applyFieldErrors(this.form, missing);
    if (fields === null || missing.length > 0) {
      this.focusFirstInvalidField();
      return;
    }
    const member = this.base();
    const edit: MemberEdit = member
      ? { kind: 'update', memberId: member.id, fields }
      : { kind: 'create', fields };
    this.store.dispatch(
      MemberDialogActions.submitted({
        clientId: this.data.clientId,
        edit,
        version: member?.version ?? null,
      }),
    );
  }

  protected endRelationship(): void {
    const member = this.base();
    if (this.saving() || member === null) {
      return;
    }
    const { endedOn, endReason } = this.endForm.getRawValue();
    const request = validateWithSchema(this.endForm, endNetworkMemberRequestSchema, {
      endedOn: endedOn || undefined,
      endReason,
      version: member.version,
    });
    if (request !== null && request.endedOn < member.activeFrom) {
      // The server's rule too; checked here so the user hears it before anything is sent.
      applyFieldErrors(this.endForm, [
        { field: 'endedOn', message: 'Cannot be before the relationship started.' },
      ]);
    }
    if (request === null || this.endForm.invalid) {
      this.focusFirstInvalidField();
      return;
    }
    const edit: MemberEdit = {
      kind: 'end',
      memberId: member.id,
      endedOn: request.endedOn,
      endReason: request.endReason,
    };
    this.store.dispatch(
      MemberDialogActions.submitted({
        clientId: this.data.clientId,
        edit,
        version: member.version,
      }),
    );
  }

  /** Sends the same change again, on top of the member as it is now. */
  protected reapply(): void {
    this.versioned.reapply(({ current, edit }) =>
      this.store.dispatch(
        MemberDialogActions.submitted({
          clientId: this.data.clientId,
          edit,
          version: current.version,
        }),
      ),
    );
  }

  /** Drops the user's change: the form shows the member as it is now. */
  protected discard(): void {
    this.versioned.discard((current) => {
      this.form.reset(memberForm(current, this.today).getRawValue());
      this.endForm.reset({ endedOn: this.today, endReason: '' });
      this.ending.set(false);
      this.store.dispatch(MemberDialogActions.conflictDiscarded({ current }));
    });
  }
}

/** Opens the member form; closes with `true` once saved. */
export function openMemberDialog(
  injector: Injector,
  data: MemberDialogData,
): MatDialogRef<MemberDialog, boolean> {
  return injector.get(MatDialog).open<MemberDialog, MemberDialogData, boolean>(MemberDialog, {
    width: '44rem',
    maxWidth: '96vw',
    ...dialogFocus(data.readOnly ? 'dialog' : 'first-tabbable'),
    ariaLabelledBy: 'member-dialog-title',
    data,
  });
}
