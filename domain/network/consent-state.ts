import { addDays } from '../common/iso-date';
import type { NetworkMemberFacts } from './network-member';

export type ConsentState = 'current' | 'expiring' | 'expired' | 'declined' | 'not-asked' | 'not-yet-valid';

/** What the consent state depends on (the scope text does not change it). */
export type ConsentFacts = Pick<NetworkMemberFacts['consent'], 'status' | 'givenOn' | 'expiresOn'>;

/** Days before expiry from which a granted consent is flagged as expiring. */
export const CONSENT_EXPIRY_WARNING_DAYS = 30;

/**
 * Whether information may be shared with this person on a date. Only `current` and `expiring`
 * allow sharing; every other state must be shown wherever the person could be contacted.
 */
export function consentStateOn(consent: ConsentFacts, onDate: string): ConsentState {
  switch (consent.status) {
    case 'declined':
      return 'declined';
    case 'not-asked':
      return 'not-asked';
    case 'granted':
      if (consent.givenOn && consent.givenOn > onDate) {
        return 'not-yet-valid';
      }
      if (consent.expiresOn && consent.expiresOn < onDate) {
        return 'expired';
      }
      if (consent.expiresOn && consent.expiresOn <= addDays(onDate, CONSENT_EXPIRY_WARNING_DAYS)) {
        return 'expiring';
      }
      return 'current';
  }
}

export function allowsSharing(state: ConsentState): boolean {
  return state === 'current' || state === 'expiring';
}

export const CONSENT_STATE_LABELS: Record<ConsentState, string> = {
  current: 'Consent to share: current',
  expiring: 'Consent to share expires soon',
  expired: 'Consent to share has expired',
  declined: 'Declined consent to share information',
  'not-asked': 'Consent to share not asked',
  'not-yet-valid': 'Consent to share not yet in force',
};
