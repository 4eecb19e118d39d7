import { MEASURE_FLAG_CODES } from '@domain/measures/measure-flags';
import {
  bandLabel,
  declineRule,
  FLAG_EXPLANATIONS,
  formatScore,
  isConcernBand,
  noiseExplanation,
  trendWords,
} from './measure-words';

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

  it('states each instrument’s decline threshold in its own direction', () => {
    expect(declineRule('mspss')).toBe('MSPSS total down by 1.0 or more');
    expect(declineRule('lsns-6')).toBe('LSNS-6 total down by 4 or more');
    expect(declineRule('ucla-3')).toBe('UCLA-3 total up by 2 or more');
    expect(noiseExplanation('ucla-3')).toContain('within measurement noise');
    expect(noiseExplanation('ucla-3')).toContain('UCLA-3 total up by 2 or more');
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
    expect(FLAG_EXPLANATIONS.decline).toContain('LSNS-6 total down by 4 or more');
  });
});
