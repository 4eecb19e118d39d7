import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { InstrumentCode } from '@domain/measures/instrument';
import { MEASURE_FLAGS, type InstrumentIndicator, type MeasureFlag } from '@domain/measures/measure-flags';
import { changeThresholdLines, FLAG_EXPLANATIONS } from '../measure-words';

/** The clinical flags raised from measures, most severe first, each with what raised it. */
@Component({
  selector: 'app-measure-flag-list',
  templateUrl: './measure-flag-list.html',
  styleUrl: './measure-flag-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MeasureFlagList {
  /** In severity order, as the server sends them. */
  readonly flags = input.required<readonly MeasureFlag[]>();
  /** Without explanations: the Overview's short list (the reliable-change thresholds still show). */
  readonly compact = input(false);
  /** The latest indicators, whose change norms say what threshold a decline flag used. */
  readonly latest = input<Readonly<Partial<Record<InstrumentCode, InstrumentIndicator>>>>({});

  protected readonly items = computed(() =>
    this.flags().map((flag) => ({
      flag,
      label: MEASURE_FLAGS[flag],
      explanation: FLAG_EXPLANATIONS[flag],
      thresholds: changeThresholdLines(flag, this.latest()),
    })),
  );
}
