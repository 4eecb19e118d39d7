import { sessionInfoFor } from '../../../testing/auth-fixtures';
import { TEN_RECOVERY_CODES } from '../../../testing/two-factor-fixtures';
import { AuthApiActions } from '../auth/auth-api.actions';
import { AccountPageActions } from './account-page.actions';
import { EnrolmentPageActions } from './enrolment-page.actions';
import { TwoFactorApiActions } from './two-factor-api.actions';
import { TwoFactorCodePageActions } from './two-factor-code-page.actions';
import { initialTwoFactorState, twoFactorFeature, type TwoFactorState } from './two-factor.feature';

describe('two-factor reducer', () => {
  const reduce = (state: TwoFactorState, ...actions: Parameters<typeof twoFactorFeature.reducer>[1][]) =>
    actions.reduce((current, action) => twoFactorFeature.reducer(current, action), state);
  const enrolment = { otpauthUri: 'otpauth://totp/x?secret=ABC', keyText: 'ABC' };
  const refusal = { type: 'about:blank', title: 'Invalid request', status: 400, detail: 'Some fields need attention.' };

  it('loads an enrolment, then drops the key with the QR code once confirmed and keeps the codes until saved', () => {
    const confirmed = reduce(
      initialTwoFactorState,
      EnrolmentPageActions.opened(),
      TwoFactorApiActions.enrolmentStarted({ enrolment }),
      EnrolmentPageActions.codeSubmitted({ code: '123456' }),
      TwoFactorApiActions.enrolmentConfirmed({ recoveryCodes: TEN_RECOVERY_CODES, sessionInfo: sessionInfoFor('therapist') }),
    );
    expect(confirmed).toEqual({ ...initialTwoFactorState, enrolmentLoad: 'loaded', recoveryCodes: TEN_RECOVERY_CODES });
    expect(reduce(confirmed, EnrolmentPageActions.codesSavedClicked()).recoveryCodes).toBeNull();
  });

  it('keeps a refusal with its wait, and clears it on the next try', () => {
    const refused = reduce(
      initialTwoFactorState,
      TwoFactorCodePageActions.submitted({ request: { code: '000000' } }),
      TwoFactorApiActions.codeRefused({ problem: refusal, retryAfterSeconds: 90 }),
    );
    expect(refused).toEqual({ ...initialTwoFactorState, error: refusal, retryAfterSeconds: 90 });
    expect(twoFactorFeature.selectErrorMessage.projector(refusal, 90)).toBe('Some fields need attention. You can try again in 2 minutes.');
    expect(reduce(refused, TwoFactorCodePageActions.submitted({ request: { code: '111111' } }))).toEqual({ ...initialTwoFactorState, submitting: true });
  });

  it('counts fresh recovery codes in the status', () => {
    const status = { enrolled: true, confirmedAt: '2026-11-20T10:00:00.000Z', recoveryCodesLeft: 2, required: false };
    const state = reduce(
      initialTwoFactorState,
      AccountPageActions.opened(),
      TwoFactorApiActions.statusLoaded({ status }),
      TwoFactorApiActions.recoveryCodesRegenerated({ recoveryCodes: TEN_RECOVERY_CODES }),
    );
    expect(state.status).toEqual({ ...status, recoveryCodesLeft: 10 });
  });

  it('forgets everything at sign-out', () => {
    const state = reduce(initialTwoFactorState, TwoFactorApiActions.recoveryCodesRegenerated({ recoveryCodes: TEN_RECOVERY_CODES }));
    expect(reduce(state, AuthApiActions.signOutSucceeded())).toEqual(initialTwoFactorState);
  });
});
