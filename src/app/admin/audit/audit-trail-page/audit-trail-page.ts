import { DatePipe } from '@angular/common';
import { afterNextRender, ChangeDetectionStrategy, Component, ElementRef, inject, Injector } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Pager, type PageChange } from '../../../shared/pager/pager';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { MatTooltip } from '@angular/material/tooltip';
import { auditQuerySchema, type AuditEventView } from '@domain/audit/audit-event';
import { todayIsoDate } from '@domain/common/iso-date';
import { PAGE_SIZES } from '@domain/common/page';
import { Store } from '@ngrx/store';
import { FIELD_ERROR } from '../../../shared/forms/apply-field-errors';
import { validateWithSchema } from '../../../shared/forms/validate-with-schema';
import { EmptyState } from '../../../shared/empty-state/empty-state';
import { AuditTrailPageActions } from '../audit-trail-page.actions';
import { auditFeature, type AuditFilters } from '../audit.feature';
import { AUDIT_ACTIONS, AUDIT_OUTCOMES, AUDIT_RECORD_TYPES, labelOf, optionsOf } from '../audit-vocabulary';

/** `''` in a select or date field means "any". */
const ANY = '';

/** Who did what to which record, and whether it was allowed: read-only, newest first. */
@Component({
  selector: 'app-audit-trail-page',
  imports: [
    ReactiveFormsModule,
    DatePipe,
    MatTableModule,
    Pager,
    MatProgressBar,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatSelect,
    MatOption,
    MatButton,
    MatTooltip,
    EmptyState,
  ],
  templateUrl: './audit-trail-page.html',
  styleUrl: './audit-trail-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class AuditTrailPage {
  private readonly store = inject(Store);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly viewModel = this.store.selectSignal(auditFeature.selectPageViewModel);
  protected readonly users = this.store.selectSignal(auditFeature.selectUsers);
  protected readonly usersStatus = this.store.selectSignal(auditFeature.selectUsersStatus);
  protected readonly fieldError = FIELD_ERROR;
  protected readonly actionOptions = optionsOf(AUDIT_ACTIONS);
  protected readonly recordTypeOptions = optionsOf(AUDIT_RECORD_TYPES);
  protected readonly outcomeOptions = optionsOf(AUDIT_OUTCOMES);
  protected readonly today = todayIsoDate();
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly columns = ['at', 'user', 'action', 'recordType', 'recordId', 'outcome', 'fields'];
  protected readonly trackById = (_index: number, event: AuditEventView) => event.id;
  protected readonly actionLabel = (code: string) => labelOf(AUDIT_ACTIONS, code);
  protected readonly recordTypeLabel = (code: string) => labelOf(AUDIT_RECORD_TYPES, code);
  protected readonly outcomeLabel = (code: string) => labelOf(AUDIT_OUTCOMES, code);

  /** Starts from the filters in the store, so coming back to the page keeps them. */
  protected readonly form = this.formFrom(this.viewModel().query);

  constructor() {
    this.store.dispatch(AuditTrailPageActions.opened());
  }

  /** Checks the filters with the server's own query schema (e.g. "to" not before "from"), then applies them. */
  protected applyFilters(): void {
    const { userId, action, recordType, outcome, from, to } = this.form.getRawValue();
    const { pageSize } = this.viewModel().query;
    const query = validateWithSchema(this.form, auditQuerySchema, {
      page: 1,
      pageSize,
      outcome,
      ...(userId !== ANY && { userId }),
      ...(action !== ANY && { action }),
      ...(recordType !== ANY && { recordType }),
      ...(from !== ANY && { from }),
      ...(to !== ANY && { to }),
    });
    if (query === null) {
      afterNextRender(
        () => this.host.nativeElement.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
        { injector: this.injector },
      );
      return;
    }
    const filters: AuditFilters = {
      userId: query.userId ?? null,
      action: query.action ?? null,
      recordType: query.recordType ?? null,
      outcome: query.outcome,
      from: query.from ?? null,
      to: query.to ?? null,
    };
    this.store.dispatch(AuditTrailPageActions.filtersChanged({ filters }));
  }

  protected clearFilters(): void {
    // Not `reset()`: the controls' defaults are the filters the page opened with.
    this.form.reset({ userId: ANY, action: ANY, recordType: ANY, outcome: 'all', from: ANY, to: ANY });
    this.store.dispatch(AuditTrailPageActions.filtersCleared());
  }

  protected changePage({ pageIndex, pageSize }: PageChange): void {
    this.store.dispatch(AuditTrailPageActions.pageChanged({ page: pageIndex + 1, pageSize }));
  }

  protected retry(): void {
    this.store.dispatch(AuditTrailPageActions.retryClicked());
  }

  private formFrom(filters: AuditFilters) {
    const control = (value: string | null) => new FormControl(value ?? ANY, { nonNullable: true });
    return new FormGroup({
      userId: control(filters.userId),
      action: control(filters.action),
      recordType: control(filters.recordType),
      outcome: new FormControl<AuditFilters['outcome']>(filters.outcome, { nonNullable: true }),
      from: control(filters.from),
      to: control(filters.to),
    });
  }
}
