import { afterRenderEffect, ChangeDetectionStrategy, Component, effect, input, output, signal, untracked } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatButtonToggle, MatButtonToggleGroup } from '@angular/material/button-toggle';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import {
  CLIENT_STATUSES,
  PRIMARY_CONCERNS,
  type ClientStatus,
  type PrimaryConcern,
} from '@domain/clients/client-codes';
import type { ProblemDocument } from '@domain/problem/problem-document';
import { teamDashboardQuerySchema, type TeamSummary } from '@domain/supervision/team-dashboard';
import { applyFieldErrors, FIELD_ERROR } from '../../shared/forms/apply-field-errors';
import { validateWithSchema } from '../../shared/forms/validate-with-schema';
import { PERIOD_PRESETS, type DashboardFilters, type Period, type PeriodPreset } from '../dashboard-filters';

const codesOf = <T extends string>(labels: Record<T, string>) =>
  (Object.keys(labels) as T[]).map((code) => ({ code, label: labels[code] }));

/** A select shows no text for a null value, so "all" has a value of its own. */
const ALL = 'all';

/**
 * The dashboard's controls: team (admins), period, therapist, primary concern, client status.
 * Each change is one `filtersChange`; a custom period is checked with the server's own schema
 * and sent only when it is valid.
 */
@Component({
  selector: 'app-filter-bar',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatButtonToggleGroup,
    MatButtonToggle,
    MatFormField,
    MatLabel,
    MatError,
    MatInput,
    MatSelect,
    MatOption,
  ],
  templateUrl: './filter-bar.html',
  styleUrl: './filter-bar.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FilterBar {
  readonly filters = input.required<DashboardFilters>();
  /** The period shown now, to start a custom period from; null before the first answer. */
  readonly period = input<Period | null>(null);
  readonly teams = input<readonly TeamSummary[]>([]);
  /** The team shown now. */
  readonly teamId = input<string | null>(null);
  readonly therapists = input<readonly { readonly id: string; readonly name: string }[]>([]);
  readonly showTeamPicker = input(false);
  /** A refused request; its field errors (the period's dates) land on the date inputs. */
  readonly problem = input<ProblemDocument | null>(null);

  readonly filtersChange = output<DashboardFilters>();

  protected readonly all = ALL;
  protected readonly presets = codesOf<PeriodPreset>(PERIOD_PRESETS);
  protected readonly concerns = codesOf<PrimaryConcern>(PRIMARY_CONCERNS);
  protected readonly statuses = codesOf<ClientStatus>(CLIENT_STATUSES);
  protected readonly fieldError = FIELD_ERROR;

  /** "Custom" shows the date inputs before anything is sent. */
  protected readonly selectedPeriod = signal<PeriodPreset>('3m');
  protected readonly dates = new FormGroup({
    from: new FormControl('', { nonNullable: true }),
    to: new FormControl('', { nonNullable: true }),
  });

  constructor() {
    // The URL (back and forward, links) decides what the controls show.
    effect(() => {
      const filters = this.filters();
      const period = this.period();
      untracked(() => {
        this.selectedPeriod.set(filters.period);
        const from = filters.from ?? period?.from;
        const to = filters.to ?? period?.to;
        if (from !== undefined && to !== undefined) {
          this.dates.setValue({ from, to });
        }
      });
    });
    // After rendering: binding the date inputs re-validates them, which would drop the errors.
    afterRenderEffect(() => {
      // The server names query parameters `querystring.to`; the form calls the control `to`.
      const errors = (this.problem()?.errors ?? []).map(({ field, message }) => ({
        field: field.replace(/^querystring\./, ''),
        message,
      }));
      if (this.selectedPeriod() === 'custom') {
        untracked(() => applyFieldErrors(this.dates, errors));
      }
    });
  }

  protected teamChanged(supervisorId: string): void {
    // Another team has other therapists.
    this.emit({ supervisorId, therapistId: null });
  }

  protected periodChanged(period: PeriodPreset): void {
    this.selectedPeriod.set(period);
    if (period !== 'custom') {
      this.emit({ period, from: null, to: null });
    }
  }

  protected applyCustomPeriod(): void {
    const period = validateWithSchema(this.dates, teamDashboardQuerySchema);
    if (period !== null) {
      this.emit({ period: 'custom', from: period.from, to: period.to });
    }
  }

  protected therapistChanged(choice: string): void {
    this.emit({ therapistId: choice === ALL ? null : choice });
  }

  protected concernChanged(concern: PrimaryConcern | 'all'): void {
    this.emit({ concern });
  }

  protected statusChanged(status: ClientStatus | 'all'): void {
    this.emit({ status });
  }

  private emit(changes: Partial<DashboardFilters>): void {
    this.filtersChange.emit({ ...this.filters(), ...changes });
  }
}
