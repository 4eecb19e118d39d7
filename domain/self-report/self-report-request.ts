import type { Versioned } from '../common/versioned';
import type { InstrumentCode } from '../measures/instrument';

/**
 * `scheduled`: a repeat before its date, with no link yet. `due`: a repeat whose date has come; it
 * waits for the therapist to create its link (no link exists, so nobody can answer it before).
 * `waiting`: a link was issued and can be answered until it expires.
 */
export const SELF_REPORT_STATES = ['scheduled', 'due', 'waiting', 'answered', 'expired', 'withdrawn'] as const;
export type SelfReportState = (typeof SELF_REPORT_STATES)[number];

export const SELF_REPORT_KINDS = ['measures', 'session-feedback'] as const;
export type SelfReportKind = (typeof SELF_REPORT_KINDS)[number];

/** Where a measure's answers came from: entered by a clinician, or sent in through a self-report link. */
export const MEASURE_SOURCES = ['clinician', 'self-report'] as const;
export type MeasureSource = (typeof MEASURE_SOURCES)[number];

/** Days a link stays usable when the therapist does not choose, and the most it may. */
export const DEFAULT_EXPIRY_DAYS = 7;
export const MAX_EXPIRY_DAYS = 30;

/** A link sent to the client (measures) or to one session attendee (feedback). Never holds the token. */
export interface SelfReportRequest extends Versioned {
  readonly id: string;
  readonly clientId: string;
  readonly kind: SelfReportKind;
  /** Instruments to answer, in order; empty for session feedback. */
  readonly instruments: readonly InstrumentCode[];
  /** The family session asked about (feedback only). */
  readonly sessionId: string | null;
  /** The network member who answers (feedback only); the client answers measures. */
  readonly memberId: string | null;
  /** "Client" or the member's name: shown to clinicians only, never on the answering page. */
  readonly respondentLabel: string;
  readonly state: SelfReportState;
  /** ISO 8601 instant the link stops working. */
  readonly expiresAt: string;
  readonly answeredAt: string | null;
  readonly withdrawnAt: string | null;
  /** Weeks after which the next request is issued once this one is answered or expires; null: once. */
  readonly repeatEveryWeeks: number | null;
  /** Whether the link was also sent by email. */
  readonly emailed: boolean;
  /** When a repeat becomes due (its link may be created); null for a request sent at once. */
  readonly dueAt: string | null;
  /** When the current link was issued; null while no link exists. */
  readonly linkIssuedAt: string | null;
  /** Days a link stays usable once issued. */
  readonly expiresInDays: number;
  /** Whether the server keeps the address this series was emailed to, so a new link can be emailed too. */
  readonly emailOnFile: boolean;
}

/** States in which the therapist may create a (new) link: a due repeat, or a waiting link that was lost. */
export const LINK_CREATABLE_STATES: readonly SelfReportState[] = ['due', 'waiting'];
/** States a request can be withdrawn (a repeating series stopped) in. */
export const WITHDRAWABLE_STATES: readonly SelfReportState[] = ['scheduled', 'due', 'waiting'];

/** The state follows from the dates: withdrawal wins, then an answer, then whether a link exists, then the expiry. */
export function selfReportStateOf(
  request: {
    readonly expiresAt: string;
    readonly answeredAt: string | null;
    readonly withdrawnAt: string | null;
    readonly dueAt: string | null;
    readonly linkIssuedAt: string | null;
  },
  now: Date = new Date(),
): SelfReportState {
  if (request.withdrawnAt) {
    return 'withdrawn';
  }
  if (request.answeredAt) {
    return 'answered';
  }
  if (!request.linkIssuedAt) {
    return request.dueAt && Date.parse(request.dueAt) > now.getTime() ? 'scheduled' : 'due';
  }
  return Date.parse(request.expiresAt) <= now.getTime() ? 'expired' : 'waiting';
}
