import { versionedShape } from '../common/versioned';
import { INSTRUMENT_CODES } from '../measures/instrument';
import * as z from '../validation/z';

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
export const selfReportRequestSchema = z.object({
  id: z.string(),
  clientId: z.string(),
  kind: z.enum(SELF_REPORT_KINDS),
  /** Instruments to answer, in order; empty for session feedback. */
  instruments: z.array(z.enum(INSTRUMENT_CODES)).readonly(),
  /** The family session asked about (feedback only). */
  sessionId: z.string().nullable(),
  /** The network member who answers (feedback only); the client answers measures. */
  memberId: z.string().nullable(),
  /** "Client" or the member's name: shown to clinicians only, never on the answering page. */
  respondentLabel: z.string(),
  state: z.enum(SELF_REPORT_STATES),
  /** ISO 8601 instant the link stops working. */
  expiresAt: z.string(),
  answeredAt: z.string().nullable(),
  withdrawnAt: z.string().nullable(),
  /** Weeks after which the next request is issued once this one is answered or expires; null: once. */
  repeatEveryWeeks: z.number().int().nullable(),
  /** Whether the link was also sent by email. */
  emailed: z.boolean(),
  /** When a repeat becomes due (its link may be created); null for a request sent at once. */
  dueAt: z.string().nullable(),
  /** When the current link was issued; null while no link exists. */
  linkIssuedAt: z.string().nullable(),
  /** Days a link stays usable once issued. */
  expiresInDays: z.number().int(),
  /** Whether the server keeps the address this series was emailed to, so a new link can be emailed too. */
  emailOnFile: z.boolean(),
  ...versionedShape,
});
export type SelfReportRequest = z.infer<typeof selfReportRequestSchema>;

/** Answer of sending, re-sending or creating a link: the request and its link, shown once (only its hash is kept). */
export const issuedLinkSchema = z.object({ request: selfReportRequestSchema, link: z.string() });
export type IssuedLink = z.infer<typeof issuedLinkSchema>;

/** Answer of sending session feedback: one link per attendee asked. */
export const sentFeedbackLinksSchema = z.object({ sent: z.array(issuedLinkSchema.extend({ memberId: z.string() })).readonly() });
export type SentFeedbackLinks = z.infer<typeof sentFeedbackLinksSchema>;

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
