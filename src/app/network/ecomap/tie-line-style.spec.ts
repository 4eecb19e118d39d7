import { MIXED_DASH, tieLineStyle, WEAK_DASH } from './tie-line-style';

describe('tieLineStyle', () => {
  it('draws strength as width: strong thick, moderate thinner, weak thin and dashed', () => {
    expect(tieLineStyle('strong', 'supportive')).toEqual({
      shape: 'straight',
      double: false,
      width: 4,
      dash: null,
      tone: 'neutral',
    });
    expect(tieLineStyle('moderate', 'supportive')).toEqual({
      shape: 'straight',
      double: false,
      width: 2.25,
      dash: null,
      tone: 'neutral',
    });
    expect(tieLineStyle('weak', 'supportive')).toEqual({
      shape: 'straight',
      double: false,
      width: 1.5,
      dash: WEAK_DASH,
      tone: 'neutral',
    });
  });

  it('gives mixed ties a dash-dot pattern of their own', () => {
    expect(tieLineStyle('strong', 'mixed').dash).toBe(MIXED_DASH);
    expect(tieLineStyle('weak', 'mixed').dash).toBe(MIXED_DASH);
  });

  it('draws strained ties jagged in the warning colour, harmful ties jagged and double in the error colour', () => {
    expect(tieLineStyle('moderate', 'strained')).toEqual({
      shape: 'jagged',
      double: false,
      width: 2.25,
      dash: null,
      tone: 'warning',
    });
    expect(tieLineStyle('strong', 'harmful')).toEqual({
      shape: 'jagged',
      double: true,
      width: 4,
      dash: null,
      tone: 'error',
    });
    expect(tieLineStyle('weak', 'harmful').dash).toBe(WEAK_DASH);
  });
});
