import { REFERRAL_STATUS_CODES, referralFollowUpCutoff, referralFollowUpDue, referralStepProblem } from './referral-codes';

describe('referral steps', () => {
  it('allows referred → contacted → attending → ended, and closing as declined or no response on the way', () => {
    expect(referralStepProblem('referred', 'contacted')).toBeNull();
    expect(referralStepProblem('contacted', 'attending')).toBeNull();
    expect(referralStepProblem('attending', 'ended')).toBeNull();
    expect(referralStepProblem('referred', 'declined')).toBeNull();
    expect(referralStepProblem('contacted', 'no-response')).toBeNull();
  });

  it('names the step a jump skips, and refuses any step from a closed referral', () => {
    expect(referralStepProblem('referred', 'attending')).toContain('"contacted"');
    expect(referralStepProblem('referred', 'ended')).toContain('"attending"');
    for (const closed of ['ended', 'declined', 'no-response'] as const) {
      for (const next of REFERRAL_STATUS_CODES) {
        expect(referralStepProblem(closed, next)).withContext(`${closed} → ${next}`).toContain('closed');
      }
    }
    expect(referralStepProblem('attending', 'declined')).not.toBeNull();
  });
});

describe('referral follow-up', () => {
  it('is due 14 days after the last step of a referral still awaiting an outcome, never for attending or closed ones', () => {
    expect(referralFollowUpCutoff('2026-11-25')).toBe('2026-11-11');
    expect(referralFollowUpDue('referred', '2026-11-11', '2026-11-25')).toBeTrue();
    expect(referralFollowUpDue('contacted', '2026-11-11', '2026-11-25')).toBeTrue();
    expect(referralFollowUpDue('referred', '2026-11-12', '2026-11-25')).toBeFalse();
    expect(referralFollowUpDue('attending', '2026-01-01', '2026-11-25')).toBeFalse();
    expect(referralFollowUpDue('no-response', '2026-01-01', '2026-11-25')).toBeFalse();
  });
});
