import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, DOCUMENT, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { Icon } from '../../shared/icon/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { ActivatedRoute, Router } from '@angular/router';
import { todayIsoDate } from '@domain/common/iso-date';
import { Store } from '@ngrx/store';
import { CLOCK } from '../../core/time/clock';
import { EmptyState } from '../../shared/empty-state/empty-state';
import { DashboardCard } from '../dashboard-card/dashboard-card';
import { DashboardChart } from '../dashboard-chart/dashboard-chart';
import {
  caseloadChart,
  coverageChart,
  medianSupportChart,
  sessionsChart,
  supportBandsChart,
} from '../dashboard-charts';
import { filtersFromParams, paramsFromFilters, queryOf, type DashboardFilters } from '../dashboard-filters';
import {
  caseloadTable,
  coverageTable,
  flaggedClientsTable,
  medianSupportTable,
  sessionsTable,
  supportBandsTable,
  therapistLink,
  therapistNames,
} from '../dashboard-tables';
import { DataTableView } from '../data-table-view/data-table-view';
import { selfReportTable } from '../self-report-table';
import { considerReferralTable, groupsReferralsTable } from '../groups-referrals-table';
import { anyOutcomes, outcomesTable } from '../outcomes-table';
import { OUTCOMES_RULE } from '@domain/supervision/outcomes';
import { FilterBar } from '../filter-bar/filter-bar';
import { FlaggedClients } from '../flagged-clients/flagged-clients';
import { TeamDashboardPageActions } from '../team-dashboard-page.actions';
import { teamDashboardFeature } from '../team-dashboard.feature';

/**
 * The supervisor's home: the team's caseloads, family sessions, measurement coverage, perceived
 * support and flagged clients for a period, each as a chart, a table and a CSV. The filters live in
 * the URL (ids and codes only), so a link or the back button shows the same figures again; it
 * prints as a supervision handout.
 */
@Component({
  selector: 'app-team-dashboard-page',
  imports: [DatePipe, MatButton, Icon, MatProgressBar, EmptyState, FilterBar, DashboardCard, DashboardChart, FlaggedClients, DataTableView],
  templateUrl: './team-dashboard-page.html',
  styleUrl: './team-dashboard-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class TeamDashboardPage {
  private readonly store = inject(Store);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly clock = inject(CLOCK);
  private readonly document = inject(DOCUMENT);

  protected readonly viewModel = this.store.selectSignal(teamDashboardFeature.selectViewModel);

  private readonly dashboard = computed(() => this.viewModel().dashboard);
  protected readonly caseload = computed(() => {
    const dashboard = this.dashboard();
    return dashboard && { chart: caseloadChart(dashboard), table: caseloadTable(dashboard, this.viewModel().canDrillDown) };
  });
  protected readonly sessions = computed(() => {
    const dashboard = this.dashboard();
    return dashboard && { chart: sessionsChart(dashboard), table: sessionsTable(dashboard) };
  });
  protected readonly coverage = computed(() => {
    const dashboard = this.dashboard();
    return dashboard && { chart: coverageChart(dashboard), table: coverageTable(dashboard) };
  });
  protected readonly supportBands = computed(() => {
    const dashboard = this.dashboard();
    return dashboard && { chart: supportBandsChart(dashboard), table: supportBandsTable(dashboard) };
  });
  protected readonly medianSupport = computed(() => {
    const dashboard = this.dashboard();
    return dashboard && { chart: medianSupportChart(dashboard), table: medianSupportTable(dashboard) };
  });
  protected readonly selfReport = computed(() => {
    const dashboard = this.dashboard();
    return dashboard && selfReportTable(dashboard);
  });
  protected readonly outcomes = computed(() => {
    const dashboard = this.dashboard();
    const table = dashboard && outcomesTable(dashboard);
    return table && { table, empty: !anyOutcomes(table) };
  });
  protected readonly outcomesRule = OUTCOMES_RULE;
  protected readonly groupsReferrals = computed(() => {
    const dashboard = this.dashboard();
    return dashboard && groupsReferralsTable(dashboard);
  });
  protected readonly considerReferral = computed(() => {
    const dashboard = this.dashboard();
    return dashboard && considerReferralTable(dashboard);
  });
  protected readonly flagged = computed(() => {
    const dashboard = this.dashboard();
    return dashboard && { table: flaggedClientsTable(dashboard), names: therapistNames(dashboard) };
  });

  constructor() {
    let opened = false;
    this.route.queryParamMap.pipe(takeUntilDestroyed(inject(DestroyRef))).subscribe((params) => {
      const filters = filtersFromParams(params);
      const query = queryOf(filters, todayIsoDate(new Date(this.clock.now())));
      this.store.dispatch(
        opened
          ? TeamDashboardPageActions.filtersChanged({ filters, query })
          : TeamDashboardPageActions.opened({ filters, query }),
      );
      opened = true;
    });
  }

  /** The URL changes; the page follows it (one request per change). */
  protected filtersChanged(filters: DashboardFilters): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: paramsFromFilters(filters) });
  }

  protected clearFilters(): void {
    const filters = this.viewModel().filters;
    this.filtersChanged({ ...filters, therapistId: null, concern: 'all', status: 'all' });
  }

  protected openTherapist(index: number): void {
    const caseload = this.dashboard()?.caseloads[index];
    if (caseload && this.viewModel().canDrillDown) {
      void this.router.navigate(therapistLink(caseload.therapistId));
    }
  }

  protected retry(): void {
    this.store.dispatch(TeamDashboardPageActions.retryClicked());
  }

  protected print(): void {
    this.document.defaultView?.print();
  }
}
