import type { InstrumentCode } from '@domain/measures/instrument';
import { INSTRUMENTS, instrumentOf } from '@domain/measures/instrument-catalog';
import type { InstrumentIndicator, MeasureFlag } from '@domain/measures/measure-flags';
import { LSNS6_ISOLATION_CUT_OFF } from '@domain/measures/instruments/lsns-6';
import { UCLA3_LONELINESS_CUT_OFF } from '@domain/measures/instruments/ucla-3';
import { thresholdLine, thresholdShort } from '@domain/measures/reliable-change';

/** The words clinicians read next to a score: shared by the tab, the Overview and the caseload. */

/** A score as the instrument prints it (MSPSS with two decimals, the sums as whole numbers). */
export function formatScore(instrument: InstrumentCode, value: number): string {
  return value.toFixed(instrumentOf(instrument).decimals);
}

/** The label of a stored band code; an unknown code (an older scoring) shows as is. */
export function bandLabel(instrument: InstrumentCode, band: string): string {
  return instrumentOf(instrument).bands.find((candidate) => candidate.code === band)?.label ?? band;
}

/** Whether the band is one the clinic treats as a concern. */
export function isConcernBand(instrument: InstrumentCode, band: string): boolean {
  return instrumentOf(instrument).bands.find((candidate) => candidate.code === band)?.concern ?? false;
}

/**
 * The one line that goes with a reliable-change flag for each scale that raised it: which instrument
 * (or MSPSS subscale) declined, the threshold used and where its figures come from (e.g. "MSPSS
 * Family: reliable change is 1.25 or more (Jacobson & Truax 1991; r .85 from Zimet et al. 1988; SD
 * 1.12 published).").
 */
export function changeThresholdLines(
  flag: MeasureFlag,
  latest: Readonly<Partial<Record<InstrumentCode, InstrumentIndicator>>>,
  form: 'line' | 'short' = 'line',
): string[] {
  if (flag !== 'decline' && flag !== 'decline-since-first') {
    return [];
  }
  const raised = (judged: Pick<InstrumentIndicator, 'declined' | 'declinedSinceFirst'>) => (flag === 'decline' ? judged.declined : judged.declinedSinceFirst);
  return (Object.values(latest) as InstrumentIndicator[])
    .flatMap((indicator) => [
      ...(raised(indicator) && indicator.norm ? [indicator.norm] : []),
      // Stored before subscales were judged, an indicator may have none.
      ...(indicator.subscales ?? []).filter(raised).map((subscale) => subscale.norm),
    ])
    .map((norm) => (form === 'line' ? thresholdLine(norm) : thresholdShort(norm)));
}

export interface TrendWords {
  /** Decorative: the words carry the meaning. */
  readonly arrow: '↑' | '↓' | '→' | '';
  readonly words: string;
  readonly tone: 'good' | 'bad' | 'neutral';
}

/** "↑ improving", "↓ worsening", "→ steady", or "first measure" when there is nothing to compare. */
export function trendWords(indicator: Pick<InstrumentIndicator, 'trend' | 'improving'>): TrendWords {
  switch (indicator.trend) {
    case null:
      return { arrow: '', words: 'first measure', tone: 'neutral' };
    case 'flat':
      return { arrow: '→', words: 'steady', tone: 'neutral' };
    default:
      return {
        arrow: indicator.trend === 'up' ? '↑' : '↓',
        words: indicator.improving ? 'improving' : 'worsening',
        tone: indicator.improving ? 'good' : 'bad',
      };
  }
}

const LOW_SUPPORT_BELOW = INSTRUMENTS.mspss.bands.find((band) => band.code === 'low')?.max ?? 3;

/** What each clinical flag means, in the terms of the instrument that raised it. */
export const FLAG_EXPLANATIONS: Readonly<Record<MeasureFlag, string>> = {
  'risk-noted': 'A session records risk concerns no clinician has reviewed yet: open the session and mark them reviewed, with a note.',
  'isolation-risk': `The latest LSNS-6 total is below ${LSNS6_ISOLATION_CUT_OFF}: a small social network, at risk of isolation.`,
  'low-perceived-support': `The latest MSPSS total is below ${LOW_SUPPORT_BELOW}: the client perceives little support.`,
  loneliness: `The latest UCLA-3 total is ${UCLA3_LONELINESS_CUT_OFF} or more: the client reports feeling lonely.`,
  decline:
    'A total or an MSPSS subscale worsened since the previous measure by at least its reliable-change threshold: more than measurement noise (Jacobson & Truax 1991).',
  'decline-since-first':
    'A total or an MSPSS subscale worsened since the first measure by at least its reliable-change threshold: more than measurement noise (Jacobson & Truax 1991).',
  'reassessment-overdue': 'No measure within the clinic’s reassessment interval: time to measure again.',
};

