import { answersTo, bandOf, sum, type Instrument, type MeasureScores } from '../instrument';

const SUBSCALES = [
  { code: 'significant-other', name: 'Significant other', items: [1, 2, 5, 10] },
  { code: 'family', name: 'Family', items: [3, 4, 8, 11] },
  { code: 'friends', name: 'Friends', items: [6, 7, 9, 12] },
] as const;

const BANDS = [
  { code: 'low', label: 'Low perceived support', min: 1, max: 3, maxExclusive: true, concern: true },
  { code: 'moderate', label: 'Moderate perceived support', min: 3, max: 5, concern: false },
  { code: 'high', label: 'High perceived support', min: 5, max: 7, minExclusive: true, concern: false },
] as const;

const mean = (values: readonly number[]) => sum(values) / values.length;

function scoreMspss(answers: readonly number[]): MeasureScores {
  // No reverse-scored items: subscales and total are plain means of their items.
  const total = mean(answers);
  const subscales = Object.fromEntries(SUBSCALES.map((subscale) => [subscale.code, mean(answersTo(answers, subscale.items))]));
  return { total, subscales, band: bandOf(BANDS, total).code };
}

export const MSPSS: Instrument = {
  code: 'mspss',
  shortName: 'MSPSS',
  name: 'Multidimensional Scale of Perceived Social Support',
  citation: 'Zimet, G. D., Dahlem, N. W., Zimet, S. G., & Farley, G. K. (1988). The Multidimensional Scale of Perceived Social Support. Journal of Personality Assessment, 52(1), 30–41.',
  instructions: 'How do you feel about each statement?',
  items: [
    { number: 1, text: 'There is a special person who is around when I am in need.' },
    { number: 2, text: 'There is a special person with whom I can share my joys and sorrows.' },
    { number: 3, text: 'My family really tries to help me.' },
    { number: 4, text: 'I get the emotional help and support I need from my family.' },
    { number: 5, text: 'I have a special person who is a real source of comfort to me.' },
    { number: 6, text: 'My friends really try to help me.' },
    { number: 7, text: 'I can count on my friends when things go wrong.' },
    { number: 8, text: 'I can talk about my problems with my family.' },
    { number: 9, text: 'I have friends with whom I can share my joys and sorrows.' },
    { number: 10, text: 'There is a special person in my life who cares about my feelings.' },
    { number: 11, text: 'My family is willing to help me make decisions.' },
    { number: 12, text: 'I can talk about my problems with my friends.' },
  ],
  responseOptions: [
    { value: 1, label: 'Very strongly disagree' },
    { value: 2, label: 'Strongly disagree' },
    { value: 3, label: 'Mildly disagree' },
    { value: 4, label: 'Neutral' },
    { value: 5, label: 'Mildly agree' },
    { value: 6, label: 'Strongly agree' },
    { value: 7, label: 'Very strongly agree' },
  ],
  subscales: SUBSCALES,
  totalRule: 'Mean of all 12 items (subscales: mean of their 4 items); 1–7.',
  scoreRange: { min: 1, max: 7 },
  bands: BANDS,
  higherIsBetter: true,
  decimals: 2,
  score: scoreMspss,
};
