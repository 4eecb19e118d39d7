import { bandOf, sum, type Instrument, type MeasureScores } from '../instrument';

/** A total of 6 or more reads as lonely (Hughes et al., 2004). */
export const UCLA3_LONELINESS_CUT_OFF = 6;

const BANDS = [
  { code: 'not-lonely', label: 'Not lonely', min: 3, max: UCLA3_LONELINESS_CUT_OFF, maxExclusive: true, concern: false },
  { code: 'lonely', label: 'Lonely', min: UCLA3_LONELINESS_CUT_OFF, max: 9, concern: true },
] as const;

function scoreUcla3(answers: readonly number[]): MeasureScores {
  const total = sum(answers);
  return { total, subscales: {}, band: bandOf(BANDS, total).code };
}

export const UCLA_3: Instrument = {
  code: 'ucla-3',
  shortName: 'UCLA-3',
  name: 'Three-Item Loneliness Scale',
  citation: 'Hughes, M. E., Waite, L. J., Hawkley, L. C., & Cacioppo, J. T. (2004). A short scale for measuring loneliness in large surveys. Research on Aging, 26(6), 655–672.',
  instructions: 'How often do you feel this way?',
  items: [
    { number: 1, text: 'How often do you feel that you lack companionship?' },
    { number: 2, text: 'How often do you feel left out?' },
    { number: 3, text: 'How often do you feel isolated from others?' },
  ],
  responseOptions: [
    { value: 1, label: 'Hardly ever' },
    { value: 2, label: 'Some of the time' },
    { value: 3, label: 'Often' },
  ],
  subscales: [],
  totalRule: 'Sum of the 3 items, 3–9.',
  scoreRange: { min: 3, max: 9 },
  bands: BANDS,
  higherIsBetter: false,
  decimals: 0,
  score: scoreUcla3,
};
