import { answersTo, bandOf, sum, type Instrument, type MeasureScores } from '../instrument';

const SUBSCALES = [
  { code: 'family', name: 'Family', items: [1, 2, 3] },
  { code: 'friends', name: 'Friends', items: [4, 5, 6] },
] as const;

/** A total below 12 marks risk of social isolation (Lubben et al., 2006). */
export const LSNS6_ISOLATION_CUT_OFF = 12;

const BANDS = [
  { code: 'isolation-risk', label: 'At risk of social isolation', min: 0, max: LSNS6_ISOLATION_CUT_OFF, maxExclusive: true, concern: true },
  { code: 'not-at-risk', label: 'Not at risk of isolation', min: LSNS6_ISOLATION_CUT_OFF, max: 30, concern: false },
] as const;

function scoreLsns6(answers: readonly number[]): MeasureScores {
  const total = sum(answers);
  const subscales = Object.fromEntries(SUBSCALES.map((subscale) => [subscale.code, sum(answersTo(answers, subscale.items))]));
  return { total, subscales, band: bandOf(BANDS, total).code };
}

const FAMILY = 'Family: relatives by birth, marriage, adoption, etc.';
const FRIENDS = 'Friendships: inclusive of those who live in your neighbourhood';

export const LSNS_6: Instrument = {
  code: 'lsns-6',
  shortName: 'LSNS-6',
  name: 'Lubben Social Network Scale (6 items)',
  citation: 'Lubben, J., Blozik, E., Gillmann, G., Iliffe, S., von Renteln Kruse, W., Beck, J. C., & Stuck, A. E. (2006). Performance of an abbreviated version of the Lubben Social Network Scale among three European community-dwelling older adult populations. The Gerontologist, 46(4), 503–513.',
  instructions: 'Count the people for each question.',
  items: [
    { number: 1, group: FAMILY, text: 'How many relatives do you see or hear from at least once a month?' },
    { number: 2, group: FAMILY, text: 'How many relatives do you feel at ease with that you can talk about private matters?' },
    { number: 3, group: FAMILY, text: 'How many relatives do you feel close to such that you could call on them for help?' },
    { number: 4, group: FRIENDS, text: 'How many of your friends do you see or hear from at least once a month?' },
    { number: 5, group: FRIENDS, text: 'How many friends do you feel at ease with that you can talk about private matters?' },
    { number: 6, group: FRIENDS, text: 'How many friends do you feel close to such that you could call on them for help?' },
  ],
  responseOptions: [
    { value: 0, label: 'None' },
    { value: 1, label: 'One' },
    { value: 2, label: 'Two' },
    { value: 3, label: 'Three or four' },
    { value: 4, label: 'Five to eight' },
    { value: 5, label: 'Nine or more' },
  ],
  subscales: SUBSCALES,
  totalRule: 'Sum of the 6 items, 0–30 (Family and Friends: sum of their 3 items, 0–15).',
  scoreRange: { min: 0, max: 30 },
  bands: BANDS,
  higherIsBetter: true,
  decimals: 0,
  score: scoreLsns6,
};
