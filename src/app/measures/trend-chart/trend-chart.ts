import { DatePipe, DOCUMENT } from '@angular/common';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatButtonToggle, MatButtonToggleGroup } from '@angular/material/button-toggle';
import { MatCheckbox } from '@angular/material/checkbox';
import { Pager, type PageChange } from '../../shared/pager/pager';
import { INSTRUMENT_CODES, type InstrumentCode } from '@domain/measures/instrument';
import { instrumentOf } from '@domain/measures/instrument-catalog';
import type { MeasureResponse } from '@domain/measures/measure';
import type { NetworkMemberFacts } from '@domain/network/network-member';
import { thresholdLine, type ChangeNorm } from '@domain/measures/reliable-change';
import { BaseChartDirective } from 'ng2-charts';
import { bandLabel, formatScore, isConcernBand } from '../measure-words';
import { FALLBACK_PALETTE, trendChartConfig, type TrendPalette } from './trend-chart-config';
import { readPalette } from './trend-palette';
import { provideChartParts } from '../../shared/charts/provide-chart-parts';
import { MEASURE_SOURCE_LABELS } from '../measure-source';
import { BetweenMeasuresPanel } from '../between-measures-panel/between-measures-panel';
import { NetworkChangeList } from '../network-change-list/network-change-list';
import { changeWords, intervalContents, reliableIntervals, type ChangeInterval } from './change-intervals';
import type { NamedNetworkEvent } from './named-network-events';
import {
  measuredInstruments,
  sessionMarkers,
  type SessionFacts,
  timeOfDate,
  trendRows,
  type TrendRow,
} from './trend-series';

/** The chart's size on paper (px at 96 dpi): the width of A4 or Letter inside its margins. */
const PRINT_SIZE = { width: 680, height: 320 };
const TABLE_PAGE_SIZES = [10, 25, 50, 100];
/** Planned sessions this far ahead stretch the time axis beyond today. */
const UPCOMING_MS = 90 * 86_400_000;

/**
 * One instrument's scores across treatment, with its concern bands, optional subscales, the
 * network's size on a second axis and family sessions as markers; or the same numbers as a table,
 * one click away. Loaded only where it is shown (the chart library stays out of the app bundle).
 */
@Component({
  selector: 'app-trend-chart',
  imports: [
    DatePipe,
    BaseChartDirective,
    MatButton,
    MatButtonToggleGroup,
    MatButtonToggle,
    MatCheckbox,
    Pager,
    BetweenMeasuresPanel,
    NetworkChangeList,
  ],
  providers: [provideChartParts()],
  templateUrl: './trend-chart.html',
  styleUrl: './trend-chart.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TrendChart {
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** Every measure of the client (any order). */
  readonly measures = input.required<readonly MeasureResponse[]>();
  /** Everyone ever in the network; null leaves the network series out. */
  readonly members = input<readonly NetworkMemberFacts[] | null>(null);
  readonly sessions = input<readonly SessionFacts[] | null>(null);
  /** The time axis starts here (YYYY-MM-DD); null starts at the first measure. */
  readonly treatmentStart = input<string | null>(null);
  /** The Overview's small chart: instrument choice and table only. */
  readonly compact = input(false);
  /** What changed in the network, oldest first, named; null leaves the markers out. */
  readonly networkEvents = input<readonly NamedNetworkEvent[] | null>(null);
  /**
   * Each instrument's reliable-change thresholds (from the indicators): the total's, then each flagged
   * subscale's. Without them no change is judged.
   */
  readonly changeNorms = input<Readonly<Partial<Record<InstrumentCode, readonly ChangeNorm[]>>>>({});
  /** Ids that make the controls' labels unique when two charts share a page. */
  readonly idPrefix = input('trend');

  private readonly chart = viewChild(BaseChartDirective);

  protected readonly chosen = signal<InstrumentCode | null>(null);
  protected readonly subscales = signal<readonly string[]>([]);
  protected readonly showNetwork = signal(true);
  protected readonly showTable = signal(false);
  protected readonly tablePage = signal({ index: 0, size: TABLE_PAGE_SIZES[1] });
  protected readonly tablePageSizes = TABLE_PAGE_SIZES;
  private readonly palette = signal<TrendPalette>(FALLBACK_PALETTE);

  protected readonly measured = computed(() => measuredInstruments(this.measures(), INSTRUMENT_CODES));
  /** The instrument on screen: the one chosen, else the first with measures. */
  protected readonly instrument = computed(() => {
    const chosen = this.chosen();
    const measured = this.measured();
    return chosen !== null && measured.includes(chosen) ? chosen : (measured[0] ?? null);
  });
  protected readonly definition = computed(() => {
    const code = this.instrument();
    return code === null ? null : instrumentOf(code);
  });
  protected readonly hasConcernBand = computed(() => this.definition()?.bands.some((band) => band.concern) ?? false);
  protected readonly rows = computed(() => {
    const code = this.instrument();
    return code === null ? [] : trendRows(this.measures(), code, this.members());
  });
  protected readonly networkAvailable = computed(() => !this.compact() && this.members() !== null);
  protected readonly networkShown = computed(() => this.networkAvailable() && this.showNetwork());
  protected readonly subscaleOptions = computed(() => (this.compact() ? [] : (this.definition()?.subscales ?? [])));
  protected readonly shownSubscales = computed(() =>
    this.subscaleOptions().filter((subscale) => this.subscales().includes(subscale.code)),
  );
  /** Treatment start (or the first measure) to today, or on to the next planned sessions. */
  private readonly range = computed(() => {
    const rows = this.rows();
    const start = this.treatmentStart();
    if (start === null && rows.length === 0) {
      return null;
    }
    const now = Date.now();
    const upcoming = sessionMarkers(this.sessions() ?? [])
      .filter((marker) => marker.x > now && marker.x <= now + UPCOMING_MS)
      .map((marker) => marker.x);
    return {
      from: Math.min(start === null ? Infinity : timeOfDate(start), rows[0]?.x ?? Infinity),
      to: Math.max(now, rows[rows.length - 1]?.x ?? now, ...upcoming),
    };
  });
  /** The sessions inside the time axis: the chart draws them and the key counts them. */
  private readonly markers = computed(() => {
    const range = this.range();
    return sessionMarkers(this.sessions() ?? []).filter(
      (marker) => range === null || (marker.x >= range.from && marker.x <= range.to),
    );
  });
  /** The network changes inside the time axis. */
  private readonly shownNetworkEvents = computed(() => {
    const range = this.range();
    const events = this.compact() ? null : this.networkEvents();
    return (events ?? [])
      .map((item) => ({ item, x: timeOfDate(item.date) }))
      .filter(({ x }) => range === null || (x >= range.from && x <= range.to));
  });
  protected readonly networkEventsAvailable = computed(() => !this.compact() && this.networkEvents() !== null);
  protected readonly networkEventCounts = computed(() => {
    const shown = this.shownNetworkEvents();
    return { worse: shown.filter(({ item }) => item.worsening).length, other: shown.filter(({ item }) => !item.worsening).length };
  });

  /** The instrument's reliable-change thresholds (total first, then flagged subscales), when known. */
  protected readonly norms = computed(() => {
    const code = this.instrument();
    return code === null ? [] : (this.changeNorms()[code] ?? []);
  });
  /** One line per judged scale: its threshold and where the figures come from. */
  protected readonly thresholdLines = computed(() => this.norms().map(thresholdLine));
  /** Reliable changes from one measure to the next on the total and flagged subscales, newest first (as the table lists). */
  protected readonly intervals = computed(() => (this.compact() ? [] : reliableIntervals(this.rows(), this.norms())));
  private readonly intervalById = computed(() => new Map(this.intervals().map((interval) => [interval.id, interval])));
  /** Measure id → the reliable changes that end at it (total first). */
  private readonly intervalsByMeasure = computed(() => {
    const byMeasure = new Map<string, ChangeInterval[]>();
    for (const interval of this.intervals()) {
      byMeasure.set(interval.to.measureId, [...(byMeasure.get(interval.to.measureId) ?? []), interval]);
    }
    return byMeasure;
  });
  private readonly chosenInterval = signal<string | null>(null);
  /** The interval the "between these two measures" panel shows (only while it still exists). */
  protected readonly openInterval = computed(() => {
    const id = this.chosenInterval();
    return id === null ? null : (this.intervalById().get(id) ?? null);
  });
  protected readonly openContents = computed(() => {
    const interval = this.openInterval();
    return interval === null ? null : intervalContents(interval, this.networkEvents() ?? [], this.sessions() ?? []);
  });

  protected readonly markerCounts = computed(() => {
    const markers = this.markers();
    return {
      completed: markers.filter((marker) => marker.kind === 'completed').length,
      missed: markers.filter((marker) => marker.kind === 'missed').length,
      planned: markers.filter((marker) => marker.kind === 'planned').length,
    };
  });

  protected readonly config = computed(() => {
    const definition = this.definition();
    return trendChartConfig({
      series: definition === null ? [] : [{ instrument: definition, rows: this.rows() }],
      subscales: this.shownSubscales().map((subscale) => subscale.code),
      network: this.networkShown(),
      sessions: this.markers(),
      range: this.range(),
      palette: this.palette(),
      compact: this.compact(),
      networkEvents: this.shownNetworkEvents().map(({ item, x }) => ({ x, worsening: item.worsening })),
    });
  });

  /** What the picture shows, for people who cannot see it. */
  protected readonly chartLabel = computed(() => {
    const definition = this.definition();
    const rows = this.rows();
    if (definition === null || rows.length === 0) {
      return 'Trend chart: no measures yet.';
    }
    const last = rows[rows.length - 1];
    const span = rows.length === 1 ? `one measure, on ${last.date}` : `${rows.length} measures from ${rows[0].date} to ${last.date}`;
    const selfReported = rows.filter((row) => row.source === 'self-report').length;
    return (
      `Trend chart of the ${definition.shortName} total: ${span}` +
      (selfReported > 0 ? `, ${selfReported} self-reported by the client (hollow diamonds). ` : '. ') +
      `Latest ${formatScore(definition.code, last.total)}, ${bandLabel(definition.code, last.band)}. ` +
      'Choose “Show as table” for every value.'
    );
  });

  protected readonly sourceLabels = MEASURE_SOURCE_LABELS;

  /** The table lists the newest first, a page at a time: a new measure is on its first page. */
  protected readonly tableRows = computed(() => {
    const { index, size } = this.tablePage();
    return [...this.rows()].reverse().slice(index * size, (index + 1) * size);
  });

  constructor() {
    afterNextRender(() => this.refreshPalette());
    const view = this.document.defaultView;
    if (view) {
      // Size the canvas for paper before printing, and back to the screen after.
      const beforePrint = () => this.chart()?.chart?.resize(PRINT_SIZE.width, PRINT_SIZE.height);
      const afterPrint = () => this.chart()?.chart?.resize();
      const scheme = view.matchMedia?.('(prefers-color-scheme: dark)');
      const schemeChanged = () => this.refreshPalette();
      view.addEventListener('beforeprint', beforePrint);
      view.addEventListener('afterprint', afterPrint);
      scheme?.addEventListener('change', schemeChanged);
      inject(DestroyRef).onDestroy(() => {
        view.removeEventListener('beforeprint', beforePrint);
        view.removeEventListener('afterprint', afterPrint);
        scheme?.removeEventListener('change', schemeChanged);
      });
    }
  }

  protected instrumentName(code: InstrumentCode): string {
    return instrumentOf(code).shortName;
  }

  protected chooseInstrument(code: InstrumentCode): void {
    this.chosen.set(code);
    this.tablePage.update((page) => ({ ...page, index: 0 }));
  }

  protected toggleSubscale(code: string, shown: boolean): void {
    this.subscales.update((codes) => (shown ? [...codes.filter((c) => c !== code), code] : codes.filter((c) => c !== code)));
  }

  protected score(value: number | undefined): string {
    const code = this.instrument();
    return code === null || value === undefined ? '' : formatScore(code, value);
  }

  protected band(row: TrendRow): string {
    const code = this.instrument();
    return code === null ? row.band : bandLabel(code, row.band);
  }

  protected concern(row: TrendRow): boolean {
    const code = this.instrument();
    return code !== null && isConcernBand(code, row.band);
  }

  /** The reliable changes that end at this measure (for the table's column). */
  protected changesAt(row: TrendRow): readonly ChangeInterval[] {
    return this.intervalsByMeasure().get(row.measureId) ?? [];
  }

  protected declinesAt(row: TrendRow): boolean {
    return this.changesAt(row).some((interval) => interval.change === 'deteriorated');
  }

  /** "Reliable decline" for the total; "Reliable decline in Family" for a subscale. */
  protected changeWords(interval: ChangeInterval): string {
    return changeWords(interval);
  }

  protected showBetween(interval: ChangeInterval): void {
    this.chosenInterval.set(interval.id);
  }

  /** Back to the button that opened the panel, so the keyboard user keeps their place. */
  protected closeBetween(): void {
    const id = this.chosenInterval();
    this.chosenInterval.set(null);
    if (id !== null) {
      afterNextRender(() => this.document.getElementById(`${this.idPrefix()}-between-${id}`)?.focus(), { injector: this.injector });
    }
  }

  protected tablePageChanged({ pageIndex, pageSize }: PageChange): void {
    this.tablePage.set({ index: pageIndex, size: pageSize });
  }

  private refreshPalette(): void {
    this.palette.set(readPalette(this.host.nativeElement));
  }
}
