import { DatePipe, NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, ElementRef, inject, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatAnchor, MatButton } from '@angular/material/button';
import { Icon } from '../../shared/icon/icon';
import { Pager, type PageChange } from '../../shared/pager/pager';
import { MatSort, MatSortHeader, type Sort } from '@angular/material/sort';
import {
  MatCell,
  MatCellDef,
  MatColumnDef,
  MatHeaderCell,
  MatHeaderCellDef,
  MatHeaderRow,
  MatHeaderRowDef,
  MatRow,
  MatRowDef,
  MatTable,
} from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import type { CaseloadRow } from '@domain/clients/client';
import type { CaseloadIndicators } from '@domain/clients/caseload-indicators';
import {
  CLIENT_STATUSES,
  PRIMARY_CONCERNS,
  type ClientStatus,
  type PrimaryConcern,
} from '@domain/clients/client-codes';
import { CASELOAD_SORT_FIELDS, type CaseloadSortField } from '@domain/clients/caseload-sort';
import { PAGE_SIZES } from '@domain/common/page';
import { INSTRUMENT_CODES } from '@domain/measures/instrument';
import { instrumentOf } from '@domain/measures/instrument-catalog';
import { CASELOAD_FLAGS, type CaseloadFlag } from '@domain/clients/caseload-flags';
import { MEASURE_FLAGS, type MeasureFlag } from '@domain/measures/measure-flag-labels';
import type { MeasureIndicators } from '@domain/measures/measure-flags';
import { SUPPORT_TYPES, type SupportType } from '@domain/network/network-codes';
import { Store } from '@ngrx/store';
import { debounceTime, distinctUntilChanged, map, Subject } from 'rxjs';
import { authFeature } from '../../core/auth/auth.feature';
import { prefetchClientPageCode } from '../../core/loading/first-page-prefetch';
import { bandLabel, changeThresholdLines, formatScore, isConcernBand, trendWords } from '../../measures/measure-words';
import { EmptyState } from '../../shared/empty-state/empty-state';
import { RequestStatus } from '../../shared/request-status/request-status';
import { CaseloadPageActions } from '../caseload-page.actions';
import { ClientStatusChip } from '../client-status-chip/client-status-chip';
import { clientsFeature } from '../clients.feature';

/** Waits for a pause in typing before asking the server. */
export const SEARCH_DEBOUNCE_MS = 300;

const codesOf = <T extends string>(labels: Record<T, string>) =>
  (Object.keys(labels) as T[]).map((code) => ({ code, label: labels[code] }));

/**
 * The therapist's own caseload, or (for a supervisor) the team's: a server-side paged, sorted and
 * filtered table. The search text stays in the store, never in the URL, because it may be a name.
 */
@Component({
  selector: 'app-caseload-page',
  imports: [
    NgTemplateOutlet,
    DatePipe,
    RouterLink,
    MatAnchor,
    MatButton,
    Icon,
    RequestStatus,
    Pager,
    MatSort,
    MatSortHeader,
    MatTable,
    MatColumnDef,
    MatHeaderCell,
    MatHeaderCellDef,
    MatCell,
    MatCellDef,
    MatHeaderRow,
    MatHeaderRowDef,
    MatRow,
    MatRowDef,
    EmptyState,
    ClientStatusChip,
  ],
  templateUrl: './caseload-page.html',
  styleUrl: './caseload-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class CaseloadPage {
  private readonly store = inject(Store);
  private readonly router = inject(Router);

  private readonly user = this.store.selectSignal(authFeature.selectUser);
  protected readonly viewModel = this.store.selectSignal(clientsFeature.selectCaseloadViewModel);
  protected readonly therapists = this.store.selectSignal(clientsFeature.selectTherapists);

  protected readonly isSupervisor = computed(() => this.user()?.role === 'supervisor');
  protected readonly isTherapist = computed(() => this.user()?.role === 'therapist');
  protected readonly title = computed(() => (this.isSupervisor() ? 'Team caseload' : 'My caseload'));
  /**
   * A client is the likely next page: its code (~33 kB compressed) starts when the pointer moves over
   * the rows, focus reaches them, or a finger touches one (pointerdown comes before the tap's click).
   * Not when the browser goes idle, as it once did: that put it on every first load of the caseload,
   * where a supervisor reading the list never opens a client and the page's byte budget (≤ 250 kB) is
   * spent. bench:load times a first opening that starts with the pointer arriving on the row.
   */
  protected readonly prefetchClientPage = prefetchClientPageCode;

  // What a clinician scans for comes first (who, flags, latest scores, next session), so on a
  // laptop-width screen the reference columns are the ones that scroll out of view, not the flags.
  protected readonly columns = computed(() => [
    'preferredName',
    'status',
    ...(this.isSupervisor() ? ['therapist'] : []),
    'flags',
    'latestMeasure',
    'nextSession',
    'network',
    'primaryConcerns',
    'caseNumber',
    'treatmentStart',
  ]);
  /** "Emotional, companionship": the support types no strong supportive tie gives. */
  protected supportTypeNames(types: readonly SupportType[]): string {
    return types.map((type) => SUPPORT_TYPES[type].toLowerCase()).join(', ');
  }
  protected readonly statuses = codesOf<ClientStatus>(CLIENT_STATUSES);
  protected readonly concerns = codesOf<PrimaryConcern>(PRIMARY_CONCERNS);
  protected readonly concernLabels = PRIMARY_CONCERNS;
  protected readonly flagOptions = codesOf<CaseloadFlag>(CASELOAD_FLAGS);
  protected readonly pageSizes = PAGE_SIZES;
  /** Grey rows shown while the first page loads. */
  protected readonly placeholderRows = [1, 2, 3, 4, 5];
  /** The therapist filter's "All therapists" (a select shows no text for a null value). */
  protected readonly allTherapists = 'all';

  /** Starts from the search kept in the store, so coming back to the caseload keeps it. */
  protected readonly initialSearch = this.viewModel().query.search;
  private readonly searchText = new Subject<string>();
  private readonly searchInput = viewChild.required<ElementRef<HTMLInputElement>>('searchInput');

  constructor() {
    this.store.dispatch(CaseloadPageActions.opened());
    this.prefetchOnPointerMovingOverRows();
    this.searchText
      .pipe(
        map((value) => value.trim()),
        debounceTime(SEARCH_DEBOUNCE_MS),
        distinctUntilChanged(),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((search) => {
        if (search !== this.viewModel().query.search) {
          this.store.dispatch(CaseloadPageActions.searchChanged({ search }));
        }
      });
  }

  /**
   * A plain listener, removed once it has fired: a template (pointermove) binding would schedule a
   * change detection of the page for every move. Only a pointer that moves counts: when the rows are
   * drawn under a resting pointer (the one that just clicked "Sign in"), Chromium sends pointer events
   * with no movement, which are no sign of intent.
   */
  private prefetchOnPointerMovingOverRows(): void {
    const host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
    const moved = (event: PointerEvent) => {
      const overRows = event.target instanceof Element && event.target.closest('.table-frame') !== null;
      if (overRows && (event.movementX !== 0 || event.movementY !== 0)) {
        prefetchClientPageCode();
        host.removeEventListener('pointermove', moved);
      }
    };
    host.addEventListener('pointermove', moved);
    inject(DestroyRef).onDestroy(() => host.removeEventListener('pointermove', moved));
  }

  protected searchTyped(text: string): void {
    this.searchText.next(text);
  }

  /**
   * The value of a filter's native select. (Native controls, not Material's select and form field:
   * see the .filter styles. Material's select would also bring the CDK overlay.)
   */
  protected chosen<T extends string>(event: Event): T {
    return (event.target as HTMLSelectElement).value as T;
  }

  protected concernNames(row: CaseloadRow): string {
    return row.primaryConcerns.map((code) => this.concernLabels[code]).join(', ');
  }

  protected pageChanged({ pageIndex, pageSize }: PageChange): void {
    this.store.dispatch(CaseloadPageActions.pageChanged({ page: pageIndex + 1, pageSize }));
  }

  protected sortChanged({ active, direction }: Sort): void {
    if (isSortField(active)) {
      this.store.dispatch(CaseloadPageActions.sortChanged({ sort: active, direction: direction === 'desc' ? 'desc' : 'asc' }));
    }
  }

  protected statusChanged(status: ClientStatus | 'all'): void {
    this.store.dispatch(CaseloadPageActions.statusFilterChanged({ status }));
  }

  protected concernChanged(concern: PrimaryConcern | 'all'): void {
    this.store.dispatch(CaseloadPageActions.concernFilterChanged({ concern }));
  }

  /** The threshold a reliable-change flag used, with its source, in a few words per instrument. */
  protected thresholds(flag: MeasureFlag, measures: MeasureIndicators): string[] {
    return changeThresholdLines(flag, measures.latest, 'short');
  }

  protected flagLabel(flag: MeasureFlag): string {
    return MEASURE_FLAGS[flag];
  }

  protected flagChanged(flag: CaseloadFlag | 'all'): void {
    this.store.dispatch(CaseloadPageActions.flagFilterChanged({ flag }));
  }

  /** "MSPSS 4.25 ↑" per instrument measured, with the band and trend in words for screen readers. */
  /** The client answered a self-report link since the therapist last opened their Measures tab. */
  protected hasNewSelfReport(indicators: CaseloadIndicators): boolean {
    return indicators.newSelfReport;
  }

  protected latestMeasures(measures: MeasureIndicators) {
    return INSTRUMENT_CODES.flatMap((code) => {
      const latest = measures.latest[code];
      if (!latest) {
        return [];
      }
      const trend = trendWords(latest);
      return [
        {
          code,
          name: instrumentOf(code).shortName,
          score: formatScore(code, latest.total),
          band: bandLabel(code, latest.band),
          concern: isConcernBand(code, latest.band),
          arrow: trend.arrow,
          tone: trend.tone,
          trend: trend.words,
        },
      ];
    });
  }

  protected therapistChanged(choice: string): void {
    const therapistId = choice === this.allTherapists ? null : choice;
    this.store.dispatch(CaseloadPageActions.therapistFilterChanged({ therapistId }));
  }

  protected clearFilters(): void {
    this.searchInput().nativeElement.value = '';
    // Also resets distinctUntilChanged, so typing the old search again searches again.
    this.searchText.next('');
    this.store.dispatch(CaseloadPageActions.filtersCleared());
  }

  protected retry(): void {
    this.store.dispatch(CaseloadPageActions.retryClicked());
  }

  /** The whole row opens the client; a click or Enter on the name link is the link's own. */
  protected openRow(event: Event, row: CaseloadRow): void {
    if (event.target instanceof Element && event.target.closest('a') !== null) {
      return;
    }
    void this.router.navigate(['/clients', row.id]);
  }
}

function isSortField(field: string): field is CaseloadSortField {
  return (CASELOAD_SORT_FIELDS as readonly string[]).includes(field);
}
