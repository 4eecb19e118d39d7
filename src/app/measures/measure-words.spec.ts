import { MEASURE_FLAG_CODES, type InstrumentIndicator } from '@domain/measures/measure-flags';
import { changeNorm } from '@domain/measures/reliable-change';
import {
  bandLabel,
  changeThresholdLines,
  FLAG_EXPLANATIONS,
  formatScore,
  isConcernBand,
  trendWords,
} from './measure-words';

const indicator: InstrumentIndicator = {
  total: 10,
  band: 'isolation-risk',
  administeredOn: '2026-11-01',
  trend: 'down',
  improving: false,
  declined: false,
  declinedSinceFirst: false,
  improvedSinceFirst: false,
  norm: changeNorm('lsns-6', 'total'),
  subscales: [],
};

describe('measure words', () => {
  it('formats a score with the instrument’s own decimals', () => {
    expect(formatScore('mspss', 4.25)).toBe('4.25');
    expect(formatScore('mspss', 3)).toBe('3.00');
    expect(formatScore('lsns-6', 14)).toBe('14');
    expect(formatScore('ucla-3', 7)).toBe('7');
  });

  it('names bands and knows which are a concern', () => {
    expect(bandLabel('mspss', 'low')).toBe('Low perceived support');
    expect(bandLabel('lsns-6', 'isolation-risk')).toBe('At risk of social isolation');
    expect(bandLabel('ucla-3', 'retired-code')).toBe('retired-code');
    expect(isConcernBand('ucla-3', 'lonely')).toBeTrue();
    expect(isConcernBand('mspss', 'high')).toBeFalse();
  });

  it('gives the threshold and its source in one line for each instrument a decline flag is about', () => {
    const declined = { ...indicator, declined: true, declinedSinceFirst: false, norm: changeNorm('lsns-6', 'total') };
    const steady = { ...indicator, declined: false, declinedSinceFirst: true, norm: changeNorm('mspss', 'total') };
    const latest = { 'lsns-6': declined, mspss: steady };
    expect(changeThresholdLines('decline', latest)).toEqual([
      'LSNS-6: reliable change is 7 or more (Jacobson & Truax 1991; r .83 from Lubben et al. 2006; SD 6.00 published).',
    ]);
    expect(changeThresholdLines('decline-since-first', latest)).toEqual([
      'MSPSS: reliable change is 1.00 or more (Jacobson & Truax 1991; r .85 from Zimet et al. 1988; SD 0.86 published).',
    ]);
    expect(changeThresholdLines('loneliness', latest)).toEqual([]);
  });

  it('gives the line of each MSPSS subscale that raised a decline flag, after its total’s', () => {
    const subscale = (scale: string, declined: boolean, declinedSinceFirst: boolean) => ({
      scale,
      score: 3,
      declined,
      declinedSinceFirst,
      improvedSinceFirst: false,
      norm: changeNorm('mspss', scale),
    });
    const mspss = {
      ...indicator,
      declined: false,
      declinedSinceFirst: true,
      norm: changeNorm('mspss', 'total'),
      subscales: [subscale('significant-other', false, false), subscale('family', true, true), subscale('friends', false, true)],
    };
    expect(changeThresholdLines('decline', { mspss })).toEqual([
      'MSPSS Family: reliable change is 1.25 or more (Jacobson & Truax 1991; r .85 from Zimet et al. 1988; SD 1.12 published).',
    ]);
    expect(changeThresholdLines('decline-since-first', { mspss }, 'short')).toEqual([
      'MSPSS ≥ 1.00 (r .85 Zimet et al. 1988; published SD 0.86)',
      'MSPSS Family ≥ 1.25 (r .85 Zimet et al. 1988; published SD 1.12)',
      'MSPSS Friends ≥ 1.50 (r .75 Zimet et al. 1988; published SD 0.94)',
    ]);
  });

  it('puts the trend in words, good news or not whatever the direction of the scale', () => {
    expect(trendWords({ trend: 'up', improving: true })).toEqual({ arrow: '↑', words: 'improving', tone: 'good' });
    // Loneliness going up is worsening.
    expect(trendWords({ trend: 'up', improving: false })).toEqual({ arrow: '↑', words: 'worsening', tone: 'bad' });
    expect(trendWords({ trend: 'down', improving: false })).toEqual({ arrow: '↓', words: 'worsening', tone: 'bad' });
    expect(trendWords({ trend: 'flat', improving: null })).toEqual({ arrow: '→', words: 'steady', tone: 'neutral' });
    expect(trendWords({ trend: null, improving: null }).words).toBe('first measure');
  });

  it('explains every flag, with the cut-offs of the instruments', () => {
    expect(Object.keys(FLAG_EXPLANATIONS).sort()).toEqual([...MEASURE_FLAG_CODES].sort());
    expect(FLAG_EXPLANATIONS['isolation-risk']).toContain('below 12');
    expect(FLAG_EXPLANATIONS['low-perceived-support']).toContain('below 3');
    expect(FLAG_EXPLANATIONS.loneliness).toContain('6 or more');
    expect(FLAG_EXPLANATIONS.decline).toContain('reliable-change threshold');
  });
});
