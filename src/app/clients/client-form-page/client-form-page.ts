import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { MatOption, MatSelect } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import type { Client } from '@domain/clients/client';
import {
  FAMILY_CONSENT,
  PRIMARY_CONCERN_CODES,
  PRIMARY_CONCERNS,
  type FamilyConsent,
  type PrimaryConcern,
} from '@domain/clients/client-codes';
import {
  CASE_NUMBER_MAX,
  createClientRequestSchema,
  EARLIEST_BIRTH_DATE,
  updateClientRequestSchema,
} from '@domain/clients/client-requests';
import { todayIsoDate } from '@domain/common/iso-date';
import { Store } from '@ngrx/store';
import { EmptyState } from '../../shared/empty-state/empty-state';
import { applyFieldErrors, FIELD_ERROR } from '../../shared/forms/apply-field-errors';
import { validateWithSchema } from '../../shared/forms/validate-with-schema';
import { ClientFormActions } from '../client-form.actions';
import { clientsFeature } from '../clients.feature';
import { injectFocusFirstInvalid } from '../../shared/forms/focus-first-invalid';
import { TakesFocus } from '../../shared/focus/takes-focus';

interface ClientFormValue {
  preferredName: string;
  legalName: string;
  dateOfBirth: string;
  caseNumber: string;
  pronouns: string;
  primaryConcerns: PrimaryConcern[];
  treatmentStart: string;
  familyConsent: FamilyConsent | '';
}

const valuesOf = (client: Client): ClientFormValue => ({
  preferredName: client.preferredName,
  legalName: client.legalName,
  dateOfBirth: client.dateOfBirth,
  caseNumber: client.caseNumber,
  pronouns: client.pronouns,
  primaryConcerns: [...client.primaryConcerns],
  treatmentStart: client.treatmentStart,
  familyConsent: client.familyConsent,
});

/** An empty date or choice is a missing field ("Required."), not a malformed one. */
const orMissing = (value: string): string | undefined => (value === '' ? undefined : value);

/**
 * Adds a client (`/clients/new`) or edits one (`/clients/:id/edit`). Checked with the shared schema
 * before anything is sent; the server's field errors land on the same fields. An edit is based on the
 * version the form was filled from, so a save over someone else's change opens the conflict dialog.
 */
@Component({
  selector: 'app-client-form-page',
  imports: [
    TakesFocus,
    ReactiveFormsModule,
    RouterLink,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatSelect,
    MatOption,
    MatCheckbox,
    MatButton,
    MatAnchor,
    MatProgressBar,
    MatProgressSpinner,
    EmptyState,
  ],
  templateUrl: './client-form-page.html',
  styleUrl: './client-form-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class ClientFormPage {
  private readonly store = inject(Store);
  private readonly focusFirstInvalidField = injectFocusFirstInvalid('input[aria-invalid="true"], mat-select[aria-invalid="true"], .concerns.invalid input');

  /** The client's id (route parameter) when editing; absent when adding. */
  readonly id = input<string>();

  protected readonly editing = computed(() => this.id() !== undefined);
  protected readonly fieldError = FIELD_ERROR;
  protected readonly today = todayIsoDate();
  protected readonly earliestBirthDate = EARLIEST_BIRTH_DATE;
  protected readonly caseNumberMax = CASE_NUMBER_MAX;
  protected readonly concernOptions = PRIMARY_CONCERN_CODES.map((code) => ({ code, label: PRIMARY_CONCERNS[code] }));
  protected readonly consentOptions = (Object.keys(FAMILY_CONSENT) as FamilyConsent[]).map((code) => ({
    code,
    label: FAMILY_CONSENT[code],
  }));

  private readonly client = this.store.selectSignal(clientsFeature.selectClient);
  private readonly clientStatus = this.store.selectSignal(clientsFeature.selectClientStatus);
  protected readonly clientError = this.store.selectSignal(clientsFeature.selectClientError);
  private readonly saveStatus = this.store.selectSignal(clientsFeature.selectSaveStatus);
  private readonly saveError = this.store.selectSignal(clientsFeature.selectSaveError);
  protected readonly saving = computed(() => this.saveStatus() === 'saving');

  /** The version the user started editing from. */
  protected readonly base = signal<Client | null>(null);
  protected readonly loading = computed(() => this.editing() && this.base() === null && this.clientStatus() !== 'failed');
  protected readonly notFound = computed(() => this.editing() && this.base() === null && this.clientError()?.status === 404);
  protected readonly loadFailed = computed(
    () => this.editing() && this.base() === null && this.clientStatus() === 'failed' && !this.notFound(),
  );
  protected readonly showForm = computed(() => !this.editing() || this.base() !== null);

  protected readonly form = new FormGroup({
    preferredName: new FormControl('', { nonNullable: true }),
    legalName: new FormControl('', { nonNullable: true }),
    dateOfBirth: new FormControl('', { nonNullable: true }),
    caseNumber: new FormControl('', { nonNullable: true }),
    pronouns: new FormControl('', { nonNullable: true }),
    primaryConcerns: new FormControl<PrimaryConcern[]>([], { nonNullable: true }),
    treatmentStart: new FormControl(this.today, { nonNullable: true }),
    familyConsent: new FormControl<FamilyConsent | ''>('not-discussed', { nonNullable: true }),
  });
  protected readonly selectedConcerns = toSignal(this.form.controls.primaryConcerns.valueChanges, {
    initialValue: this.form.controls.primaryConcerns.value,
  });

  /** A server problem that is not about one of the fields is shown above the form. */
  protected readonly formProblem = computed(() => {
    const problem = this.saveError();
    const aboutFields = problem?.errors?.some(({ field }) => this.form.contains(field)) ?? false;
    return problem && !aboutFields ? problem : null;
  });

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => this.store.dispatch(id === undefined ? ClientFormActions.newOpened() : ClientFormActions.editOpened({ id })));
    });
    // Fills the form from the record once it has loaded, and again when the user discards their
    // edit after a conflict (the store then holds the current version).
    effect(() => {
      const client = this.client();
      if (!this.editing() || client === null || client.id !== this.id()) {
        return;
      }
      const base = untracked(this.base);
      if (base === null || (base.version !== client.version && untracked(this.saveStatus) !== 'saving')) {
        this.base.set(client);
        this.form.reset(valuesOf(client));
      }
    });
    effect(() => {
      const errors = this.saveError()?.errors ?? [];
      if (applyFieldErrors(this.form, errors)) {
        this.focusFirstInvalidField();
      }
    });
  }

  protected toggleConcern(code: PrimaryConcern, checked: boolean): void {
    const control = this.form.controls.primaryConcerns;
    const chosen = new Set(control.value);
    if (checked) {
      chosen.add(code);
    } else {
      chosen.delete(code);
    }
    control.setValue(PRIMARY_CONCERN_CODES.filter((option) => chosen.has(option)));
    control.markAsTouched();
  }

  protected retry(): void {
    const id = this.id();
    if (id !== undefined) {
      this.store.dispatch(ClientFormActions.editOpened({ id }));
    }
  }

  protected submit(): void {
    if (this.saving()) {
      return;
    }
    const raw = this.form.getRawValue();
    const value = {
      ...raw,
      dateOfBirth: orMissing(raw.dateOfBirth),
      treatmentStart: orMissing(raw.treatmentStart),
      familyConsent: orMissing(raw.familyConsent),
    };
    if (!this.editing()) {
      const request = validateWithSchema(this.form, createClientRequestSchema, value);
      if (request === null) {
        this.focusFirstInvalidField();
        return;
      }
      this.store.dispatch(ClientFormActions.createSubmitted({ request }));
      return;
    }
    const base = this.base();
    if (base === null) {
      return;
    }
    const request = validateWithSchema(this.form, updateClientRequestSchema, { ...value, version: base.version });
    if (request === null) {
      this.focusFirstInvalidField();
      return;
    }
    const { preferredName, legalName, dateOfBirth, caseNumber, pronouns, primaryConcerns, treatmentStart, familyConsent } =
      request;
    const fields = { preferredName, legalName, dateOfBirth, caseNumber, pronouns, primaryConcerns, treatmentStart, familyConsent };
    this.store.dispatch(ClientFormActions.editSubmitted({ base, edit: { kind: 'update', fields } }));
  }
}
