import type { MeasureIndicators } from '../measures/measure-flags';
import type { SupportType } from '../network/network-codes';

/** Days without a completed family session after which a consenting client is flagged. */
export const FAMILY_SESSION_GAP_DAYS = 60;

/** The indicator columns of a caseload row. */
export interface CaseloadIndicators {
  readonly network: {
    readonly activeMembers: number;
    readonly supportGaps: readonly SupportType[];
    readonly consentsExpiringSoon: number;
    readonly consentsExpired: number;
  };
  readonly nextSessionAt: string | null;
  readonly lastFamilySessionAt: string | null;
  /** Active client with family-involvement consent and no completed family session for 60 days. */
  readonly noRecentFamilySession: boolean;
  /** The client answered a self-report the therapist has not looked at yet (cleared by opening the Measures tab). */
  readonly newSelfReport: boolean;
  /** Latest score and trend per instrument, and the clinical flags as of today. */
  readonly measures: MeasureIndicators;
}
