import { DatePipe, LowerCasePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, Injector, input, untracked } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { todayIsoDate } from '@domain/common/iso-date';
import { isoDateSchema } from '@domain/common/iso-date-schema';
import { compareNetworks, TIE_DIFFERENCE_KINDS, type TieDifference } from '@domain/network/network-comparison';
import type { NetworkMember } from '@domain/network/network-member';
import type { NetworkView } from '@domain/network/network-view';
import { Store } from '@ngrx/store';
import { FIELD_ERROR } from '../../shared/forms/apply-field-errors';
import { formatCalendarDate } from '../../shared/time/calendar-date';
import { Ecomap, MARK_GLYPHS, type EcomapMark } from '../ecomap/ecomap';
import { EcomapLegend } from '../ecomap-legend/ecomap-legend';
import { openMemberDialog } from '../member-dialog/member-dialog';
import { NetworkCompareActions } from '../network-compare.actions';
import { networkFeature } from '../network.feature';
import { NetworkSummaryCard } from '../network-summary-card/network-summary-card';
import { TakesFocus } from '../../shared/focus/takes-focus';

/** Canvas for each of the two drawings side by side. */
const COMPARE_CANVAS = { width: 600, height: 520 };

interface CompareSide {
  readonly key: 'earlier' | 'later';
  readonly heading: string;
  readonly view: NetworkView;
  readonly marks: Readonly<Record<string, EcomapMark>>;
  /** Today's members open for editing (therapists); any past date opens read-only. */
  readonly editable: boolean;
}

/**
 * The ecomap on two dates side by side (stacked on a phone): by default at treatment start and
 * today. Ties added, ended and changed carry a badge (shape and glyph, not colour alone) and are
 * listed in words below the drawings, for the keyboard, screen readers and paper.
 */
@Component({
  selector: 'app-network-compare',
  imports: [
    TakesFocus,
    DatePipe,
    LowerCasePipe,
    ReactiveFormsModule,
    MatButton,
    MatFormField,
    MatLabel,
    MatError,
    MatInput,
    MatProgressBar,
    Ecomap,
    EcomapLegend,
    NetworkSummaryCard,
  ],
  templateUrl: './network-compare.html',
  styleUrl: './network-compare.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NetworkCompare {
  private readonly store = inject(Store);
  private readonly injector = inject(Injector);

  readonly clientId = input.required<string>();
  readonly clientName = input.required<string>();
  readonly canEdit = input(false);

  protected readonly comparison = this.store.selectSignal(networkFeature.selectComparison);
  protected readonly status = this.store.selectSignal(networkFeature.selectComparisonStatus);
  protected readonly error = this.store.selectSignal(networkFeature.selectComparisonError);
  private readonly dates = this.store.selectSignal(networkFeature.selectCompareDates);

  protected readonly today = todayIsoDate();
  protected readonly fieldError = FIELD_ERROR;
  protected readonly canvas = COMPARE_CANVAS;
  protected readonly kinds = TIE_DIFFERENCE_KINDS;
  protected readonly glyphs = MARK_GLYPHS;
  protected readonly earlierControl = new FormControl('', { nonNullable: true });
  protected readonly laterControl = new FormControl(this.today, { nonNullable: true });

  protected readonly differences = computed((): TieDifference[] => {
    const comparison = this.comparison();
    return comparison === null ? [] : compareNetworks(comparison.earlier.members, comparison.later.members);
  });

  protected readonly sides = computed((): CompareSide[] => {
    const comparison = this.comparison();
    if (comparison === null) {
      return [];
    }
    const { earlier, later, treatmentStart } = comparison;
    const since = formatCalendarDate(earlier.asOf);
    const by = formatCalendarDate(later.asOf);
    const earlierMarks: Record<string, EcomapMark> = {};
    const laterMarks: Record<string, EcomapMark> = {};
    for (const difference of this.differences()) {
      const changes = difference.changes.length > 0 ? `: ${difference.changes.join('; ')}` : '';
      if (difference.kind === 'added') {
        laterMarks[difference.memberId] = { kind: 'added', words: `Added since ${since}` };
      } else if (difference.kind === 'ended') {
        earlierMarks[difference.memberId] = { kind: 'ended', words: `Ended by ${by}` };
      } else {
        earlierMarks[difference.memberId] = { kind: 'changed', words: `Changed by ${by}${changes}` };
        laterMarks[difference.memberId] = { kind: 'changed', words: `Changed since ${since}${changes}` };
      }
    }
    return [
      {
        key: 'earlier',
        heading: earlier.asOf === treatmentStart ? 'At treatment start' : 'Earlier',
        view: earlier,
        marks: earlierMarks,
        editable: false,
      },
      { key: 'later', heading: later.current ? 'Today' : 'Later', view: later, marks: laterMarks, editable: later.current },
    ];
  });

  constructor() {
    // The fields show the dates compared (the defaults once known).
    effect(() => {
      const comparison = this.comparison();
      const dates = this.dates();
      untracked(() => {
        this.earlierControl.setValue(dates.earlier ?? comparison?.earlier.asOf ?? '');
        this.laterControl.setValue(dates.later ?? comparison?.later.asOf ?? this.today);
      });
    });
  }

  protected apply(): void {
    const earlier = this.earlierControl.value;
    const later = this.laterControl.value;
    const problemOf = (value: string) =>
      !isoDateSchema.safeParse(value).success ? 'Enter a real date.' : value > this.today ? 'Cannot be in the future.' : null;
    const earlierProblem = problemOf(earlier) ?? (later !== '' && earlier >= later ? 'Must be before the later date.' : null);
    const laterProblem = problemOf(later);
    this.earlierControl.setErrors(earlierProblem === null ? null : { [FIELD_ERROR]: earlierProblem });
    this.laterControl.setErrors(laterProblem === null ? null : { [FIELD_ERROR]: laterProblem });
    this.earlierControl.markAsTouched();
    this.laterControl.markAsTouched();
    if (earlierProblem === null && laterProblem === null) {
      this.store.dispatch(NetworkCompareActions.datesChanged({ earlier, later: later === this.today ? null : later }));
    }
  }

  protected retry(): void {
    this.store.dispatch(NetworkCompareActions.datesChanged(this.dates()));
  }

  protected openMember(member: NetworkMember, editable: boolean): void {
    openMemberDialog(this.injector, { clientId: this.clientId(), member, readOnly: !(editable && this.canEdit()) });
  }
}
