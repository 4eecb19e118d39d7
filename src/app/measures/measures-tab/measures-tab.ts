import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, Injector, untracked } from '@angular/core';
import { MatAnchor, MatButton } from '@angular/material/button';
import { Icon } from '../../shared/icon/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { InstrumentCode } from '@domain/measures/instrument';
import type { MeasureResponse } from '@domain/measures/measure';
import type { InstrumentIndicator } from '@domain/measures/measure-flags';
import type { ChangeNorm } from '@domain/measures/reliable-change';
import { Store } from '@ngrx/store';
import { clientsFeature } from '../../clients/clients.feature';
import { selectRouteClientId } from '../../shared/router/route-params.selectors';
import { EmptyState } from '../../shared/empty-state/empty-state';
import { LatestScores } from '../latest-scores/latest-scores';
import { MeasureFlagList } from '../measure-flag-list/measure-flag-list';
import { openMeasureHistoryDialog } from '../measure-history-dialog/measure-history-dialog';
import { MeasureTable } from '../measure-table/measure-table';
import { MeasuresTabActions } from '../measures-tab.actions';
import { measuresFeature } from '../measures.feature';
import { SelfReportPanel } from '../../self-report/self-report-panel/self-report-panel';
import { namedNetworkEvents } from '../trend-chart/named-network-events';
import { TrendChart } from '../trend-chart/trend-chart';

/**
 * The client's social-connection measures: today's clinical flags, the latest score per
 * instrument, the trend across treatment (chart or table), and every measure recorded. Therapists
 * record and amend measures; supervisors read.
 */
@Component({
  selector: 'app-measures-tab',
  imports: [
    RouterLink,
    MatAnchor,
    MatButton,
    Icon,
    MatProgressBar,
    EmptyState,
    LatestScores,
    MeasureFlagList,
    MeasureTable,
    TrendChart,
    SelfReportPanel,
  ],
  templateUrl: './measures-tab.html',
  styleUrl: './measures-tab.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class MeasuresTab {
  private readonly store = inject(Store);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);

  protected readonly clientId = this.store.selectSignal(selectRouteClientId);
  protected readonly viewModel = this.store.selectSignal(measuresFeature.selectMeasuresViewModel);
  protected readonly chartContext = this.store.selectSignal(measuresFeature.selectChartContext);
  private readonly client = this.store.selectSignal(clientsFeature.selectClient);

  /** The client page has loaded the client: its treatment start begins the chart's time axis. */
  protected readonly treatmentStart = computed(() => {
    const client = this.client();
    return client !== null && client.id === this.clientId() ? client.treatmentStart : null;
  });
  /** The network's changes with the members' names; null until both have loaded (the chart then goes without). */
  protected readonly networkEvents = computed(() => {
    const { networkEvents, members } = this.chartContext();
    return networkEvents === null || members === null ? null : namedNetworkEvents(networkEvents, members);
  });
  /** Each measured instrument's reliable-change thresholds (total, then flagged subscales), as the server judged the flags. */
  protected readonly changeNorms = computed(() => {
    const latest = this.viewModel().indicators?.latest ?? {};
    return Object.fromEntries(
      (Object.entries(latest) as [InstrumentCode, InstrumentIndicator][]).map(([code, indicator]) => [
        code,
        [indicator.norm, ...indicator.subscales.map((subscale) => subscale.norm)],
      ]),
    ) as Partial<Record<InstrumentCode, readonly ChangeNorm[]>>;
  });
  protected readonly clientName = computed(() => {
    const client = this.client();
    return client !== null && client.id === this.clientId() ? client.preferredName : null;
  });

  constructor() {
    effect(() => {
      const clientId = this.clientId();
      if (clientId !== null) {
        untracked(() => this.store.dispatch(MeasuresTabActions.opened({ clientId })));
      }
    });
  }

  protected showHistory(measure: MeasureResponse): void {
    const clientId = this.clientId();
    if (clientId !== null) {
      openMeasureHistoryDialog(this.injector, { clientId, measure });
    }
  }

  protected retry(): void {
    this.store.dispatch(MeasuresTabActions.retryClicked());
  }

  protected print(): void {
    this.document.defaultView?.print();
  }
}
