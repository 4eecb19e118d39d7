import type { ClientReferral, ReferralEvent } from '@domain/referrals/referral';
import { REFERRAL_NEXT_STATUSES, type ReferralStatus } from '@domain/referrals/referral-codes';

/** The steps a therapist may record next; none for a clinic group's referral (its roster moves it). */
export function nextSteps(referral: ClientReferral): readonly ReferralStatus[] {
  return referral.target.type === 'group' ? [] : REFERRAL_NEXT_STATUSES[referral.status];
}

/** The day the client started attending: when the programme entered their life, for the network. */
export function attendingSince(referral: ClientReferral): string | null {
  return referral.events.find((event: ReferralEvent) => event.status === 'attending')?.on ?? null;
}

/** Whether the therapist is offered to put the programme on the client's network. */
export function offersNetworkLink(referral: ClientReferral): boolean {
  return referral.networkMemberId === null && (referral.status === 'attending' || referral.status === 'ended') && attendingSince(referral) !== null;
}
