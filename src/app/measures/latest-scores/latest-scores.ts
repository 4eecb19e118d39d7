import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { INSTRUMENT_CODES } from '@domain/measures/instrument';
import { instrumentOf } from '@domain/measures/instrument-catalog';
import type { MeasureIndicators, SubscaleIndicator } from '@domain/measures/measure-flags';
import { PUBLISHED_NORMS, scaleName, thresholdLine } from '@domain/measures/reliable-change';
import { bandLabel, formatScore, isConcernBand, trendWords } from '../measure-words';

/**
 * A flagged subscale's reliable change in words, with its threshold line; nothing when it did not
 * change reliably. Declines use the flags' words; an improvement is the positive marker.
 */
function subscaleChange(subscale: SubscaleIndicator): { name: string; words: string; tone: 'bad' | 'good'; line: string }[] {
  const declines = [subscale.declined ? 'the previous' : '', subscale.declinedSinceFirst ? 'the first' : ''].filter(Boolean);
  const words = [
    declines.length > 0 ? `reliable decline since ${declines.join(' and ')} measure` : '',
    subscale.improvedSinceFirst ? 'reliably improved since the first measure' : '',
  ].filter(Boolean);
  if (words.length === 0) {
    return [];
  }
  const name = scaleName(subscale.norm.instrument, subscale.scale).replace(/^\S+ /, '');
  return [{ name, words: words.join('; '), tone: declines.length > 0 ? 'bad' : 'good', line: thresholdLine(subscale.norm) }];
}

/**
 * The latest score of each instrument: the score with its band, the trend in words (the arrow is
 * decoration), and what counts as a real change for that instrument.
 */
@Component({
  selector: 'app-latest-scores',
  imports: [DatePipe],
  templateUrl: './latest-scores.html',
  styleUrl: './latest-scores.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LatestScores {
  readonly indicators = input.required<MeasureIndicators>();
  /** The Overview's version: no noise explanation. */
  readonly compact = input(false);
  /** Heading level of each card, under the section that holds them. */
  readonly headingLevel = input<3 | 4>(3);

  protected readonly cards = computed(() =>
    INSTRUMENT_CODES.map((code) => {
      const instrument = instrumentOf(code);
      const latest = this.indicators().latest[code] ?? null;
      return {
        code,
        shortName: instrument.shortName,
        name: instrument.name,
        range: `${formatScore(code, instrument.scoreRange.min)}–${formatScore(code, instrument.scoreRange.max)}`,
        direction: instrument.higherIsBetter ? 'higher is more connected' : 'higher is lonelier',
        latest:
          latest === null
            ? null
            : {
                score: formatScore(code, latest.total),
                band: bandLabel(code, latest.band),
                concern: isConcernBand(code, latest.band),
                administeredOn: latest.administeredOn,
                trend: trendWords(latest),
                declined: latest.declined,
                declinedSinceFirst: latest.declinedSinceFirst,
                improvedSinceFirst: latest.improvedSinceFirst,
                // Stored before subscales were judged, an indicator may have none.
                subscales: (latest.subscales ?? []).flatMap(subscaleChange),
              },
        // The threshold the latest measure was judged against (stored with it), else the published one.
        noise: thresholdLine(latest?.norm ?? PUBLISHED_NORMS[code]),
      };
    }),
  );
}
