import type { TieQuality, TieStrength } from '@domain/network/network-codes';

/** How a tie is drawn (Hartman's conventions, as the legend explains them). */
export interface TieLineStyle {
  /** Strained and harmful ties are jagged; the others straight. */
  readonly shape: 'straight' | 'jagged';
  /** Harmful ties are drawn as a double line. */
  readonly double: boolean;
  /** Thick for strong, thinner for moderate, thin for weak. */
  readonly width: number;
  /** Weak ties are dashed; mixed ties have a dash-dot pattern of their own. */
  readonly dash: string | null;
  readonly tone: 'neutral' | 'warning' | 'error';
}

export const TIE_WIDTHS: Record<TieStrength, number> = { strong: 4, moderate: 2.25, weak: 1.5 };
export const WEAK_DASH = '6 5';
export const MIXED_DASH = '12 4 2 4';

export function tieLineStyle(strength: TieStrength, quality: TieQuality): TieLineStyle {
  return {
    shape: quality === 'strained' || quality === 'harmful' ? 'jagged' : 'straight',
    double: quality === 'harmful',
    width: TIE_WIDTHS[strength],
    dash: quality === 'mixed' ? MIXED_DASH : strength === 'weak' ? WEAK_DASH : null,
    tone: quality === 'harmful' ? 'error' : quality === 'strained' ? 'warning' : 'neutral',
  };
}
