import { ChangeDetectionStrategy, Component } from '@angular/core';
import {
  NETWORK_CATEGORIES,
  NETWORK_CATEGORY_CODES,
  SUPPORT_TYPES,
  SUPPORT_TYPE_CODES,
} from '@domain/network/network-codes';
import { SUPPORT_DOT_OFFSETS } from '../ecomap/ecomap';
import { tieLineStyle } from '../ecomap/tie-line-style';
import { jaggedPath, straightPath } from '../ecomap/tie-path';

const SAMPLE_FROM = { x: 2, y: 10 };
const SAMPLE_TO = { x: 58, y: 10 };

const TIE_SAMPLES = [
  { label: 'Strong', strength: 'strong', quality: 'supportive' },
  { label: 'Moderate', strength: 'moderate', quality: 'supportive' },
  { label: 'Weak or tenuous', strength: 'weak', quality: 'supportive' },
  { label: 'Mixed', strength: 'moderate', quality: 'mixed' },
  { label: 'Strained', strength: 'moderate', quality: 'strained' },
  { label: 'Harmful', strength: 'moderate', quality: 'harmful' },
] as const;

let nextInstance = 0;

/** What every mark of the ecomap means: ties, arrows, support dots and category sectors. */
@Component({
  selector: 'app-ecomap-legend',
  templateUrl: './ecomap-legend.html',
  styleUrl: './ecomap-legend.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EcomapLegend {
  protected readonly uid = `ecomap-legend-${nextInstance++}`;

  protected readonly ties = TIE_SAMPLES.map((sample) => {
    const style = tieLineStyle(sample.strength, sample.quality);
    return {
      label: sample.label,
      style,
      path:
        style.shape === 'jagged'
          ? jaggedPath(SAMPLE_FROM, SAMPLE_TO, {
              amplitude: 3,
              wavelength: 8,
              leadStart: 4,
              leadEnd: 4,
            })
          : straightPath(SAMPLE_FROM, SAMPLE_TO),
      outerWidth: style.double ? style.width + 4 : style.width,
      gapWidth: Math.max(1.25, style.width - 0.5),
    };
  });

  protected readonly flows = [
    { label: 'Support flows to the client', start: true, end: false },
    { label: 'Support flows from the client', start: false, end: true },
    { label: 'Both ways', start: true, end: true },
  ];

  protected readonly supportTypes = SUPPORT_TYPE_CODES.map((type) => ({
    type,
    label: SUPPORT_TYPES[type],
    x: 10 + SUPPORT_DOT_OFFSETS[type].x * 4,
    y: 10 + SUPPORT_DOT_OFFSETS[type].y * 4,
  }));

  protected readonly categories = NETWORK_CATEGORY_CODES.map((category) => ({
    category,
    label: NETWORK_CATEGORIES[category],
  }));
}
