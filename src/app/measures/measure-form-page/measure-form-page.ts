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
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { MatOption, MatSelect } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { todayIsoDate } from '@domain/common/iso-date';
import { INSTRUMENT_CODES, type Instrument, type InstrumentCode } from '@domain/measures/instrument';
import { instrumentOf } from '@domain/measures/instrument-catalog';
import { COMPLETED_BY, COMPLETED_BY_CODES, type CompletedBy, type MeasureResponse } from '@domain/measures/measure';
import { amendMeasureRequestSchema, checkAnswers, recordMeasureRequestSchema } from '@domain/measures/measure-requests';
import type { FieldError } from '@domain/validation/field-errors';
import { TEXT_LIMITS } from '@domain/validation/text-limits';
import { Store } from '@ngrx/store';
import { map } from 'rxjs';
import { clientsFeature } from '../../clients/clients.feature';
import { selectRouteClientId } from '../../shared/router/route-params.selectors';
import { applyFieldErrors, FIELD_ERROR } from '../../shared/forms/apply-field-errors';
import { validateWithSchema } from '../../shared/forms/validate-with-schema';
import { MeasureFormActions } from '../measure-form.actions';
import { bandLabel, formatScore } from '../measure-words';
import { measuresFeature } from '../measures.feature';
import { ConflictNotice } from '../../shared/conflict-notice/conflict-notice';
import { versionedEdit } from '../../shared/versioned-edits/versioned-edit';
import type { MeasureConflict } from '../measure-edit';
import { TakesFocus } from '../../shared/focus/takes-focus';

type Answer = number | null;

function answersArray(instrument: Instrument, answers: readonly Answer[] = []): FormArray<FormControl<Answer>> {
  return new FormArray(instrument.items.map((_, index) => new FormControl<Answer>(answers[index] ?? null)));
}

function measureForm(today: string) {
  return new FormGroup({
    instrument: new FormControl<InstrumentCode>('mspss', { nonNullable: true }),
    administeredOn: new FormControl(today, { nonNullable: true }),
    completedBy: new FormControl<CompletedBy | ''>('', { nonNullable: true }),
    answers: answersArray(instrumentOf('mspss')),
    amendmentReason: new FormControl('', { nonNullable: true }),
  });
}

type MeasureForm = ReturnType<typeof measureForm>;

/** Digits pick answers; no instrument offers more than ten options. */
const DIGIT = /^[0-9]$/;

/**
 * Records a measure, or amends a saved one (`:measureId/amend`). Every item is a radio group;
 * typing a number picks that answer and moves to the next item, so a paper form can be keyed in
 * without the mouse. The score, subscales and band appear live (scored with the shared domain
 * code) once every item is answered; the server scores again on save. Checked with the shared
 * schema before sending; the server's field errors land on the same items. An amendment over
 * someone else's shows the measure as it is now and lets the user re-apply or discard.
 */
@Component({
  selector: 'app-measure-form-page',
  imports: [TakesFocus, ConflictNotice, 
    DatePipe,
    ReactiveFormsModule,
    RouterLink,
    MatAnchor,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatSelect,
    MatOption,
    MatRadioGroup,
    MatRadioButton,
    MatProgressBar,
    MatProgressSpinner,
  ],
  templateUrl: './measure-form-page.html',
  styleUrl: './measure-form-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class MeasureFormPage {
  private readonly store = inject(Store);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly route = inject(ActivatedRoute);

  protected readonly today = todayIsoDate();
  protected readonly fieldError = FIELD_ERROR;
  protected readonly reasonLimit = TEXT_LIMITS.shortText;
  protected readonly instrumentOptions = INSTRUMENT_CODES.map((code) => instrumentOf(code));
  protected readonly completedByOptions = COMPLETED_BY_CODES.map((code) => ({ code, label: COMPLETED_BY[code] }));
  protected readonly completedByLabels = COMPLETED_BY;

  protected readonly clientId = this.store.selectSignal(selectRouteClientId);
  /** Set when amending. */
  protected readonly measureId = toSignal(this.route.paramMap.pipe(map((params) => params.get('measureId'))), {
    initialValue: this.route.snapshot.paramMap.get('measureId'),
  });
  protected readonly amending = computed(() => this.measureId() !== null);

  private readonly entities = this.store.selectSignal(measuresFeature.selectMeasureEntities);
  private readonly loadStatus = this.store.selectSignal(measuresFeature.selectLoadStatus);
  protected readonly loadError = this.store.selectSignal(measuresFeature.selectLoadError);
  private readonly saveStatus = this.store.selectSignal(measuresFeature.selectSaveStatus);
  private readonly saveError = this.store.selectSignal(measuresFeature.selectSaveError);
  private readonly client = this.store.selectSignal(clientsFeature.selectClient);

  protected readonly form: MeasureForm = measureForm(this.today);
  /** The version an amendment is based on (once the measure is here), and a conflict with a newer one. */
  private readonly versioned = versionedEdit<MeasureResponse, MeasureConflict>(
    null,
    this.store.selectSignal(measuresFeature.selectConflict),
  );
  protected readonly base = this.versioned.base;
  protected readonly conflict = this.versioned.conflict;
  protected readonly saving = computed(() => this.saveStatus() === 'saving');
  /** A problem the fields cannot show (no connection, not allowed, …). */
  protected readonly formProblem = computed(() => {
    const problem = this.saveError();
    const aboutFields = problem?.errors?.some(({ field }) => this.form.get(field) !== null) ?? false;
    return problem && !aboutFields ? problem : null;
  });
  /** Amending a measure this client does not have (or no longer has). */
  protected readonly notFound = computed(
    () => this.amending() && this.loadStatus() === 'loaded' && this.base() === null && this.original() === null,
  );
  protected readonly waitingForMeasure = computed(() => this.amending() && this.base() === null && !this.notFound());
  private readonly original = computed(() => {
    const id = this.measureId();
    return id === null ? null : (this.entities()[id] ?? null);
  });
  protected readonly treatmentStart = computed(() => {
    const client = this.client();
    return client !== null && client.id === this.clientId() ? client.treatmentStart : null;
  });

  private readonly value = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });
  protected readonly instrument = computed(() => instrumentOf(this.value().instrument ?? this.form.controls.instrument.value));
  /** Items with the group heading printed above them in the original, where one starts. */
  protected readonly items = computed(() =>
    this.instrument().items.map((item, index, items) => ({
      ...item,
      index,
      heading: item.group !== undefined && item.group !== items[index - 1]?.group ? item.group : null,
    })),
  );
  protected readonly answered = computed(() => (this.value().answers ?? []).filter((answer) => answer !== null).length);
  /** The score as the server will compute it, once every item has an answer on the scale. */
  protected readonly liveScore = computed(() => {
    const instrument = this.instrument();
    const answers = this.value().answers ?? [];
    const values = new Set(instrument.responseOptions.map((option) => option.value));
    if (answers.length !== instrument.items.length || !answers.every((answer) => answer !== null && answer !== undefined && values.has(answer))) {
      return null;
    }
    const scores = instrument.score(answers as number[]);
    return {
      total: formatScore(instrument.code, scores.total),
      band: bandLabel(instrument.code, scores.band),
      concern: instrument.bands.find((band) => band.code === scores.band)?.concern ?? false,
      subscales: instrument.subscales.map((subscale) => ({
        name: subscale.name,
        score: formatScore(instrument.code, scores.subscales[subscale.code]),
      })),
    };
  });
  protected readonly title = computed(() => {
    const base = this.base();
    return this.amending()
      ? base === null
        ? 'Amend a measure'
        : `Amend the ${instrumentOf(base.instrument).shortName}`
      : 'Record a measure';
  });

  constructor() {
    effect(() => {
      const clientId = this.clientId();
      const measureId = this.measureId();
      if (clientId !== null) {
        untracked(() =>
          this.store.dispatch(
            measureId === null
              ? MeasureFormActions.recordOpened({ clientId })
              : MeasureFormActions.amendOpened({ clientId, measureId }),
          ),
        );
      }
    });
    // The amendment starts from the measure as loaded (once: later reloads keep the user's edits).
    effect(() => {
      const original = this.original();
      if (original !== null && this.loadStatus() === 'loaded') {
        untracked(() => {
          if (this.base() === null) {
            this.base.set(original);
            this.fill(original);
          }
        });
      }
    });
    effect(() => {
      if (this.saveStatus() === 'saved') {
        untracked(() => this.backToMeasures());
      }
    });
    effect(() => {
      const errors = this.saveError()?.errors ?? [];
      untracked(() => {
        if (applyFieldErrors(this.form, errors)) {
          this.focusFirstInvalid();
        }
      });
    });
  }

  /** Another instrument has other items: its answers start empty. */
  protected instrumentChanged(code: InstrumentCode): void {
    if (!this.amending()) {
      this.form.setControl('answers', answersArray(instrumentOf(code)));
    }
  }

  protected answersControl(index: number): FormControl<Answer> {
    return this.form.controls.answers.at(index);
  }

  protected itemError(index: number): string | null {
    const control = this.answersControl(index);
    return control?.touched ? (control.getError(FIELD_ERROR) as string | null) : null;
  }

  /** A digit picks the answer with that value and moves on to the next item. */
  protected itemKeydown(event: KeyboardEvent, index: number): void {
    if (!DIGIT.test(event.key) || event.ctrlKey || event.altKey || event.metaKey) {
      return;
    }
    const value = Number(event.key);
    if (!this.instrument().responseOptions.some((option) => option.value === value)) {
      return;
    }
    event.preventDefault();
    const control = this.answersControl(index);
    control.setValue(value);
    control.markAsTouched();
    this.focusItem(index + 1);
  }

  protected submit(): void {
    const clientId = this.clientId();
    if (this.saving() || clientId === null) {
      return;
    }
    const raw = this.form.getRawValue();
    const fields = {
      administeredOn: raw.administeredOn || undefined,
      completedBy: raw.completedBy || undefined,
      answers: raw.answers,
    };
    const base = this.base();
    if (this.amending()) {
      if (base === null) {
        return;
      }
      const request = validateWithSchema(this.form, amendMeasureRequestSchema, {
        ...fields,
        amendmentReason: raw.amendmentReason,
        version: base.version,
      });
      const itemErrors = this.checkItems(instrumentOf(base.instrument), raw.answers);
      const dateErrors = request ? this.checkDate(request.administeredOn) : [];
      applyFieldErrors(this.form, [...itemErrors, ...dateErrors]);
      if (request === null || itemErrors.length > 0 || dateErrors.length > 0) {
        this.focusFirstInvalid();
        return;
      }
      const { version, ...amendment } = request;
      this.store.dispatch(MeasureFormActions.amendSubmitted({ clientId, measureId: base.id, amendment, version }));
    } else {
      const request = validateWithSchema(this.form, recordMeasureRequestSchema, { instrument: raw.instrument, ...fields });
      // The schema checks the items only once the other fields pass; name every gap at once.
      const itemErrors = this.checkItems(instrumentOf(raw.instrument), raw.answers);
      const dateErrors = request ? this.checkDate(request.administeredOn) : [];
      applyFieldErrors(this.form, [...itemErrors, ...dateErrors]);
      if (request === null || itemErrors.length > 0 || dateErrors.length > 0) {
        this.focusFirstInvalid();
        return;
      }
      this.store.dispatch(MeasureFormActions.recordSubmitted({ clientId, request }));
    }
  }

  /** Sends the same correction again, on top of the measure as it is now. */
  protected reapply(): void {
    const clientId = this.clientId();
    if (clientId === null) {
      return;
    }
    this.versioned.reapply(({ current, amendment }) =>
      this.store.dispatch(
        MeasureFormActions.amendSubmitted({ clientId, measureId: current.id, amendment, version: current.version }),
      ),
    );
  }

  /** Drops the user's correction: the form shows the measure as it is now. */
  protected discard(): void {
    this.versioned.discard((current) => {
      this.fill(current);
      this.form.controls.amendmentReason.reset('');
      this.store.dispatch(MeasureFormActions.conflictDiscarded({ current }));
    });
  }

  protected instrumentName(code: InstrumentCode): string {
    return instrumentOf(code).shortName;
  }

  protected scoreOf(measure: MeasureResponse): string {
    return `${formatScore(measure.instrument, measure.scores.total)} (${bandLabel(measure.instrument, measure.scores.band)})`;
  }

  protected readonly measuresLink = computed(() => ['/clients', this.clientId() ?? '', 'measures']);

  protected backToMeasures(): void {
    if (this.clientId() !== null) {
      void this.router.navigate(this.measuresLink());
    }
  }

  private fill(measure: MeasureResponse): void {
    this.form.controls.instrument.setValue(measure.instrument, { emitEvent: false });
    this.form.setControl('answers', answersArray(instrumentOf(measure.instrument), measure.answers), { emitEvent: false });
    this.form.patchValue({ administeredOn: measure.administeredOn, completedBy: measure.completedBy });
  }

  /** The server's date rules, checked before sending so the user hears them at once. */
  private checkDate(administeredOn: string): FieldError[] {
    if (administeredOn > this.today) {
      return [{ field: 'administeredOn', message: 'Must not be in the future.' }];
    }
    const start = this.treatmentStart();
    if (start !== null && administeredOn < start) {
      return [{ field: 'administeredOn', message: `Must not be before treatment start (${start}).` }];
    }
    return [];
  }

  /** The amend schema cannot know the instrument; its items are checked as the server does. */
  private checkItems(instrument: Instrument, answers: readonly Answer[]): FieldError[] {
    const errors: FieldError[] = [];
    checkAnswers(instrument, answers, (path, message) => errors.push({ field: path.join('.'), message }));
    return errors;
  }

  /** The next item's chosen answer (or its first option); after the last item, the next field. */
  private focusItem(index: number): void {
    const root = this.host.nativeElement;
    const group = root.querySelector<HTMLElement>(`#measure-item-${index}`);
    const target = group
      ? (group.querySelector<HTMLElement>('input[type="radio"]:checked') ?? group.querySelector<HTMLElement>('input[type="radio"]'))
      : root.querySelector<HTMLElement>(this.amending() ? '#measure-amendment-reason' : '#measure-save');
    target?.focus();
  }

  private focusFirstInvalid(): void {
    afterNextRender(
      () => {
        const invalid = this.host.nativeElement.querySelector<HTMLElement>('[aria-invalid="true"]');
        const target = invalid?.matches('mat-radio-group, [role="radiogroup"]')
          ? (invalid.querySelector<HTMLElement>('input[type="radio"]:checked') ?? invalid.querySelector<HTMLElement>('input[type="radio"]'))
          : invalid;
        target?.focus();
      },
      { injector: this.injector },
    );
  }
}
